/// How far a listing reaches through ownership links: a rule's `subsidiaries:` and the ownership graph's scope.
///
/// The raw values are the words rule files use.
public enum OwnershipScope: String, Hashable, Sendable, Codable, CaseIterable {
    /// Only listed parties are restricted; links explain, never widen. NS-CMIC: a subsidiary
    /// is restricted only if itself listed (OFAC FAQ 857).
    case listedOnly = "listed-only"
    /// OFAC's 50% rule (FAQ 398, 401): a party is blocked when blocked parties — listed or
    /// blocked by this rule — together own directly 50% or more of it. Ownership, not control.
    case aggregatedOwnership = "owned-50-percent-aggregate"
    /// In-house policy: every subsidiary a listed party controls, directly or through other
    /// controlled subsidiaries, by more than 50% or by a control link.
    case controlledSubsidiaries = "controlled-subsidiaries"

    /// The share at which aggregated ownership by blocked parties blocks (OFAC: 50%).
    public static let aggregationThreshold = 50.0

    /// Whether an unlisted subsidiary with this aggregate ownership by listed entities (in percent),
    /// and this control relationship, is covered.
    public func covers(aggregateOwnershipPercent: Double?, controlled: Bool) -> Bool {
        switch self {
        case .listedOnly: false
        case .aggregatedOwnership: (aggregateOwnershipPercent ?? 0) >= Self.aggregationThreshold
        case .controlledSubsidiaries: controlled || (aggregateOwnershipPercent ?? 0) > Self.aggregationThreshold
        }
    }
}
