/// What a name comparison concludes.
public enum MatchDecision: String, Sendable, Hashable, Codable, CaseIterable {
    /// The score is at or above ``MatchThresholds/match``: treat the names as the same party.
    case match
    /// The score is in the review band: a person should look.
    case review
    /// The score is below ``MatchThresholds/review``.
    case noMatch = "no-match"
}

/// The documented thresholds that turn a score into a ``MatchDecision``.
///
/// The defaults were chosen on the labelled pairs in `Tests/OpsLensTests/Names/Fixtures/name-pairs.csv`
/// (`opslens calibrate --pairs` recomputes them for your own labelled pairs).
public struct MatchThresholds: Sendable, Hashable, Codable {
    /// Scores at or above this are a match.
    public var match: Double
    /// Scores at or above this (and below ``match``) go to review.
    public var review: Double

    /// The defaults: match at 0.85, review from 0.65.
    public static let standard = MatchThresholds(match: 0.85, review: 0.65)

    /// Creates thresholds; `review` must not exceed `match`.
    public init(match: Double, review: Double) {
        precondition(review <= match, "the review threshold must not exceed the match threshold")
        self.match = match
        self.review = review
    }

    /// The decision for `score`.
    public func decision(for score: Double) -> MatchDecision {
        score >= match ? .match : score >= review ? .review : .noMatch
    }
}
