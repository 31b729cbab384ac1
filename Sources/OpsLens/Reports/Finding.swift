/// One violation or concern: a holding, the list entry it matched, the rule that applies, and why.
public struct Finding: Hashable, Sendable, Codable {
    /// A fingerprint stable across runs: the same rule, portfolio, security and list entry give the same id.
    public var id: String
    public var severity: Severity
    public var status: Status
    public var holding: HoldingReference
    /// The list entry matched; `nil` for data findings (rows that could not be screened).
    public var entity: EntityReference?
    /// The rule that applies; `nil` for data findings.
    public var rule: RuleReference?
    public var match: MatchExplanation?
    public var provenance: FindingProvenance?
    /// What the holder must or must not do now.
    public var action: String
    /// The waiver that covers the finding, when one does.
    public var waiver: Waiver?
    /// Compared with a baseline report: new or unchanged (resolved findings are listed apart).
    public var change: Change?
    /// Remarks on how the finding was decided, e.g. that a waiver for it has expired; `nil` when none.
    public var notes: [String]?
    /// The as-of date (YYYY-MM-DD) of the first run that had this finding, carried forward through
    /// baselines; `nil` when the run had no baseline.
    public var firstSeen: CalendarDate?

    public init(id: String, severity: Severity, status: Status = .open, holding: HoldingReference,
                entity: EntityReference? = nil, rule: RuleReference? = nil, match: MatchExplanation? = nil,
                provenance: FindingProvenance? = nil, action: String, waiver: Waiver? = nil, change: Change? = nil,
                notes: [String]? = nil, firstSeen: CalendarDate? = nil) {
        self.id = id
        self.severity = severity
        self.status = status
        self.holding = holding
        self.entity = entity
        self.rule = rule
        self.match = match
        self.provenance = provenance
        self.action = action
        self.waiver = waiver
        self.change = change
        self.notes = notes
        self.firstSeen = firstSeen
    }

    /// Appends a remark to `notes`, unless the finding has it already.
    public mutating func addNote(_ note: String) {
        guard !(notes ?? []).contains(note) else { return }
        notes = (notes ?? []) + [note]
    }

    /// Open, or waived by an approved, unexpired waiver.
    public enum Status: String, Hashable, Sendable, Codable {
        case open, waived
    }

    /// How a finding compares with the baseline run.
    public enum Change: String, Hashable, Sendable, Codable {
        case new, unchanged, resolved
    }
}

/// The holding a finding is about, as the file gave it.
public struct HoldingReference: Hashable, Sendable, Codable {
    public var file: String
    /// 1-based physical line where the holding's record starts.
    public var line: Int
    public var portfolio: String
    public var name: String?
    /// Identifiers as given: ticker, isin, cusip, sedol, figi, lei (only those present).
    public var identifiers: [String: String]
    public var quantity: Double?
    public var marketValue: Double?
    public var currency: String?

    public init(file: String, line: Int, portfolio: String, name: String? = nil, identifiers: [String: String] = [:],
                quantity: Double? = nil, marketValue: Double? = nil, currency: String? = nil) {
        self.file = file
        self.line = line
        self.portfolio = portfolio
        self.name = name
        self.identifiers = identifiers
        self.quantity = quantity
        self.marketValue = marketValue
        self.currency = currency
    }

    /// The most specific security key: ISIN, else CUSIP, SEDOL, FIGI, ticker, name.
    public var securityKey: String {
        for key in ["isin", "cusip", "sedol", "figi", "lei", "ticker"] {
            if let value = identifiers[key] { return "\(key):\(value)" }
        }
        return "name:\(name ?? "")"
    }
}

/// The restricted-list entry a finding matched.
public struct EntityReference: Hashable, Sendable, Codable {
    /// OpsLens's id for the entry (list + source id).
    public var id: String
    /// The list's own entry id, e.g. OFAC ent_num "33114".
    public var sourceId: String
    public var name: String
    /// The list the entry belongs to.
    public var list: String

    public init(id: String, sourceId: String, name: String, list: String) {
        self.id = id
        self.sourceId = sourceId
        self.name = name
        self.list = list
    }
}

/// The rule a finding is raised under.
public struct RuleReference: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    /// The restriction kind, e.g. `no-purchase-or-sale`, `blocked`.
    public var kind: String

    public init(id: String, title: String, kind: String) {
        self.id = id
        self.title = title
        self.kind = kind
    }
}

/// How the holding was matched to the entry, and why.
public struct MatchExplanation: Hashable, Sendable, Codable {
    /// isin, cusip, sedol, figi, lei, ticker, name-exact, name-fuzzy, weak-alias, ownership, curated.
    public var method: String
    /// In [0, 1]; 1 for identifier and exact matches (see the README for what fuzzy scores mean).
    public var score: Double
    /// The list name or alias that matched.
    public var matchedName: String?
    /// For ownership and curated matches: each step from the holding's issuer to the listed entry.
    public var path: [String]
    /// Free text: word pairing, check-digit warnings, the curated mapping's reasoning.
    public var notes: [String]

    public init(method: String, score: Double, matchedName: String? = nil, path: [String] = [], notes: [String] = []) {
        self.method = method
        self.score = score
        self.matchedName = matchedName
        self.path = path
        self.notes = notes
    }
}

/// Where a restriction comes from: publisher, legal authority, program and dates.
public struct FindingProvenance: Hashable, Sendable, Codable {
    public var publisher: String
    public var authority: String
    public var program: String
    public var sourceUrl: String?
    /// Dates of the restriction (YYYY-MM-DD in JSON).
    public var listingDate: CalendarDate?
    public var effectiveDate: CalendarDate?
    public var divestmentDate: CalendarDate?
    /// The phase of the restriction on the as-of date, e.g. `purchases-prohibited-divestment-window`.
    public var phase: String?

    public init(publisher: String, authority: String, program: String, sourceUrl: String? = nil,
                listingDate: CalendarDate? = nil, effectiveDate: CalendarDate? = nil, divestmentDate: CalendarDate? = nil,
                phase: String? = nil) {
        self.publisher = publisher
        self.authority = authority
        self.program = program
        self.sourceUrl = sourceUrl
        self.listingDate = listingDate
        self.effectiveDate = effectiveDate
        self.divestmentDate = divestmentDate
        self.phase = phase
    }
}

/// An approved exception to a finding, with who, when, why and until when.
public struct Waiver: Hashable, Sendable, Codable {
    public var id: String
    /// Matches a finding by its fingerprint …
    public var findingId: String?
    /// … or by portfolio + security key (e.g. `isin:US0378331005`, `ticker:20`) + rule.
    public var portfolio: String?
    public var security: String?
    public var rule: String?
    public var justification: String
    public var approvedBy: String
    /// When it was approved and until when it holds, as days (YYYY-MM-DD in JSON).
    public var approvedAt: CalendarDate
    public var expiresAt: CalendarDate?

    public init(id: String, findingId: String? = nil, portfolio: String? = nil, security: String? = nil,
                rule: String? = nil, justification: String, approvedBy: String, approvedAt: CalendarDate, expiresAt: CalendarDate? = nil) {
        self.id = id
        self.findingId = findingId
        self.portfolio = portfolio
        self.security = security
        self.rule = rule
        self.justification = justification
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.expiresAt = expiresAt
    }
}
