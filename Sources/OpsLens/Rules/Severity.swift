/// How serious a finding is, from a hard stop to a note.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// A prohibited position or trade (blocked property, prohibited purchase or sale).
    case block
    /// A restriction the holder must act on or watch closely.
    case warn
    /// A possible match that needs a person's review (fuzzy name match, review band).
    case review
    /// A data problem: a row that could not be screened, a stale list.
    case data
    /// For information only.
    case info

    /// `block` is the highest rank.
    public var rank: Int {
        switch self {
        case .block: 4
        case .warn: 3
        case .review: 2
        case .data: 1
        case .info: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
