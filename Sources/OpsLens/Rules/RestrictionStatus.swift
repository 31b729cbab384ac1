/// What a rule means for one list entry on one day: the answer to "what applies on date D".
public struct RestrictionStatus: Hashable, Sendable, Codable {
    /// Where the entry is in the rule's timeline.
    public enum Phase: String, Hashable, Sendable, Codable {
        /// Listed, but the prohibitions have not started (NS-CMIC: before the effective date).
        case beforeEffective = "before-effective"
        /// NS-CMIC: from the effective date to the divestment date; sales only to divest.
        case divestmentWindow = "divestment-window"
        /// NS-CMIC: after the divestment date.
        case afterDivestment = "after-divestment"
        /// The rule applies in full (no phases).
        case inForce = "in-force"
    }

    public var ruleID: String
    /// The entry as `list:sourceID`, e.g. `ofac-consolidated:33114`.
    public var entityReference: String
    public var phase: Phase
    /// What is prohibited on the day.
    public var restriction: Restriction
    public var severity: Severity
    /// Whether purchases are prohibited on the day.
    public var purchasesProhibited: Bool
    /// Whether sales are prohibited on the day (NS-CMIC: sales to divest are allowed in the window).
    public var salesProhibited: Bool
    /// Whether sales solely to divest are allowed on the day.
    public var divestmentSalesAllowed: Bool
    /// Whether the position may be held (true except for blocked property).
    public var holdingAllowed: Bool
    /// The dates used, with derived ones marked in `explanation`.
    public var dates: ProgramDates
    /// One sentence a compliance officer can read.
    public var explanation: String
}

extension Rule {
    /// What this rule means for `entity` on `date`, or `nil` when it does not apply that day
    /// (rule not in force, entry not covered, or entry listed after `date`).
    ///
    /// For NS-CMIC timing the published dates are used; a missing effective or divestment date
    /// is derived from the listing date (+60 and +365 days) and the explanation says so.
    public func status(for entity: ListEntity, on date: CalendarDate, inList listID: String? = nil) -> RestrictionStatus? {
        if let effectiveFrom, date < effectiveFrom { return nil }
        if let effectiveTo, date > effectiveTo { return nil }
        guard covers(entity, inList: listID) else { return nil }
        var dates = programDates(of: entity)
        if let listing = dates.listing, date < listing { return nil }
        let reference = "\(entity.listID):\(entity.sourceID)"
        var derived: [String] = []

        func make(_ phase: RestrictionStatus.Phase, _ restriction: Restriction, _ explanation: String) -> RestrictionStatus {
            let purchases = restriction != .watch
            let sales = restriction == .noPurchaseOrSale || restriction == .blocked
            let note = derived.isEmpty ? "" : " (\(derived.joined(separator: ", ")) derived from the listing date)"
            return RestrictionStatus(ruleID: id, entityReference: reference, phase: phase, restriction: restriction,
                                     severity: restriction == .watch && severity == .block ? .warn : severity,
                                     purchasesProhibited: purchases, salesProhibited: sales,
                                     divestmentSalesAllowed: phase == .divestmentWindow || !sales,
                                     holdingAllowed: restriction != .blocked, dates: dates, explanation: explanation + note)
        }

        switch timing {
        case .listing:
            let since = dates.listing.map { " since \($0)" }
                ?? " (no listing date published: in force as far as the loaded list shows)"
            return make(.inForce, restriction, "\(restriction.phrase) under \(id)\(since)")
        case .effective:
            if let effective = dates.effective, date < effective {
                return make(.beforeEffective, .watch, "listed; \(restriction.phrase) from \(effective)")
            }
            return make(.inForce, restriction, "\(restriction.phrase) under \(id)")
        case .nsCMIC:
            if dates.effective == nil, let listing = dates.listing {
                dates.effective = listing.adding(days: 60)
                derived.append("effective date")
            }
            if dates.divestment == nil, let listing = dates.listing {
                dates.divestment = listing.adding(days: 365)
                derived.append("divestment date")
            }
            if let effective = dates.effective, date < effective {
                return make(.beforeEffective, .watch,
                            "listed on \(dates.listing.map(String.init(describing:)) ?? "?"); purchases and sales prohibited from \(effective)")
            }
            if let divestment = dates.divestment, date <= divestment {
                return make(.divestmentWindow, .noPurchase,
                            "purchases prohibited; sales only to divest until \(divestment); holding allowed")
            }
            return make(.afterDivestment, .noPurchaseOrSale,
                        "purchases and sales prohibited since \(dates.divestment.map { $0.adding(days: 1).description } ?? "the divestment date"); holding allowed")
        }
    }

    /// The entry's dates under this rule's programs (CMIC for NS-CMIC timing).
    private func programDates(of entity: ListEntity) -> ProgramDates {
        if timing == .nsCMIC { return entity.cmicDates }
        let programs = Set(entity.programDates.map(\.program))
        if programs.count == 1, let only = programs.first { return entity.dates(for: only) }
        return ProgramDates()
    }
}

extension Restriction {
    /// A short phrase for explanations.
    var phrase: String {
        switch self {
        case .watch: "watch only"
        case .noPurchase: "purchases prohibited"
        case .noPurchaseOrSale: "purchases and sales prohibited"
        case .blocked: "blocked: all dealings prohibited"
        }
    }
}
