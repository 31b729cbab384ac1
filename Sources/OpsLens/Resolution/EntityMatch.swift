/// How a holding was tied to a list entry.
public enum MatchMethod: String, Hashable, Sendable, Codable, CaseIterable {
    case isin, cusip, sedol, figi, lei, ticker
    case nameExact = "name-exact"
    case nameFuzzy = "name-fuzzy"
    case weakAlias = "weak-alias"
    case ownership
    case curated

    /// Identifier and ticker matches are facts; name matches are judgements.
    public var isIdentifier: Bool {
        switch self {
        case .isin, .cusip, .sedol, .figi, .lei, .ticker: true
        default: false
        }
    }
}

/// One list entry a holding refers to, with the evidence.
public struct EntityMatch: Hashable, Sendable {
    /// The entry's position in the `ScreeningIndex`.
    public var entityKey: Int
    public var method: MatchMethod
    /// 1 for identifiers, tickers and exact names; the name score for fuzzy matches.
    public var score: Double
    /// Whether a person must confirm it (a name score in the review band).
    public var needsReview: Bool
    /// The list name, alias or identifier that matched.
    public var matchedValue: String
    /// Notes: a published identifier's failed check digit, the words that paired.
    public var notes: [String]

    public init(entityKey: Int, method: MatchMethod, score: Double, needsReview: Bool = false,
                matchedValue: String, notes: [String] = []) {
        self.entityKey = entityKey
        self.method = method
        self.score = score
        self.needsReview = needsReview
        self.matchedValue = matchedValue
        self.notes = notes
    }
}
