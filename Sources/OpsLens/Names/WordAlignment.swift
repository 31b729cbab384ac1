/// The one-to-one pairing of two names' words, and the weighted share that paired.
struct WordAlignment {
    /// One pair: one word on each side, or one word and two adjacent words (``PairKind/joined``).
    struct Pair {
        /// The first word of the pair in the left name, and how many words (1 or 2).
        var left: Int
        var leftCount: Int
        /// The first word of the pair in the right name, and how many words (1 or 2).
        var right: Int
        var rightCount: Int
        var kind: PairKind
        var edits: Int
        var similarity: Double
        var weight: Double

        var leftIndices: Range<Int> { left..<left + leftCount }
        var rightIndices: Range<Int> { right..<right + rightCount }
    }

    var pairs: [Pair] = []
    var unpairedLeft: [Int] = []
    var unpairedRight: [Int] = []
    /// Σ similarity·weight over pairs.
    var matched = 0.0
    /// Σ weight over pairs and unpaired words.
    var total = 0.0
    /// Both names had unpaired words (weighted at least ``NameScorer/contradictionWeight``).
    var contradicted = false
    /// No distinctive word paired except through a typo: the names agree only on generic words or typos.
    var weakEvidence = false

    /// Σ similarity·weight / Σ weight.
    var share: Double { total > 0 ? matched / total : 0 }

    /// Every pair is exact and every unpaired word a qualifier in parentheses (`X AG` vs `X (SCHWEIZ) AG`).
    var equalButQualifiers = false

    var score: Double {
        weakEvidence && share < 1 && !equalButQualifiers ? min(share, NameScorer.weakEvidenceCap) : share
    }

    /// Exact-only: the same words (in any order) score 1, anything else 0.
    init(exact left: NormalizedName, _ right: NormalizedName) {
        let equal = !left.tokens.isEmpty && left.key == right.key
        matched = equal ? 1 : 0
        total = 1
        if equal {
            let leftOrder = left.tokens.indices.sorted { left.tokens[$0].text < left.tokens[$1].text }
            let rightOrder = right.tokens.indices.sorted { right.tokens[$0].text < right.tokens[$1].text }
            for (index, rightIndex) in zip(leftOrder, rightOrder) {
                pairs.append(Pair(left: index, leftCount: 1, right: rightIndex, rightCount: 1, kind: .exact, edits: 0,
                                  similarity: 1, weight: left.tokens[index].weight))
            }
        } else {
            unpairedLeft = Array(left.tokens.indices)
            unpairedRight = Array(right.tokens.indices)
        }
    }

    /// Pairs words greedily, the most valuable pair (similarity × weight) first.
    ///
    /// - Parameter recordPairs: keep the pairs and unpaired words (for an explanation); without it only
    ///   the totals are kept, and nothing is allocated on the heap.
    init(_ left: NormalizedName, _ right: NormalizedName, recordPairs: Bool = true) {
        let a = left.tokens, b = right.tokens
        guard !a.isEmpty, !b.isEmpty else {
            if recordPairs {
                unpairedLeft = Array(a.indices)
                unpairedRight = Array(b.indices)
            }
            total = a.reduce(0) { $0 + $1.weight } + b.reduce(0) { $0 + $1.weight }
            weakEvidence = true
            return
        }
        let capacity = a.count * b.count + 2 * (a.count + b.count)
        withUnsafeTemporaryAllocation(of: Pair.self, capacity: capacity) { buffer in
            var count = 0
            for i in a.indices {
                for j in b.indices {
                    if let (similarity, kind, edits) = TokenSimilarity.compare(a[i], b[j]) {
                        buffer.initializeElement(at: count, to: Pair(left: i, leftCount: 1, right: j, rightCount: 1, kind: kind,
                                                                     edits: edits, similarity: similarity, weight: max(a[i].weight, b[j].weight)))
                        count += 1
                    }
                }
            }
            Self.addJoined(a, b, flipped: false, into: buffer, count: &count)
            Self.addJoined(b, a, flipped: true, into: buffer, count: &count)
            let candidates = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
            Self.sortByValue(candidates)
            // Up to 64 words a side are tracked in bit masks; longer names are not names.
            var usedLeft: UInt64 = 0, usedRight: UInt64 = 0
            var strongPair = false, allExact = true
            var shortTypoGain = 0.0
            for candidate in candidates {
                let leftMask = Self.mask(candidate.leftIndices), rightMask = Self.mask(candidate.rightIndices)
                guard usedLeft & leftMask == 0, usedRight & rightMask == 0 else { continue }
                usedLeft |= leftMask
                usedRight |= rightMask
                matched += candidate.similarity * candidate.weight
                total += candidate.weight
                if candidate.similarity < 1 { allExact = false }
                if candidate.kind == .typo, candidate.similarity < TokenSimilarity.shortTypoSimilarity, candidate.leftCount == 1,
                   candidate.rightCount == 1, TokenSimilarity.isShortTypo(a[candidate.left], b[candidate.right], edits: candidate.edits) {
                    shortTypoGain += (TokenSimilarity.shortTypoSimilarity - candidate.similarity) * candidate.weight
                }
                if candidate.weight >= OrgWords.distinctiveWeight, candidate.kind != .typo || candidate.similarity >= NameScorer.strongTypoSimilarity {
                    strongPair = true
                }
                if recordPairs { pairs.append(candidate) }
            }
            candidates.deinitialize()
            weakEvidence = !strongPair
            // A typo in a short word is believable beside a distinctive word that paired exactly or nearly.
            if strongPair, shortTypoGain > 0 {
                matched += shortTypoGain
                if recordPairs {
                    for index in pairs.indices where pairs[index].kind == .typo && pairs[index].similarity < TokenSimilarity.shortTypoSimilarity
                        && TokenSimilarity.isShortTypo(a[pairs[index].left], b[pairs[index].right], edits: pairs[index].edits) {
                        pairs[index].similarity = TokenSimilarity.shortTypoSimilarity
                    }
                }
            }
            // Words left over on both sides contradict each other: each counts at least the contradiction weight.
            let leftOver = a.indices.contains { usedLeft & Self.mask($0..<$0 + 1) == 0 }
            let rightOver = b.indices.contains { usedRight & Self.mask($0..<$0 + 1) == 0 }
            contradicted = leftOver && rightOver
            let floor = contradicted ? NameScorer.contradictionWeight : 0
            equalButQualifiers = allExact && a.indices.allSatisfy { usedLeft & Self.mask($0..<$0 + 1) != 0 || a[$0].weight <= OrgWords.qualifierWeight }
                && b.indices.allSatisfy { usedRight & Self.mask($0..<$0 + 1) != 0 || b[$0].weight <= OrgWords.qualifierWeight }
            for i in a.indices where usedLeft & Self.mask(i..<i + 1) == 0 {
                total += Self.unpairedWeight(a[i], floor: floor)
                if recordPairs { unpairedLeft.append(i) }
            }
            for j in b.indices where usedRight & Self.mask(j..<j + 1) == 0 {
                total += Self.unpairedWeight(b[j], floor: floor)
                if recordPairs { unpairedRight.append(j) }
            }
        }
    }

    /// What an unpaired word counts against the score: its weight, at least `floor`, and at least
    /// ``NameScorer/anotherEntityWeight`` for a word that makes another entity of the same name
    /// (`X TRUST COMPANY`, `X MEXICO S.A.`, `X INSURANCE`: a subsidiary, branch or regional arm).
    static func unpairedWeight(_ token: NameToken, floor: Double) -> Double {
        let weight = max(token.weight, floor)
        guard weight < NameScorer.anotherEntityWeight, token.weight > OrgWords.qualifierWeight, OrgWords.marksAnotherEntity(token.text) else {
            return weight
        }
        return NameScorer.anotherEntityWeight
    }

    /// Sorts the most valuable pair (similarity × weight, then similarity) first; an insertion sort,
    /// as two names rarely offer more than a dozen pairs.
    private static func sortByValue(_ pairs: UnsafeMutableBufferPointer<Pair>) {
        guard pairs.count > 1 else { return }
        for index in 1..<pairs.count {
            let pair = pairs[index]
            let value = pair.similarity * pair.weight
            var position = index
            while position > 0 {
                let before = pairs[position - 1]
                let beforeValue = before.similarity * before.weight
                guard beforeValue < value || (beforeValue == value && before.similarity < pair.similarity) else { break }
                pairs[position] = before
                position -= 1
            }
            pairs[position] = pair
        }
    }

    private static func mask(_ range: Range<Int>) -> UInt64 {
        var mask: UInt64 = 0
        for index in range where index < 64 { mask |= 1 << UInt64(index) }
        return mask
    }

    /// Adds pairs where one word of `single` equals two adjacent words of `double` written together.
    private static func addJoined(_ single: [NameToken], _ double: [NameToken], flipped: Bool,
                                  into buffer: UnsafeMutableBufferPointer<Pair>, count: inout Int) {
        guard double.count >= 2 else { return }
        for j in 0..<(double.count - 1) where double[j].kind == .word && double[j + 1].kind == .word {
            let firstCount = double[j].text.utf8.count
            for i in single.indices where single[i].text.utf8.count == firstCount + double[j + 1].text.utf8.count
                && single[i].text.hasPrefix(double[j].text) && single[i].text.hasSuffix(double[j + 1].text) {
                guard count < buffer.count else { return }
                let weight = max(single[i].weight, double[j].weight, double[j + 1].weight)
                buffer.initializeElement(at: count, to: flipped
                    ? Pair(left: j, leftCount: 2, right: i, rightCount: 1, kind: .joined, edits: 0, similarity: 1, weight: weight)
                    : Pair(left: i, leftCount: 1, right: j, rightCount: 2, kind: .joined, edits: 0, similarity: 1, weight: weight))
                count += 1
            }
        }
    }
}
