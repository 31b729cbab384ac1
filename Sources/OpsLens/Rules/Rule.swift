/// A restriction the screener applies: which list entries it covers, what it prohibits, from
/// when, and how far it reaches into subsidiaries.
public struct Rule: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var restriction: Restriction
    public var severity: Severity
    /// List ids whose entries the rule covers (`ofac-consolidated`, a native list id, …).
    public var lists: [String]
    /// Programs an entry must carry (any of them); empty means every entry of the lists.
    public var programs: [String]
    public var timing: Timing
    public var subsidiaries: OwnershipScope
    /// The first day the rule is in force, when it has one.
    public var effectiveFrom: CalendarDate?
    /// The last day the rule is in force, when it has one.
    public var effectiveTo: CalendarDate?
    public var provenance: Provenance
    public var notes: String?
    /// Where the rule is defined (a rules file, or `preset` for built-in presets).
    public var location: SourceLocation

    public init(id: String, title: String, restriction: Restriction, severity: Severity, lists: [String], programs: [String],
                timing: Timing, subsidiaries: OwnershipScope, effectiveFrom: CalendarDate? = nil, effectiveTo: CalendarDate? = nil,
                provenance: Provenance, notes: String? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.restriction = restriction
        self.severity = severity
        self.lists = lists
        self.programs = programs
        self.timing = timing
        self.subsidiaries = subsidiaries
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.provenance = provenance
        self.notes = notes
        self.location = location
    }

    /// Whether the rule covers `entity` at all (its list and programs), regardless of dates.
    public func covers(_ entity: ListEntity, inList listID: String? = nil) -> Bool {
        guard lists.contains(entity.listID) || listID.map(lists.contains) == true else { return false }
        return programs.isEmpty || entity.programs.contains(where: programs.contains)
    }
}

/// What a rule prohibits once it applies in full.
public enum Restriction: String, Hashable, Sendable, Codable, CaseIterable {
    /// Report only; nothing is prohibited.
    case watch
    /// Purchases are prohibited; sales are allowed.
    case noPurchase = "no-purchase"
    /// Purchases and sales are prohibited; holding is allowed (NS-CMIC after the divestment window).
    case noPurchaseOrSale = "no-purchase-or-sale"
    /// All dealings are prohibited and the property is blocked (SDN).
    case blocked
}


/// How a rule's dates work.
public enum Timing: String, Hashable, Sendable, Codable, CaseIterable {
    /// In force from the entry's listing date (or always, when the entry has none).
    case listing
    /// Watch from listing; the restriction from the entry's effective date.
    case effective
    /// NS-CMIC phases: watch before the effective date (listing + 60 days); purchases prohibited
    /// and sales only to divest until the divestment date (listing + 365 days); purchases and sales
    /// prohibited after it, holding allowed.
    case nsCMIC = "ns-cmic"
}
