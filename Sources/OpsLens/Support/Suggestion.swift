/// "Did you mean …?" for misspelt keys, values and names.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased(), limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            guard let distance = EditDistance.between(lowered, candidate.lowercased(), limit: limit) else { continue }
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.candidate != word else { return nil }
        return best.candidate
    }

    /// `" (did you mean \"x\"?)"` for the closest candidate, or `""` when none is close.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " (did you mean \"\($0)\"?)" } ?? ""
    }
}
