import Foundation

/// Finds the list names that a name may match without scoring every pair.
///
/// Built once from list names and aliases. Each normalised word points to the entries that hold it,
/// and so does each pair of adjacent words written together (`GREAT WALL` → `greatwall`); words of
/// six or more letters are also reachable through their one-letter deletions, so a query with a typo
/// still finds its candidates, and every word through its ``PhoneticKey`` (another romanisation). A
/// name's likely acronyms (``Acronym/likelyAcronyms(of:)``) point to it too, so that `CNOOC LTD` finds
/// `CHINA NATIONAL OFFSHORE OIL CORPORATION`, and the initials of a query's words find a listed acronym.
///
/// A query gathers as candidates the names sharing its informative words (and their typos), and every
/// name equal to it after normalisation (the same ``NormalizedName/key``). It then bounds each
/// candidate's score from above without scoring it: a word that cannot pair with any word of the
/// other name (no equal word, typo, abbreviation or two adjacent words written together) counts
/// against it as ``NameScorer`` counts an unpaired word, so the bound is the weighted share of both
/// names that could pair at best — how much of each name the other covers. Candidates whose bound
/// is below the review threshold cannot be a match or a review and are not scored; the others are
/// scored with ``NameScorer``, closest first (by bound, then by how rare the words they share are,
/// then in list order), until `limit` results score above every remaining bound. There is no fixed
/// number of candidates: no name that would score at or above review is lost to other names that
/// merely share its words, however many there are, and a query still scores only the names that
/// can be close (almost always none to a few).
///
/// Results are those at or above the review threshold, one per key (its best name; on a tie, a weak
/// alias, then the name ranked first). Weak aliases are looked up and compared exact-only. A name
/// without a distinctive legal form takes those of its key's other names.
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

    /// The indexed names, in the order given.
    public let entries: [Entry]
    let normalized: [NormalizedName]
    let scorer: NameScorer
    /// Word → id.
    let vocabulary: [String: Int32]
    /// The words of ``vocabulary``, to rule most lookups out before hashing.
    let vocabularyFilter: VocabularyFilter
    /// Word id → how names hold it: ``wordForm`` (a word of a name) and ``joinedForm`` (two adjacent words written together).
    let wordForms: [UInt8]
    /// Word id → entries holding it (strong names only).
    let postings: [[Int32]]
    /// Word id → inverse document frequency.
    let rarity: [Double]
    /// Each word of six or more letters and its one-letter deletions, by hash, for typo candidates.
    let deletions: DeletionTable
    /// The word counts of the weak aliases (a query of another length cannot equal one).
    let weakLengths: Set<Int>
    /// The words of the weak aliases, so that a query with a word no weak alias holds builds no key.
    let weakWords: WordFilter
    /// ``NormalizedName/key`` → weak-alias entries.
    let weakKeys: [String: [Int32]]
    /// Entry → the range of its words in ``boundWords`` (strong names only; a weak alias has none).
    let boundWordStarts: [Int32]
    /// The words of every strong name, as the score bound compares them.
    let boundWords: [BoundWord]
    /// Entry → its words' first letters and total weight, for a first bound that reads no words.
    let boundSummaries: [BoundSummary]

    /// In ``wordForms``: some name holds the word as one of its words.
    static let wordForm: UInt8 = 1
    /// In ``wordForms``: some name holds the word as two adjacent words written together.
    static let joinedForm: UInt8 = 2
    /// In ``wordForms``: some name's words have these initials (``Acronym/likelyAcronyms(of:)``), held as
    /// ``acronymPrefix`` + initials so that they never meet a word.
    static let acronymForm: UInt8 = 4
    static let acronymPrefix = "^"

    /// Builds the index.
    ///
    /// - Parameters:
    ///   - entries: names with the caller's keys; `isWeak` marks weak aliases (OFAC's `a.k.a. '…'`).
    ///   - scorer: the scorer (and thresholds) used for candidates.
    public init(entries: [(key: Int, name: String, isWeak: Bool)], scorer: NameScorer = NameScorer()) {
        self.scorer = scorer
        self.entries = entries.map { Entry(key: $0.key, name: $0.name, isWeak: $0.isWeak) }
        let normalizer = NameNormalizer()
        var normalized = entries.concurrentMap { normalizer.normalize($0.name) }
        Self.inheritLegalForms(&normalized, keys: entries.map(\.key))
        self.normalized = normalized
        var vocabulary: [String: Int32] = [:]
        var wordForms: [UInt8] = []
        var postings: [[Int32]] = []
        var weakKeys: [String: [Int32]] = [:]
        var weakTexts: [String] = []
        var boundWordStarts: [Int32] = [0]
        var boundWords: [BoundWord] = []
        var boundSummaries: [BoundSummary] = []
        vocabulary.reserveCapacity(entries.count * 2)
        postings.reserveCapacity(entries.count * 2)
        boundWordStarts.reserveCapacity(entries.count + 1)
        boundWords.reserveCapacity(entries.count * 4)
        boundSummaries.reserveCapacity(entries.count)
        func post(_ word: String, _ entry: Int32, form: UInt8) -> Int32 {
            if let id = vocabulary[word] {
                if postings[Int(id)].last != entry { postings[Int(id)].append(entry) }
                wordForms[Int(id)] |= form
                return id
            }
            vocabulary[word] = Int32(postings.count)
            postings.append([entry])
            wordForms.append(form)
            return Int32(postings.count - 1)
        }
        for (index, name) in normalized.enumerated() {
            let entry = Int32(index)
            var summary = BoundSummary()
            if entries[index].isWeak {
                if !name.tokens.isEmpty { weakKeys[name.key, default: []].append(entry) }
                weakTexts += name.tokens.map(\.text)
            } else {
                let first = boundWords.count
                for token in name.tokens {
                    boundWords.append(BoundWord(token, id: post(token.text, entry, form: Self.wordForm)))
                    summary.add(boundWords[boundWords.count - 1], phoneticFirstByte: token.phonetic.utf8.first ?? 0)
                }
                for (offset, (word, next)) in zip(name.tokens, name.tokens.dropFirst()).enumerated()
                where word.kind == .word && next.kind == .word {
                    boundWords[first + offset].joinedID = post(word.text + next.text, entry, form: Self.joinedForm)
                }
                for acronym in Acronym.likelyAcronyms(of: name) { _ = post(Self.acronymPrefix + acronym, entry, form: Self.acronymForm) }
            }
            boundWordStarts.append(Int32(boundWords.count))
            boundSummaries.append(summary)
        }
        let total = Double(max(normalized.count, 1))
        rarity = postings.map { log(1 + total / Double($0.count)) }
        var hashed: [(hash: UInt64, word: Int32)] = []
        hashed.reserveCapacity(vocabulary.count * 10)
        for (word, id) in vocabulary where Self.allowsTypos(word) && !word.hasPrefix(Self.acronymPrefix) {
            Self.forEachDeletionHash(of: word) { hashed.append(($0, id)) }
        }
        for (word, id) in vocabulary where !word.hasPrefix(Self.acronymPrefix) {
            if let hash = Self.phoneticHash(of: PhoneticKey.of(word)) { hashed.append((hash, id)) }
        }
        let deletions = DeletionTable(hashed)
        self.vocabulary = vocabulary
        vocabularyFilter = VocabularyFilter(vocabulary.keys)
        self.wordForms = wordForms
        self.postings = postings
        self.deletions = deletions
        self.weakKeys = weakKeys
        self.weakLengths = Set(weakKeys.keys.map { $0.split(separator: " ").count })
        weakWords = WordFilter(weakTexts)
        self.boundWordStarts = boundWordStarts
        self.boundWords = boundWords
        self.boundSummaries = boundSummaries
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
        guard !name.tokens.isEmpty, limit > 0 else { return [] }
        var results: [NameMatch] = []
        if !weakKeys.isEmpty, weakLengths.contains(name.tokens.count), name.tokens.allSatisfy({ weakWords.mayContain($0.text) }),
           let weak = weakKeys[name.key] {
            for entry in weak { consider(entry, name, exactOnly: true, into: &results) }
        }
        var bound = Double.infinity
        for candidate in candidates(for: name) {
            // Ranked by bound: once `limit` results score above it, no later candidate can displace one.
            if candidate.bound < bound {
                bound = candidate.bound
                if results.count >= limit, results.map(\.score).sorted(by: >)[limit - 1] > bound { break }
            }
            consider(candidate.entry, name, exactOnly: false, into: &results)
        }
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

    /// How many keys (list entries, with all their names) have a name holding every one of `words`
    /// (normalised words such as `china`, `mobile`): how distinctive the words are together. Zero when
    /// some word is in no indexed name.
    public func keyCount(holding words: [String]) -> Int {
        var lists: [[Int32]] = []
        for word in Set(words) {
            guard let id = vocabulary[word] else { return 0 }
            lists.append(postings[Int(id)])
        }
        lists.sort { $0.count < $1.count }
        guard var common = lists.first else { return 0 }
        for list in lists.dropFirst() {
            let members = Set(list)
            common.removeAll { !members.contains($0) }
        }
        return Set(common.map { entries[Int($0)].key }).count
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

    static func allowsTypos(_ word: String) -> Bool {
        word.utf8.count >= TokenSimilarity.minimumTypoLength && word.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The first letter of a word's ``PhoneticKey``, with the high bit set when the key differs from the word:
    /// two words may pair by their keys only when one tag has the high bit and the letters agree.
    static func phoneticTag(_ token: NameToken) -> UInt8 {
        (token.phonetic.utf8.first ?? 0) & 0x7F | (token.romanised ? 0x80 : 0)
    }

    /// The hash under which ``deletions`` holds the words with this ``PhoneticKey`` (another romanisation of
    /// one word, ``TokenSimilarity/compare(_:_:)``), or nil for a key too short to pair.
    static func phoneticHash(of key: String) -> UInt64? {
        guard key.utf8.count >= 2, key.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        var key = key
        return key.withUTF8 { fnv1a($0, skipping: -1) } ^ 0x5bd1_e995_0000_0001
    }

    /// Calls `body` with the FNV-1a hash of `word` and of each string made by deleting one of its letters
    /// (the first too: ``TokenSimilarity`` pairs a typo wherever it is).
    static func forEachDeletionHash(of word: String, _ body: (UInt64) -> Void) {
        var word = word
        word.withUTF8 { bytes in
            body(fnv1a(bytes, skipping: -1))
            for index in 0..<bytes.count { body(fnv1a(bytes, skipping: index)) }
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
