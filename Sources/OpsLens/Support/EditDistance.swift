/// The one edit distance of OpsLens: optimal string alignment (Levenshtein plus adjacent transpositions) over
/// UTF-8 bytes, stopping as soon as the distance must exceed a limit. Name typos (with letters of one sound
/// folded together) and "did you mean" use it.
public enum EditDistance {
    /// The optimal string alignment distance (Levenshtein plus adjacent transpositions), or nil past `limit`.
    /// - Parameter folding: a class per byte; bytes of one class count as equal (default: every byte its own).
    public static func between(_ a: String, _ b: String, limit: Int, folding: [UInt8] = identity) -> Int? {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in between(x, y, limit: limit, folding: folding) } }
    }

    /// Every byte in a class of its own.
    public static let identity: [UInt8] = (0...255).map { UInt8($0) }

    /// The same distance between two byte strings.
    public static func between(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int,
                               folding: [UInt8] = identity) -> Int? {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return max(n, m) <= limit ? max(n, m) : nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var previous2 = 0, previous = m + 1, current = 2 * (m + 1)
            for j in 0...m { rows[previous + j] = j; rows[previous2 + j] = 0 }
            for i in 1...n {
                rows[current] = i
                var rowMinimum = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] || folding[Int(a[i - 1])] == folding[Int(b[j - 1])] ? 0 : 1
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
