/// "Did you mean …?" for misspelt keys and names.
public enum Suggestion {
    /// `" (did you mean \"x\"?)"` for the closest candidate within a small edit distance, or `""`.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3), best.1 > 0 || best.0 != word else {
            return ""
        }
        return " (did you mean \"\(best.0)\"?)"
    }

    /// Levenshtein distance between two strings, by characters.
    public static func editDistance(_ left: String, _ right: String) -> Int {
        let left = Array(left), right = Array(right)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
