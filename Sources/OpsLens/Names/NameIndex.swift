import Foundation

/// Finds the list names that a name may match without scoring every pair.
///
/// Built once from list names and aliases. Each normalised word points to the entries that hold it;
/// words of five or more letters are also reachable through their one-letter deletions, so a query
/// with a typo still finds its candidates. A query gathers candidates through its rarest informative
/// words (weighted by inverse document frequency), scores only the best few with ``NameScorer``, and
/// returns those at or above the review threshold, one per key. Weak aliases are looked up and
/// compared exact-only.
public struct NameIndex: Sendable {
    /// One indexed name.
    public struct Entry: Sendable, Hashable {
        /// The caller's key (e.g. the list entity number); several names may share it.
        public var key: Int
        /// The name or alias as listed.
        public var name: String
        /// Whether the name is a weak alias (matched exact-only).
        public var isWeak: Bool
    }

    /// The most candidates scored per query.
    public static let candidateLimit = 12

    /// The indexed names, in the order given.
    public let entries: [Entry]
    let normalized: [NormalizedName]
    let scorer: NameScorer
    /// Word → id.
    let vocabulary: [String: Int32]
    /// Word id → entries holding it (strong names only).
    let postings: [[Int32]]
    /// Word id → inverse document frequency.
    let rarity: [Double]
    /// One-letter deletion of a word (or the word itself) → word ids.
    let deletions: [String: [Int32]]
    /// ``NormalizedName/key`` → weak-alias entries.
    let weakKeys: [String: [Int32]]

    /// Builds the index.
    ///
    /// - Parameters:
    ///   - entries: names with the caller's keys; `isWeak` marks weak aliases (OFAC's `a.k.a. '…'`).
    ///   - scorer: the scorer (and thresholds) used for candidates.
    public init(entries: [(key: Int, name: String, isWeak: Bool)], scorer: NameScorer = NameScorer()) {
        self.scorer = scorer
        self.entries = entries.map { Entry(key: $0.key, name: $0.name, isWeak: $0.isWeak) }
        let normalizer = NameNormalizer()
        let normalized = entries.map { normalizer.normalize($0.name) }
        self.normalized = normalized
        var vocabulary: [String: Int32] = [:]
        var postings: [[Int32]] = []
        var weakKeys: [String: [Int32]] = [:]
        vocabulary.reserveCapacity(entries.count)
        postings.reserveCapacity(entries.count)
        func post(_ word: String, _ entry: Int32) {
            if let id = vocabulary[word] {
                if postings[Int(id)].last != entry { postings[Int(id)].append(entry) }
            } else {
                vocabulary[word] = Int32(postings.count)
                postings.append([entry])
            }
        }
        for (index, name) in normalized.enumerated() {
            let entry = Int32(index)
            if entries[index].isWeak {
                if !name.tokens.isEmpty { weakKeys[name.key, default: []].append(entry) }
                continue
            }
            for token in name.tokens { post(token.text, entry) }
            for (first, second) in zip(name.tokens, name.tokens.dropFirst()) where first.kind == .word && second.kind == .word {
                post(first.text + second.text, entry)
            }
        }
        let total = Double(max(normalized.count, 1))
        rarity = postings.map { log(1 + total / Double($0.count)) }
        var deletions: [String: [Int32]] = [:]
        deletions.reserveCapacity(vocabulary.count * 4)
        for (word, id) in vocabulary where Self.allowsTypos(word) {
            Self.forEachDeletion(of: word) { deletions[$0, default: []].append(id) }
        }
        self.vocabulary = vocabulary
        self.postings = postings
        self.deletions = deletions
        self.weakKeys = weakKeys
    }

    /// The number of indexed names.
    public var count: Int { entries.count }

    /// The list names that `name` matches or should be reviewed against, best first, one per key.
    ///
    /// - Parameters:
    ///   - name: a name as written, e.g. a holdings issuer name.
    ///   - limit: the most results to return.
    /// - Returns: matches with a score at or above the review threshold.
    public func query(_ name: String, limit: Int = 5) -> [NameMatch] {
        query(normalized: scorer.normalizer.normalize(name), limit: limit)
    }

    /// ``query(_:limit:)`` for a name already normalised.
    public func query(normalized name: NormalizedName, limit: Int = 5) -> [NameMatch] {
        guard !name.tokens.isEmpty else { return [] }
        var results: [NameMatch] = []
        if let weak = weakKeys[name.key] {
            for entry in weak { consider(entry, name, exactOnly: true, into: &results) }
        }
        for entry in candidates(for: name) { consider(entry, name, exactOnly: false, into: &results) }
        results.sort { ($0.score, $1.key) > ($1.score, $0.key) }
        return Array(results.prefix(limit))
    }

    private func consider(_ entry: Int32, _ name: NormalizedName, exactOnly: Bool, into results: inout [NameMatch]) {
        let score = scorer.score(name, normalized[Int(entry)], exactOnly: exactOnly)
        let decision = scorer.thresholds.decision(for: score)
        guard decision != .noMatch else { return }
        let listed = entries[Int(entry)]
        if let existing = results.firstIndex(where: { $0.key == listed.key }) {
            if results[existing].score >= score { return }
            results.remove(at: existing)
        }
        results.append(NameMatch(key: listed.key, name: listed.name, isWeak: listed.isWeak, score: score, decision: decision))
    }

    /// The entries worth scoring: those sharing the query's informative words, rarest words counting most.
    func candidates(for name: NormalizedName) -> [Int32] {
        let informative = name.tokens.contains { $0.weight > OrgWords.genericWeight }
        var votes: [Int32: Double] = [:]
        func vote(_ id: Int32, _ factor: Double, weight: Double) {
            let gain = rarity[Int(id)] * weight * factor
            for entry in postings[Int(id)] { votes[entry, default: 0] += gain }
        }
        for token in name.tokens where !informative || token.weight > OrgWords.genericWeight {
            if let id = vocabulary[token.text] {
                vote(id, 1, weight: token.weight)
            }
            if token.kind == .word, Self.allowsTypos(token.text) {
                var seen: Set<Int32> = []
                Self.forEachDeletion(of: token.text) { variant in
                    for id in deletions[variant] ?? [] where seen.insert(id).inserted {
                        if vocabulary[token.text] != id { vote(id, 0.9, weight: token.weight) }
                    }
                }
            }
        }
        for (first, second) in zip(name.tokens, name.tokens.dropFirst()) where first.kind == .word && second.kind == .word {
            if let id = vocabulary[first.text + second.text] { vote(id, 1, weight: max(first.weight, second.weight)) }
        }
        guard votes.count > Self.candidateLimit else { return Array(votes.keys) }
        return votes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.candidateLimit).map(\.key)
    }

    static func allowsTypos(_ word: String) -> Bool {
        word.utf8.count >= TokenSimilarity.minimumTypoLength && word.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Calls `body` with `word` and each string made by deleting one of its letters after the first.
    ///
    /// The first letter is kept because ``TokenSimilarity`` pairs typos only when first letters agree.
    static func forEachDeletion(of word: String, _ body: (String) -> Void) {
        body(word)
        let bytes = Array(word.utf8)
        var variant = bytes
        variant.removeLast()
        for index in stride(from: bytes.count - 1, through: 1, by: -1) {
            // variant = bytes without bytes[index]
            body(String(decoding: variant, as: UTF8.self))
            if index > 1 { variant[index - 1] = bytes[index] }
        }
    }
}
