/// How far a listing reaches through ownership links.
public enum OwnershipScope: String, Sendable, Codable, CaseIterable {
    /// Only listed parties are restricted; links explain, never widen. NS-CMIC: a subsidiary
    /// is restricted only if itself listed (OFAC FAQ 857).
    case listedOnly
    /// OFAC's 50% rule (FAQ 398, 401): a party is blocked when blocked parties — listed or
    /// blocked by this rule — together own directly 50% or more of it. Ownership, not control.
    case aggregatedOwnership
    /// In-house policy: every subsidiary a listed party controls, directly or through other
    /// controlled subsidiaries, by more than 50% or by a control link.
    case controlledSubsidiaries

    /// The share at which aggregated ownership by blocked parties blocks (OFAC: 50%).
    public static let aggregationThreshold = 50.0
}
