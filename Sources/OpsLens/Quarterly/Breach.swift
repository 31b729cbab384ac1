/// One row of the breach register: a prohibited trade, or a holding a restriction caught.
public struct Breach: Hashable, Sendable, Codable {
    /// Active: caused by a trade. Passive: a list change while held (a listing, a phase starting).
    public enum Kind: String, Hashable, Sendable, Codable {
        case active, passive
    }

    /// Whether the breach was first reported in this report or carried over from the previous one.
    public enum Origin: String, Hashable, Sendable, Codable {
        case new
        case carriedOver = "carried-over"
    }

    /// A fingerprint stable across reports: kind, rule, portfolio, security, list entry and start date.
    public var id: String
    public var portfolio: String
    /// The position's security key, e.g. `ticker:20 XHKG`.
    public var security: String
    public var name: String?
    public var rule: RuleReference
    public var entity: EntityReference
    public var kind: Kind
    /// What opened it, e.g. `purchase after the effective date`, `restriction started while held`.
    public var cause: String
    public var origin: Origin
    /// The snapshots leave open whether it happened (the trade could fall before a date that matters),
    /// or a name match needs review: confirm before reporting.
    public var needsConfirmation: Bool
    /// YYYY-MM-DD: the first day of the breach, the snapshot that showed it, the snapshot that no longer does.
    public var startDate: String
    public var identifiedDate: String
    public var closedDate: String?
    /// Days from the start to the close, or to the period's end while open.
    public var daysOpen: Int
    /// The position's market value when identified, and when closed (0 once sold); `nil` when unknown or open.
    public var marketValueAtStart: Double?
    public var marketValueAtClose: Double?
    public var currency: String?
    public var description: String
    /// What was done or is to be done.
    public var action: String
    /// The waiver covering it, when one is in force.
    public var waiver: Waiver?

    /// Whether the breach is still open.
    public var isOpen: Bool { closedDate == nil }

    /// The fingerprint of a breach (first 20 hex digits of a SHA-256, like finding ids).
    public static func fingerprint(kind: Kind, rule: String, portfolio: String, security: String, entity: String,
                                   start: CalendarDate) -> String {
        FindingFingerprint.id(rule: "breach/\(kind.rawValue)/\(rule)", portfolio: portfolio, security: security,
                              entity: "\(entity)@\(start)")
    }
}
