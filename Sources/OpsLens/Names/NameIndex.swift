import Foundation

/// Finds the list names that a name may match without scoring every pair.
///
/// Built once from list names and aliases. Each normalised word points to the entries that hold it,
/// and so does each pair of adjacent words written together (`GREAT WALL` → `greatwall`, which also
/// ranks names sharing a word sequence such as `china national` above names sharing one word);
/// words of six or more letters are also reachable through their one-letter deletions, so a query
/// with a typo still finds its candidates. A query gathers candidates through its rarest informative
/// words (weighted by inverse document frequency), scores only the best few with ``NameScorer``, and
/// returns those at or above the review threshold, one per key. Weak aliases are looked up and
/// compared exact-only. A name without a distinctive legal form takes those of its key's other names.
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
    /// Each word of six or more letters and its one-letter deletions, by hash, for typo candidates.
    let deletions: DeletionTable
    /// The word counts of the weak aliases (a query of another length cannot equal one).
    let weakLengths: Set<Int>
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
        var normalized = entries.map { normalizer.normalize($0.name) }
        Self.inheritLegalForms(&normalized, keys: entries.map(\.key))
        self.normalized = normalized
        var vocabulary: [String: Int32] = [:]
        var postings: [[Int32]] = []
        var weakKeys: [String: [Int32]] = [:]
        vocabulary.reserveCapacity(entries.count * 2)
        postings.reserveCapacity(entries.count * 2)
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
        var deletions = DeletionTable(expectedCount: vocabulary.count * 10)
        for (word, id) in vocabulary where Self.allowsTypos(word) {
            Self.forEachDeletionHash(of: word) { deletions.insert($0, word: id) }
        }
        self.vocabulary = vocabulary
        self.postings = postings
        self.deletions = deletions
        self.weakKeys = weakKeys
        self.weakLengths = Set(weakKeys.keys.map { $0.split(separator: " ").count })
    }

    /// Gives each name without a distinctive legal form the legal forms of its key's other names.
    ///
    /// OFAC's alias `COSTAR GROUP CO` stands for `COSTAR GROUP CO., LTD.`: compared alone it would
    /// match `COSTAR GROUP INC` exactly, although the listed entity is a limited company.
    static func inheritLegalForms(_ names: inout [NormalizedName], keys: [Int]) {
        var forms: [Int: Set<String>] = [:]
        for (index, name) in names.enumerated() {
            let distinctive = name.distinctiveLegalForms
            if !distinctive.isEmpty { forms[keys[index], default: []].formUnion(distinctive) }
        }
        for index in names.indices where names[index].distinctiveLegalForms.isEmpty {
            guard let inherited = forms[keys[index]] else { continue }
            names[index].legalForms = Array(Set(names[index].legalForms).union(inherited)).sorted()
        }
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
        if !weakKeys.isEmpty, weakLengths.contains(name.tokens.count), let weak = weakKeys[name.key] {
            for entry in weak { consider(entry, name, exactOnly: true, into: &results) }
        }
        for entry in candidates(for: name) { consider(entry, name, exactOnly: false, into: &results) }
        results.sort { ($0.score, $1.key) > ($1.score, $0.key) }
        return Array(results.prefix(limit))
    }

    /// The full explanation of a match that ``query(_:limit:)`` returned for `name`.
    ///
    /// The listed name is compared as the index holds it (with its entity's legal forms when it has
    /// none), exact-only for a weak alias, so the score equals the match's.
    public func explain(_ name: String, against match: NameMatch) -> NameComparison {
        scorer.compare(scorer.normalizer.normalize(name), normalized[match.entry], exactOnly: match.isWeak)
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
        results.append(NameMatch(key: listed.key, entry: Int(entry), name: listed.name, isWeak: listed.isWeak, score: score, decision: decision))
    }

    /// The entries worth scoring: those sharing the query's informative words, rarest words counting most.
    ///
    /// Generic words vote only when the query has nothing else; a word held by more than a tenth of
    /// the index votes only when it is the query's rarest.
    func candidates(for name: NormalizedName) -> [Int32] {
        let informative = name.tokens.contains { $0.weight > OrgWords.genericWeight }
        var votes: [(entry: Int32, gain: Double)] = []
        var words: [(id: Int32, factor: Double, weight: Double)] = []
        for token in name.tokens where !informative || token.weight > OrgWords.genericWeight {
            let exact = vocabulary[token.text]
            if let exact { words.append((exact, 1, token.weight)) }
            if token.kind == .word, Self.allowsTypos(token.text) {
                Self.forEachDeletionHash(of: token.text) { hash in
                    deletions.forEachWord(withHash: hash) { id in
                        if id != exact, !words.contains(where: { $0.id == id }) { words.append((id, 0.9, token.weight)) }
                    }
                }
            }
        }
        for (first, second) in zip(name.tokens, name.tokens.dropFirst()) where first.kind == .word && second.kind == .word {
            if let id = vocabulary[first.text + second.text] { words.append((id, 1, max(first.weight, second.weight))) }
        }
        let common = entries.count / 10
        let rarest = words.map { postings[Int($0.id)].count }.min() ?? 0
        for word in words where postings[Int(word.id)].count <= max(common, rarest) {
            let gain = rarity[Int(word.id)] * word.weight * word.factor
            for entry in postings[Int(word.id)] { votes.append((entry, gain)) }
        }
        guard !votes.isEmpty else { return [] }
        votes.sort { $0.entry < $1.entry }
        var merged: [(entry: Int32, gain: Double)] = []
        merged.reserveCapacity(votes.count)
        for vote in votes {
            if merged.last?.entry == vote.entry { merged[merged.count - 1].gain += vote.gain } else { merged.append(vote) }
        }
        guard merged.count > Self.candidateLimit else { return merged.map(\.entry) }
        merged.sort { ($0.gain, $1.entry) > ($1.gain, $0.entry) }
        return merged.prefix(Self.candidateLimit).map(\.entry)
    }

    static func allowsTypos(_ word: String) -> Bool {
        word.utf8.count >= TokenSimilarity.minimumTypoLength && word.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Calls `body` with the FNV-1a hash of `word` and of each string made by deleting one of its letters
    /// after the first (``TokenSimilarity`` pairs typos only when first letters agree).
    static func forEachDeletionHash(of word: String, _ body: (UInt64) -> Void) {
        var word = word
        word.withUTF8 { bytes in
            body(fnv1a(bytes, skipping: -1))
            for index in 1..<bytes.count { body(fnv1a(bytes, skipping: index)) }
        }
    }

    private static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, byte) in bytes.enumerated() where index != skipped {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// A hash table from 64-bit hashes to word ids, chained, built once: the one-letter deletions of the
/// index's words. Hash collisions only add candidates; the scorer decides.
struct DeletionTable: Sendable {
    private var heads: [Int32]
    private var hashes: [UInt64] = []
    private var words: [Int32] = []
    private var next: [Int32] = []
    private let mask: UInt64

    init(expectedCount: Int) {
        var slots = 16
        while slots < expectedCount * 2 { slots <<= 1 }
        heads = [Int32](repeating: -1, count: slots)
        mask = UInt64(slots - 1)
        hashes.reserveCapacity(expectedCount)
        words.reserveCapacity(expectedCount)
        next.reserveCapacity(expectedCount)
    }

    private func slot(_ hash: UInt64) -> Int { Int((hash ^ (hash >> 31)) & mask) }

    mutating func insert(_ hash: UInt64, word: Int32) {
        let slot = slot(hash)
        hashes.append(hash)
        words.append(word)
        next.append(heads[slot])
        heads[slot] = Int32(hashes.count - 1)
    }

    func forEachWord(withHash hash: UInt64, _ body: (Int32) -> Void) {
        var index = heads[slot(hash)]
        while index >= 0 {
            if hashes[Int(index)] == hash { body(words[Int(index)]) }
            index = next[Int(index)]
        }
    }
}
