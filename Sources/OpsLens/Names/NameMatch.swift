/// One list name that a query matched, as ``NameIndex/query(_:limit:)`` returns it.
public struct NameMatch: Sendable, Hashable, Codable {
    /// The caller's key of the entry (e.g. the list entity number).
    public var key: Int
    /// The list name or alias that scored best for this key.
    public var name: String
    /// Whether that name is a weak alias (compared exact-only).
    public var isWeak: Bool
    /// The score in [0, 1] (see ``NameComparison``).
    public var score: Double
    /// The decision under the index's thresholds: ``MatchDecision/match`` or ``MatchDecision/review``.
    public var decision: MatchDecision

    /// Creates a match.
    public init(key: Int, name: String, isWeak: Bool, score: Double, decision: MatchDecision) {
        self.key = key
        self.name = name
        self.isWeak = isWeak
        self.score = score
        self.decision = decision
    }
}
