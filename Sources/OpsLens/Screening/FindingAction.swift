/// What a holder must or must not do now, in one sentence, for each restriction phase.
enum FindingAction {
    static func text(for status: RestrictionStatus) -> String {
        let divestment = status.dates.divestment.map(\.description) ?? "the divestment date"
        let effective = status.dates.effective.map(\.description) ?? "the effective date"
        switch (status.restriction, status.phase) {
        case (.blocked, _):
            return "Blocked: do not buy, sell or transfer; block the position and report it to OFAC within 10 business days."
        case (.watch, .beforeEffective):
            return "Watch: purchases and sales become prohibited on \(effective); plan any divestment now."
        case (.watch, _):
            return "Watch only: nothing is prohibited."
        case (.noPurchase, .divestmentWindow):
            return "Do not buy. Sell only to divest, until \(divestment). Holding is allowed."
        case (.noPurchase, _):
            return "Do not buy. Selling and holding are allowed."
        case (.noPurchaseOrSale, .afterDivestment):
            return "Do not buy or sell (the divestment window closed on \(divestment)). Holding is allowed; "
                + "a financial institution must reject such trades and report them to OFAC."
        case (.noPurchaseOrSale, _):
            return "Do not buy or sell. Holding is allowed."
        }
    }
}
