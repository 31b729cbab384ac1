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
              let edits = editDistance(a.text, b.text, limit: allowed) else { return nil }
        return (1 - 0.5 * Double(edits) / Double(longCount), .typo, edits)
    }

    /// The optimal string alignment distance (Levenshtein plus adjacent transpositions), or nil past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in editDistance(x, y, limit: limit) } }
    }

    static func editDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return max(n, m) <= limit ? max(n, m) : nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var previous2 = 0, previous = m + 1, current = 2 * (m + 1)
            for j in 0...m { rows[previous + j] = j; rows[previous2 + j] = 0 }
            for i in 1...n {
                rows[current] = i
                var rowMinimum = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + m] <= limit ? rows[previous + m] : nil
        }
    }
}
