/// Whether one party is restricted under a scope, on what basis, and the paths that explain it.
public struct OwnershipVerdict<Node: Hashable & Sendable>: Sendable {
    /// Why a party is or is not restricted.
    public enum Basis: Hashable, Sendable {
        /// The party is itself listed.
        case listed
        /// Blocked parties own `percent` of it together, at or above the threshold.
        case aggregatedOwnership(percent: Double)
        /// A listed party controls it, directly or through controlled subsidiaries.
        case controlled
        /// Not restricted; for the aggregated scope `percent` is what blocked parties own (maybe 0).
        case notRestricted(blockedOwnership: Double?)
    }

    public let node: Node
    public let scope: OwnershipScope
    public let basis: Basis
    /// Paths up to listed parties: why the party is restricted, or — when it is not — which
    /// listed parties it is linked to (the AVIC case: a subsidiary of a listed parent that is
    /// not itself listed, explained but not restricted).
    public let paths: [OwnershipPath<Node>]

    /// Whether the party is restricted under the scope.
    public var isRestricted: Bool {
        if case .notRestricted = basis { return false }
        return true
    }
}
