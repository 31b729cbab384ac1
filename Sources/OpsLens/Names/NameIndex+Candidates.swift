extension NameIndex {
    /// One word of an indexed name, reduced to what the score bound compares (32 bytes, so that the
    /// words of a candidate are one or two cache lines and ruling a pair out reads no token).
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
        /// The second byte (``NameIndex/secondByte(_:)``).
        var secondByte: UInt8
        /// The ``PhoneticKey``'s ``NameIndex/phoneticTag(_:)``, its length (255 for any longer key) and its
        /// bytes, one bit per letter as in ``letters``.
        var phoneticTag: UInt8
        var phoneticLength: UInt8
        var phoneticLetters: UInt32

        init(_ token: NameToken, id: Int32) {
            self.id = id
            weight = token.weight
            letters = token.text.utf8.reduce(0) { $0 | Self.letterBit($1) }
            firstByte = token.text.utf8.first ?? 0
            length = UInt8(clamping: token.text.utf8.count)
            isWord = token.kind == .word
            mayBeAbbreviated = token.mayBeAbbreviated
            secondByte = NameIndex.secondByte(token)
            phoneticTag = NameIndex.phoneticTag(token)
            phoneticLength = UInt8(clamping: token.phonetic.utf8.count)
            phoneticLetters = token.phonetic.utf8.reduce(0) { $0 | Self.letterBit($1) }
        }

        /// The bit of `byte` in ``letters``; letters of one ``TokenSimilarity/soundClass`` share a bit.
        static func letterBit(_ byte: UInt8) -> UInt32 {
            let byte = TokenSimilarity.soundClass[Int(byte)]
            return 1 << UInt32(byte >= 0x61 && byte <= 0x7A ? byte - 0x61 : 26 + byte % 6)
        }
    }

    /// What the first bound knows of a strong name without reading its words: their first letters
    /// the second letters of its long words and total weight (12 bytes, so that the summaries of all names stay in cache).
    struct BoundSummary: Sendable {
        /// The first letters of its words and of their ``PhoneticKey``s, one bit each as in ``BoundWord/letters``.
        var initials: UInt32 = 0
        /// The second letters of its words long enough for a typo: a typo that changes a first letter keeps
        /// the second (`XENSETIME`/`SENSETIME`), or moves it to first place or second.
        var typoSeconds: UInt32 = 0
        /// The sum of its words' weights (rounded to a `Float`: see ``summaryTolerance``).
        var weight: Float = 0

        mutating func add(_ word: BoundWord, phoneticFirstByte: UInt8) {
            initials |= BoundWord.letterBit(word.firstByte) | BoundWord.letterBit(phoneticFirstByte)
            if word.isWord, Int(word.length) >= TokenSimilarity.minimumTypoLength { typoSeconds |= BoundWord.letterBit(word.secondByte) }
            weight += Float(word.weight)
        }

        /// Whether a query word may pair with one of the words through a typo that changes its first letter.
        func mayPairThroughFirstLetterTypo(_ word: BoundWord) -> Bool {
            guard word.isWord, Int(word.length) >= TokenSimilarity.minimumTypoLength else { return false }
            if Int(word.length) >= 9 { return true }  // two edits: no telling from two letters
            return typoSeconds & (BoundWord.letterBit(word.secondByte) | BoundWord.letterBit(word.firstByte)) != 0
                || initials & BoundWord.letterBit(word.secondByte) != 0
        }
    }

    /// A query's words as the score bound compares them.
    struct BoundQuery {
        var words: [BoundWord]
        /// Bit `i`: words `i` and `i + 1` written together are a word of some indexed name.
        var joinsListedWord: UInt64 = 0
        /// Whether some query word is two adjacent words of an indexed name written together.
        var splitsIntoListedWords = false

        /// Whether a pair may join two adjacent words, on either side.
        var mayJoin: Bool { joinsListedWord != 0 || splitsIntoListedWords }
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
    /// Gathered: every strong name equal to the query after normalisation (``equalNames(_:)``) and the
    /// names holding the query's informative words, their typo variants and its adjacent words written
    /// together, rarest words counting most. Generic words vote only when the query has nothing else;
    /// a word held by more than a tenth of the index votes only when it is the query's rarest (a rarer
    /// typo variant of a query word does not silence the word itself).
    /// Each gathered name gets the upper bound of its score; those below the review threshold are
    /// dropped, the others ranked by bound, then by the rarity of the words they share, then in list order.
    func candidates(for name: NormalizedName) -> [Candidate] {
        let informative = name.tokens.contains { $0.weight > OrgWords.genericWeight }
        let bounded = boundQuery(of: name)
        let query = bounded.words
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
            if token.kind == .word, token.transliterated || token.text.utf8.count >= TokenSimilarity.minimumLatinPhoneticLength,
               let hash = Self.phoneticHash(of: token.phonetic) {
                deletions.forEachWord(withHash: hash) { id in
                    if id != exact, !words.contains(where: { $0.id == id }) { words.append((id, 0.9, token.weight)) }
                }
            }
        }
        for (index, word) in query.enumerated() where word.joinedID >= 0 {
            words.append((word.joinedID, 1, max(word.weight, query[index + 1].weight)))
        }
        for id in acronymWords(of: name) where !words.contains(where: { $0.id == id }) {
            words.append((id, 1, OrgWords.distinctiveWeight))
        }
        // The query's own words decide how rare its rarest word is; typo variants only when it has none.
        let common = entries.count / 10
        var rarestOwn = Int.max, rarestVariant = Int.max
        for word in words {
            let count = postings[Int(word.id)].count
            if word.factor == 1 { rarestOwn = min(rarestOwn, count) } else { rarestVariant = min(rarestVariant, count) }
        }
        let rarest = rarestOwn < .max ? rarestOwn : rarestVariant
        var votes: [(entry: Int32, gain: Double)] = []
        for word in words where postings[Int(word.id)].count <= max(common, rarest) {
            let gain = rarity[Int(word.id)] * word.weight * word.factor
            for entry in postings[Int(word.id)] { votes.append((entry, gain)) }
        }
        for entry in equalNames(bounded) { votes.append((entry, 0)) }
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
            let bound = scoreBound(name, bounded, entry: entry)
            if bound >= review { candidates.append(Candidate(entry: entry, bound: bound, gain: gain)) }
        }
        candidates.sort { ($0.bound, $0.gain, $1.entry) > ($1.bound, $1.gain, $0.entry) }
        return candidates
    }

    /// The vocabulary ids through which a query meets names by acronym: a one-word query meets the names
    /// with those initials; a longer one the names whose word is its initials (with or without the initials
    /// of its legal forms).
    func acronymWords(of name: NormalizedName) -> [Int32] {
        if let acronym = Acronym.acronym(of: name) {
            return vocabulary[Self.acronymPrefix + acronym].map { [$0] } ?? []
        }
        guard name.tokens.count >= 2, name.tokens.count <= Acronym.maximumLength else { return [] }
        var initials: [UInt8] = []
        initials.reserveCapacity(Acronym.maximumLength)
        for token in name.tokens { if let first = token.text.utf8.first { initials.append(first) } }
        var ids: [Int32] = []
        if initials.count >= Acronym.minimumLength, let id = vocabulary[String(decoding: initials, as: UTF8.self)] { ids.append(id) }
        guard !name.legalForms.isEmpty else { return ids }
        for form in name.legalForms { if let first = form.utf8.first { initials.append(first) } }
        if initials.count >= Acronym.minimumLength, initials.count <= Acronym.maximumLength,
           let id = vocabulary[String(decoding: initials, as: UTF8.self)] { ids.append(id) }
        return ids
    }

    /// The words of a query as the score bound compares them, with their ids in the vocabulary (-1 for a
    /// word no indexed name holds) and those of adjacent words written together.
    func boundQuery(of name: NormalizedName) -> BoundQuery {
        var query = BoundQuery(words: name.tokens.map { BoundWord($0, id: vocabularyFilter.mayContain($0.text) ? vocabulary[$0.text] ?? -1 : -1) })
        for (index, (first, second)) in zip(name.tokens, name.tokens.dropFirst()).enumerated() where first.kind == .word && second.kind == .word {
            guard vocabularyFilter.mayContain(first.text, joinedWith: second.text), let id = vocabulary[first.text + second.text] else { continue }
            query.words[index].joinedID = id
            if wordForms[Int(id)] & Self.wordForm != 0, index < 63 { query.joinsListedWord |= 1 << UInt64(index) }
        }
        query.splitsIntoListedWords = query.words.contains { $0.id >= 0 && wordForms[Int($0.id)] & Self.joinedForm != 0 }
        return query
    }

    /// The strong names with the same words as the query, in any order (the same ``NormalizedName/key``).
    ///
    /// Such a name holds every word of the query, so it is among the names holding the query's rarest
    /// word; the index keeps no table of keys for them.
    func equalNames(_ query: BoundQuery) -> [Int32] {
        guard !query.words.isEmpty, query.words.count <= 64, query.words.allSatisfy({ $0.id >= 0 }) else { return [] }
        guard let rarest = query.words.min(by: { postings[Int($0.id)].count < postings[Int($1.id)].count }) else { return [] }
        var equal: [Int32] = []
        for entry in postings[Int(rarest.id)] {
            let start = Int(boundWordStarts[Int(entry)]), end = Int(boundWordStarts[Int(entry) + 1])
            guard end - start == query.words.count else { continue }
            var used: UInt64 = 0
            let same = query.words.allSatisfy { word in
                guard let match = (start..<end).first(where: { used & (1 << UInt64($0 - start)) == 0 && boundWords[$0].id == word.id })
                else { return false }
                used |= 1 << UInt64(match - start)
                return true
            }
            if same { equal.append(entry) }
        }
        return equal
    }

    /// How much ``BoundSummary/weight`` may exceed the exact sum it rounds.
    static let summaryTolerance = 1e-4

    /// How much a bound may fall short of the score it bounds through rounding (they sum in different orders).
    static let boundTolerance = 1e-9

    /// The most that ``NameScorer`` can score `query` (the words of `name`) against the strong name `entry`.
    ///
    /// A word pairs only with a word that is equal, a typo or abbreviation of it (``TokenSimilarity``),
    /// or two adjacent words written together; a pair weighs its heavier word and unpaired words count
    /// in full, at least ``NameScorer/contradictionWeight`` when both names have some. Each word that
    /// could pair is counted as paired with its heaviest possible partner, at full similarity, so the
    /// weighted share `paired / (paired + unpaired)` is at least the scorer's; its caps only lower it.
    ///
    /// Before reading the listed words, a first bound from the name's ``BoundSummary``: every pair but
    /// a typo joins words with the same first letter (only the second of two query words written together
    /// may not), and a typo that changes a first letter keeps the second letter or shifts it by one
    /// (``BoundSummary/mayPairThroughFirstLetterTypo(_:)``); a query word that can reach no
    /// listed word so stays unpaired; each
    /// paired query word weighs at most 1 and covers at most that much of the listed name (twice
    /// when words may be joined). When that bound, or the listed words read so far, put the share
    /// below review, that smaller bound is returned.
    func scoreBound(_ name: NormalizedName, _ bounded: BoundQuery, entry: Int32) -> Double {
        let bound = wordBound(name, bounded, entry: entry)
        // An acronym scores on its own terms (``Acronym``): one word against three or more.
        if bound < Acronym.similarity, bounded.words.count == 1 || boundWordStarts[Int(entry) + 1] - boundWordStarts[Int(entry)] == 1,
           Acronym.match(name, normalized[Int(entry)]) != nil {
            return Acronym.similarity
        }
        return bound
    }

    /// ``scoreBound(_:_:entry:)`` from the words alone.
    private func wordBound(_ name: NormalizedName, _ bounded: BoundQuery, entry: Int32) -> Double {
        let query = bounded.words
        // Masks track up to 64 words a side, as WordAlignment does; longer names are not bounded.
        guard query.count <= 64 else { return 1 }
        let review = scorer.thresholds.review
        let summary = boundSummaries[Int(entry)]
        var mostPaired = 0.0, queryUnpaired = 0.0
        for (i, word) in query.enumerated() {
            let reachable = summary.initials & (BoundWord.letterBit(word.firstByte) | BoundWord.letterBit(name.tokens[i].phonetic.utf8.first ?? 0)) != 0
                || (i > 0 && bounded.joinsListedWord & (1 << UInt64(i - 1)) != 0
                    && summary.initials & BoundWord.letterBit(query[i - 1].firstByte) != 0)
            if reachable || summary.mayPairThroughFirstLetterTypo(word) {
                mostPaired += OrgWords.distinctiveWeight
            } else {
                queryUnpaired += word.weight
            }
        }
        guard mostPaired > 0 else { return 0 }
        let listUnpaired = max(0, Double(summary.weight) - Self.summaryTolerance - mostPaired * (bounded.mayJoin ? 2 : 1))
        let first = mostPaired / (mostPaired + queryUnpaired + listUnpaired)
        if first < review { return first }
        let start = Int(boundWordStarts[Int(entry)]), count = Int(boundWordStarts[Int(entry) + 1]) - start
        guard count <= 64 else { return 1 }
        return boundWords.withUnsafeBufferPointer { words in
            query.withUnsafeBufferPointer { query in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: query.count) { partner in
                    partner.initialize(repeating: -1)
                    let listed = UnsafeBufferPointer(rebasing: words[start..<start + count])
                    var queryPaired: UInt64 = 0, listPaired: UInt64 = 0
                    var unpairedSoFar = queryUnpaired
                    for j in 0..<count {
                        let word = listed[j]
                        for i in 0..<query.count {
                            let asked = query[i]
                            var weight = -1.0
                            if asked.id >= 0, asked.id == word.id {
                                weight = max(asked.weight, word.weight)
                            } else if asked.isWord, word.isWord,
                                      Self.mayDiffer(asked, word) && Self.mayShareStart(asked, word)
                                        || Self.mayPairByKey(asked, word),
                                      TokenSimilarity.compare(name.tokens[i], normalized[Int(entry)].tokens[j]) != nil {
                                weight = max(asked.weight, word.weight)
                            }
                            if asked.id >= 0, asked.id == word.joinedID {
                                weight = max(weight, asked.weight, word.weight, listed[j + 1].weight)
                                listPaired |= 1 << UInt64(j + 1)
                            }
                            if asked.joinedID >= 0, asked.joinedID == word.id {
                                weight = max(weight, asked.weight, query[i + 1].weight, word.weight)
                                queryPaired |= 1 << UInt64(i + 1)
                            }
                            if weight >= 0 {
                                partner[i] = max(partner[i], weight)
                                listPaired |= 1 << UInt64(j)
                            }
                        }
                        if listPaired & (1 << UInt64(j)) == 0 {
                            unpairedSoFar += word.weight
                            if mostPaired / (mostPaired + unpairedSoFar) < review { return mostPaired / (mostPaired + unpairedSoFar) }
                        }
                    }
                    var paired = 0.0
                    for i in 0..<query.count where partner[i] >= 0 {
                        paired += partner[i]
                        queryPaired |= 1 << UInt64(i)
                    }
                    guard paired > 0 else { return 0 }
                    let queryLeft = queryPaired != (query.count == 64 ? ~0 : (1 << UInt64(query.count)) - 1)
                    let listLeft = listPaired != (count == 64 ? ~0 : (1 << UInt64(count)) - 1)
                    let floor = queryLeft && listLeft ? NameScorer.contradictionWeight : 0
                    var unpaired = 0.0
                    for i in 0..<query.count where queryPaired & (1 << UInt64(i)) == 0 { unpaired += max(query[i].weight, floor) }
                    for j in 0..<count where listPaired & (1 << UInt64(j)) == 0 { unpaired += max(listed[j].weight, floor) }
                    return paired / (paired + unpaired)
                }
            }
        }
    }

    /// Whether two words start alike enough to pair: the same first letter, or (for a typo) a second letter
    /// kept or shifted by one, as ``BoundSummary/mayPairThroughFirstLetterTypo(_:)`` reasons.
    private static func mayShareStart(_ asked: BoundWord, _ word: BoundWord) -> Bool {
        if BoundWord.letterBit(asked.firstByte) == BoundWord.letterBit(word.firstByte) { return true }
        if asked.length >= 9 || word.length >= 9 { return true }
        let bit = BoundWord.letterBit
        return bit(asked.secondByte) == bit(word.secondByte) || bit(asked.secondByte) == bit(word.firstByte)
            || bit(asked.firstByte) == bit(word.secondByte)
    }

    /// Whether two words may pair by their ``PhoneticKey``s (``TokenSimilarity/compare(_:_:)``), from their
    /// ``BoundWord``s alone: one key differs from its word and the keys start alike, and they may be
    /// equal (same length and letters) or a typo of each other (as ``mayDiffer(_:_:)`` reasons on words).
    @inline(__always)
    private static func mayPairByKey(_ a: BoundWord, _ b: BoundWord) -> Bool {
        guard (a.phoneticTag | b.phoneticTag) & 0x80 != 0, (a.phoneticTag ^ b.phoneticTag) & 0x7F == 0 else { return false }
        let short = min(a.phoneticLength, b.phoneticLength), long = max(a.phoneticLength, b.phoneticLength)
        if long == .max { return true }  // a length clamped: no telling
        if short == long, a.phoneticLetters == b.phoneticLetters { return true }
        let edits = long >= 9 ? 2 : 1
        return Int(short) >= TokenSimilarity.minimumTypoLength && Int(long - short) <= edits
            && (a.phoneticLetters & ~b.phoneticLetters).nonzeroBitCount <= edits && (b.phoneticLetters & ~a.phoneticLetters).nonzeroBitCount <= edits
    }

    /// The second byte of a token's text, 0 when it has one byte.
    static func secondByte(_ token: NameToken) -> UInt8 {
        var bytes = token.text.utf8.makeIterator()
        _ = bytes.next()
        return bytes.next() ?? 0
    }

    /// Whether two different Latin words may be an abbreviation (same first letter) or a typo of each
    /// other, from their lengths and letters alone (the cheap half of ``TokenSimilarity/compare(_:_:)``).
    ///
    /// An abbreviation holds only letters of the word it starts; each edit of a typo brings in at most
    /// one letter that the other word lacks.
    private static func mayDiffer(_ a: BoundWord, _ b: BoundWord) -> Bool {
        let (short, long) = a.length <= b.length ? (a, b) : (b, a)
        if long.length == .max { return true }  // a length clamped: no telling
        if short.mayBeAbbreviated, short.length >= 3, short.length < long.length, short.firstByte == long.firstByte,
           short.letters & ~long.letters == 0 {
            return true
        }
        let edits = long.length >= 9 ? 2 : 1
        return short.length >= TokenSimilarity.minimumTypoLength && Int(long.length - short.length) <= edits
            && (short.letters & ~long.letters).nonzeroBitCount <= edits && (long.letters & ~short.letters).nonzeroBitCount <= edits
    }
}
