/// One list name that a query matched, as ``NameIndex/query(_:limit:)`` returns it.
public struct NameMatch: Sendable, Hashable, Codable {
    /// The caller's key of the entry (e.g. the list entity number).
    public var key: Int
    /// The position of the matched name in ``NameIndex/entries`` (for ``NameIndex/explain(_:against:)``).
    public var entry: Int
    /// The list name or alias that scored best for this key.
    public var name: String
    /// Whether that name is a weak alias (compared exact-only).
    public var isWeak: Bool
    /// The score in [0, 1] (see ``NameComparison``).
    public var score: Double
    /// The decision under the index's thresholds: ``MatchDecision/match`` or ``MatchDecision/review``.
    public var decision: MatchDecision

    /// Creates a match.
    public init(key: Int, entry: Int, name: String, isWeak: Bool, score: Double, decision: MatchDecision) {
        self.key = key
        self.entry = entry
        self.name = name
        self.isWeak = isWeak
        self.score = score
        self.decision = decision
    }
}
