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
        let x = Array(a.text.utf8), y = Array(b.text.utf8)
        let (short, long, shortToken) = x.count <= y.count ? (x, y, a) : (y, x, b)
        if shortToken.mayBeAbbreviated, short.count >= 3, long.starts(with: short) {
            return (abbreviationSimilarity, .abbreviation, 0)
        }
        guard short.count >= minimumTypoLength, x[0] == y[0] else { return nil }
        let allowed = long.count >= 9 ? 2 : 1
        guard long.count - short.count <= allowed,
              let edits = editDistance(x, y, limit: allowed) else { return nil }
        return (1 - 0.5 * Double(edits) / Double(long.count), .typo, edits)
    }

    /// The optimal string alignment distance (Levenshtein plus adjacent transpositions), or nil past `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        let n = a.count, m = b.count
        var previous2 = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[m] <= limit ? previous[m] : nil
    }
}
