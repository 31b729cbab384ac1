extension NameIndex {
    /// One word of an indexed name, reduced to what the score bound compares (24 bytes, so that the
    /// words of a candidate are one or two cache lines).
    struct BoundWord: Sendable {
        /// The word's id in the vocabulary.
        var id: Int32
        /// The id of this word and the next written together (`great` + `wall` → `greatwall`), or -1.
        var joinedID: Int32 = -1
        var weight: Double
        /// The bytes the word holds, one bit per letter (`a`–`z`; other bytes share six bits).
        var letters: UInt32
        /// The first byte, and the length in bytes (255 for any longer word).
        var firstByte: UInt8
        var length: UInt8
        var isWord: Bool
        var mayBeAbbreviated: Bool

        init(_ token: NameToken, id: Int32) {
            self.id = id
            weight = token.weight
            var letters: UInt32 = 0
            for byte in token.text.utf8 {
                letters |= 1 << UInt32(byte >= 0x61 && byte <= 0x7A ? byte - 0x61 : 26 + byte % 6)
            }
            self.letters = letters
            firstByte = token.text.utf8.first ?? 0
            length = UInt8(clamping: token.text.utf8.count)
            isWord = token.kind == .word
            mayBeAbbreviated = token.mayBeAbbreviated
        }
    }

    /// A name worth scoring, with the most it can score.
    struct Candidate {
        var entry: Int32
        /// An upper bound of the name's score against the query (see ``scoreBound(_:_:entry:)``).
        var bound: Double
        /// The rarity-weighted words it shares with the query.
        var gain: Double
    }

    /// The entries worth scoring for `name`, closest first: those that could score at or above review.
    ///
    /// Gathered: every strong name in `equal` (equal to the query after normalisation) and the names
    /// holding the query's informative words, their typo variants and its adjacent words written
    /// together, rarest words counting most. Generic words vote only when the query has nothing else;
    /// a word held by more than a tenth of the index votes only when it is the query's rarest.
    /// Each gathered name gets the upper bound of its score; those below the review threshold are
    /// dropped, the others ranked by bound, then by the rarity of the words they share, then in list order.
    func candidates(for name: NormalizedName, equal: [Int32]) -> [Candidate] {
        let informative = name.tokens.contains { $0.weight > OrgWords.genericWeight }
        let query = boundWords(of: name)
        var words: [(id: Int32, factor: Double, weight: Double)] = []
        for (token, word) in zip(name.tokens, query) where !informative || token.weight > OrgWords.genericWeight {
            let exact = word.id >= 0 ? word.id : nil
            if let exact { words.append((exact, 1, token.weight)) }
            if token.kind == .word, Self.allowsTypos(token.text) {
                Self.forEachDeletionHash(of: token.text) { hash in
                    deletions.forEachWord(withHash: hash) { id in
                        if id != exact, !words.contains(where: { $0.id == id }) { words.append((id, 0.9, token.weight)) }
                    }
                }
            }
        }
        for (index, word) in query.enumerated() where word.joinedID >= 0 {
            words.append((word.joinedID, 1, max(word.weight, query[index + 1].weight)))
        }
        let common = entries.count / 10
        let rarest = words.map { postings[Int($0.id)].count }.min() ?? 0
        var votes: [(entry: Int32, gain: Double)] = []
        for word in words where postings[Int(word.id)].count <= max(common, rarest) {
            let gain = rarity[Int(word.id)] * word.weight * word.factor
            for entry in postings[Int(word.id)] { votes.append((entry, gain)) }
        }
        for entry in equal where !entries[Int(entry)].isWeak { votes.append((entry, 0)) }
        guard !votes.isEmpty else { return [] }
        votes.sort { $0.entry < $1.entry }
        var candidates: [Candidate] = []
        let review = scorer.thresholds.review - Self.boundTolerance
        var index = 0
        while index < votes.count {
            let entry = votes[index].entry
            var gain = 0.0
            while index < votes.count, votes[index].entry == entry {
                gain += votes[index].gain
                index += 1
            }
            let bound = scoreBound(name, query, entry: entry)
            if bound >= review { candidates.append(Candidate(entry: entry, bound: bound, gain: gain)) }
        }
        candidates.sort { ($0.bound, $0.gain, $1.entry) > ($1.bound, $1.gain, $0.entry) }
        return candidates
    }

    /// The words of a query as the score bound compares them, with their ids in the vocabulary (-1 for a
    /// word no indexed name holds) and those of adjacent words written together.
    func boundWords(of name: NormalizedName) -> [BoundWord] {
        var words = name.tokens.map { BoundWord($0, id: vocabulary[$0.text] ?? -1) }
        for (index, (first, second)) in zip(name.tokens, name.tokens.dropFirst()).enumerated() where first.kind == .word && second.kind == .word {
            words[index].joinedID = vocabulary[first.text + second.text] ?? -1
        }
        return words
    }

    /// How much a bound may fall short of the score it bounds through rounding (they sum in different orders).
    static let boundTolerance = 1e-9

    /// The most that ``NameScorer`` can score `query` (the words of `name`) against the strong name `entry`.
    ///
    /// A word pairs only with a word that is equal, a typo or abbreviation of it (``TokenSimilarity``),
    /// or two adjacent words written together; a pair weighs its heavier word and unpaired words count
    /// in full, at least ``NameScorer/contradictionWeight`` when both names have some. Each word that
    /// could pair is counted as paired with its heaviest possible partner, at full similarity, so the
    /// weighted share `paired / (paired + unpaired)` is at least the scorer's; its caps only lower it.
    func scoreBound(_ name: NormalizedName, _ query: [BoundWord], entry: Int32) -> Double {
        let start = Int(boundWordStarts[Int(entry)]), end = Int(boundWordStarts[Int(entry) + 1])
        // Masks track up to 64 words a side, as WordAlignment does; longer names are not bounded.
        guard query.count <= 64, end - start <= 64 else { return 1 }
        var queryPaired: UInt64 = 0, listPaired: UInt64 = 0
        var paired = 0.0
        for (i, word) in query.enumerated() {
            var best = -1.0
            for j in start..<end {
                let listed = boundWords[j]
                var weight = -1.0
                if word.id >= 0, word.id == listed.id {
                    weight = max(word.weight, listed.weight)
                } else if word.isWord, listed.isWord, word.firstByte == listed.firstByte, Self.mayDiffer(word, listed),
                          TokenSimilarity.compare(name.tokens[i], normalized[Int(entry)].tokens[j - start]) != nil {
                    weight = max(word.weight, listed.weight)
                }
                if word.id >= 0, word.id == listed.joinedID {
                    weight = max(weight, word.weight, listed.weight, boundWords[j + 1].weight)
                    listPaired |= 1 << UInt64(j + 1 - start)
                }
                if word.joinedID >= 0, word.joinedID == listed.id {
                    weight = max(weight, word.weight, query[i + 1].weight, listed.weight)
                    queryPaired |= 1 << UInt64(i + 1)
                }
                if weight >= 0 {
                    best = max(best, weight)
                    listPaired |= 1 << UInt64(j - start)
                }
            }
            if best >= 0 {
                paired += best
                queryPaired |= 1 << UInt64(i)
            }
        }
        guard paired > 0 else { return 0 }
        let queryLeft = queryPaired != (query.count == 64 ? ~0 : (1 << UInt64(query.count)) - 1)
        let listLeft = listPaired != (end - start == 64 ? ~0 : (1 << UInt64(end - start)) - 1)
        let floor = queryLeft && listLeft ? NameScorer.contradictionWeight : 0
        var unpaired = 0.0
        for (i, word) in query.enumerated() where queryPaired & (1 << UInt64(i)) == 0 { unpaired += max(word.weight, floor) }
        for j in start..<end where listPaired & (1 << UInt64(j - start)) == 0 { unpaired += max(boundWords[j].weight, floor) }
        return paired / (paired + unpaired)
    }

    /// Whether two different Latin words with the same first letter may be an abbreviation or a typo of
    /// each other, from their lengths and letters alone (the cheap half of ``TokenSimilarity/compare(_:_:)``).
    ///
    /// An abbreviation holds only letters of the word it starts; each edit of a typo brings in at most
    /// one letter that the other word lacks.
    private static func mayDiffer(_ a: BoundWord, _ b: BoundWord) -> Bool {
        let (short, long) = a.length <= b.length ? (a, b) : (b, a)
        if long.length == .max { return true }  // a length clamped: no telling
        if short.mayBeAbbreviated, short.length >= 3, short.length < long.length, short.letters & ~long.letters == 0 {
            return true
        }
        let edits = long.length >= 9 ? 2 : 1
        return short.length >= TokenSimilarity.minimumTypoLength && Int(long.length - short.length) <= edits
            && (short.letters & ~long.letters).nonzeroBitCount <= edits && (long.letters & ~short.letters).nonzeroBitCount <= edits
    }
}
