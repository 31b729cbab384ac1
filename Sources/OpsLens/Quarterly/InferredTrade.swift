/// A change in a position between two consecutive snapshots of a portfolio, judged against the
/// restriction on the security on every day it could have happened.
///
/// The snapshots only bound the trade: it happened after the earlier one and on or before the later
/// one. When a date that matters (a listing, an effective or a divestment date) falls in between,
/// the trade has one reading per stretch of days, and `verdict` is `ambiguous` when they differ.
public struct InferredTrade: Hashable, Sendable, Codable {
    public enum Direction: String, Hashable, Sendable, Codable {
        case purchase, sale
    }

    /// What the trade means under the restriction.
    public enum Verdict: String, Hashable, Sendable, Codable {
        /// Not prohibited on the day (e.g. before the effective date).
        case allowed
        /// A sale solely to divest, inside the divestment window.
        case divestment
        /// A prohibited purchase or sale.
        case violation
        /// The readings differ: the snapshots do not say on which side of a date that matters it happened.
        case ambiguous
    }

    public var portfolio: String
    /// The position's security key, e.g. `ticker:20 XHKG` (as findings key it).
    public var security: String
    public var name: String?
    public var direction: Direction
    /// `nil` when the file gives no quantity; 0 when not held.
    public var quantityBefore: Double?
    public var quantityAfter: Double?
    public var marketValueBefore: Double?
    public var marketValueAfter: Double?
    public var currency: String?
    /// YYYY-MM-DD: the first and the last day the trade could have happened.
    public var earliest: String
    public var latest: String
    public var rule: RuleReference
    public var entity: EntityReference
    /// One reading per stretch of days with the same meaning, in date order.
    public var readings: [TradeReading]
    public var verdict: Verdict
}

/// What a trade means if it happened between `from` and `to` (both included).
public struct TradeReading: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    /// `allowed`, `divestment` or `violation`.
    public var verdict: InferredTrade.Verdict
    /// The restriction's phase on those days (`before-effective`, `divestment-window`…); `nil` when unrestricted.
    public var phase: String?
    public var explanation: String
}

extension InferredTrade.Direction {
    /// What a trade in this direction means under `finding` (the restriction on the day), or unrestricted.
    func judge(under finding: Finding?) -> (verdict: InferredTrade.Verdict, explanation: String) {
        guard let finding, let rule = finding.rule else { return (.allowed, "not restricted on these days") }
        let phase = finding.provenance?.phase.map { " (\($0))" } ?? ""
        let review = finding.severity == .review ? "; the name match needs review" : ""
        switch (self, rule.kind) {
        case (.purchase, Restriction.watch.rawValue):
            return (.allowed, "listed, purchases not yet prohibited under \(rule.id)\(phase)")
        case (.purchase, _):
            return (.violation, "purchase prohibited under \(rule.id)\(phase)\(review)")
        case (.sale, Restriction.noPurchaseOrSale.rawValue), (.sale, Restriction.blocked.rawValue):
            return (.violation, "sale prohibited under \(rule.id)\(phase)\(review)")
        case (.sale, Restriction.noPurchase.rawValue) where finding.provenance?.phase == RestrictionStatus.Phase.divestmentWindow.rawValue:
            let until = finding.provenance?.divestmentDate.map { " until \($0)" } ?? ""
            return (.divestment, "sale to divest, allowed inside the divestment window\(until) under \(rule.id)")
        case (.sale, _):
            return (.allowed, "sales not prohibited under \(rule.id)\(phase)")
        }
    }
}
