/// How two words paired, and how alike they are.
public enum PairKind: String, Sendable, Hashable, Codable {
    /// The same word after normalisation (including folded abbreviations: `GRP` = `GROUP`).
    case exact
    /// The same word with one or two typing errors (`SENSTIME` ~ `SENSETIME`).
    case typo
    /// One word is the start of the other and was cut short (`ELECTR.`, a name cut at the column width).
    case abbreviation
    /// One word is two adjacent words of the other written together (`GREATWALL` = `GREAT WALL`).
    case joined
}

/// Word-level similarity: which pairs are allowed and how much each is worth.
public enum TokenSimilarity {
    /// The similarity of an abbreviation to the word it starts.
    public static let abbreviationSimilarity = 0.9
    /// The shortest word that may pair with a typo; shorter words pair only when equal.
    public static let minimumTypoLength = 6

    /// The similarity of two tokens in [0, 1] and how they paired, or nil when they may not pair.
    ///
    /// Numbers and non-Latin words pair only when equal. Latin words of at least six letters that
    /// start with the same letter pair when one edit apart (two when the longer has nine or more
    /// letters); each edit costs half the edit's share of the longer word (`1 − 0.5·edits/length`).
    public static func compare(_ a: NameToken, _ b: NameToken) -> (similarity: Double, kind: PairKind, edits: Int)? {
        if a.text == b.text { return (1, .exact, 0) }
        guard a.kind == .word, b.kind == .word else { return nil }
        let aCount = a.text.utf8.count, bCount = b.text.utf8.count
        let (short, long) = aCount <= bCount ? (a, b) : (b, a)
        let shortCount = min(aCount, bCount), longCount = max(aCount, bCount)
        if short.mayBeAbbreviated, shortCount >= 3, long.text.utf8.starts(with: short.text.utf8) {
            return (abbreviationSimilarity, .abbreviation, 0)
        }
        let allowed = longCount >= 9 ? 2 : 1
        guard shortCount >= minimumTypoLength, longCount - shortCount <= allowed,
              a.text.utf8.first == b.text.utf8.first,
              let edits = EditDistance.between(a.text, b.text, limit: allowed) else { return nil }
        return (1 - 0.5 * Double(edits) / Double(longCount), .typo, edits)
    }
}
