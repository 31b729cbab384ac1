/// The one-to-one pairing of two names' words, and the weighted share that paired.
struct Alignment {
    struct Pair {
        var left: [Int]
        var right: [Int]
        var kind: PairKind
        var edits: Int
        var similarity: Double
        var weight: Double
        var leftText = ""
        var rightText = ""
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

    var score: Double {
        weakEvidence && share < 1 ? min(share, NameScorer.weakEvidenceCap) : share
    }

    /// Exact-only: the same words (in any order) score 1, anything else 0.
    init(exact left: NormalizedName, _ right: NormalizedName) {
        let equal = !left.tokens.isEmpty && left.key == right.key
        matched = equal ? 1 : 0
        total = 1
        if equal {
            let order = right.tokens.indices.sorted { right.tokens[$0].text < right.tokens[$1].text }
            for (index, rightIndex) in zip(left.tokens.indices.sorted { left.tokens[$0].text < left.tokens[$1].text }, order) {
                pairs.append(Pair(left: [index], right: [rightIndex], kind: .exact, edits: 0, similarity: 1,
                                  weight: left.tokens[index].weight, leftText: left.tokens[index].text, rightText: right.tokens[rightIndex].text))
            }
        } else {
            unpairedLeft = Array(left.tokens.indices)
            unpairedRight = Array(right.tokens.indices)
        }
    }

    /// Pairs words greedily, the most valuable pair (similarity × weight) first.
    init(_ left: NormalizedName, _ right: NormalizedName) {
        let a = left.tokens, b = right.tokens
        guard !a.isEmpty, !b.isEmpty else {
            unpairedLeft = Array(a.indices)
            unpairedRight = Array(b.indices)
            total = a.reduce(0) { $0 + $1.weight } + b.reduce(0) { $0 + $1.weight }
            return
        }
        var candidates: [Pair] = []
        candidates.reserveCapacity(a.count * b.count)
        for i in a.indices {
            for j in b.indices {
                if let (similarity, kind, edits) = TokenSimilarity.compare(a[i], b[j]) {
                    candidates.append(Pair(left: [i], right: [j], kind: kind, edits: edits, similarity: similarity,
                                           weight: max(a[i].weight, b[j].weight)))
                }
            }
        }
        Self.addJoined(a, b, flipped: false, into: &candidates)
        Self.addJoined(b, a, flipped: true, into: &candidates)
        candidates.sort { ($0.similarity * $0.weight, $0.similarity) > ($1.similarity * $1.weight, $1.similarity) }
        var usedLeft = [Bool](repeating: false, count: a.count)
        var usedRight = [Bool](repeating: false, count: b.count)
        for var candidate in candidates {
            guard candidate.left.allSatisfy({ !usedLeft[$0] }), candidate.right.allSatisfy({ !usedRight[$0] }) else { continue }
            candidate.left.forEach { usedLeft[$0] = true }
            candidate.right.forEach { usedRight[$0] = true }
            candidate.leftText = candidate.left.map { a[$0].text }.joined(separator: " ")
            candidate.rightText = candidate.right.map { b[$0].text }.joined(separator: " ")
            matched += candidate.similarity * candidate.weight
            total += candidate.weight
            pairs.append(candidate)
        }
        unpairedLeft = a.indices.filter { !usedLeft[$0] }
        unpairedRight = b.indices.filter { !usedRight[$0] }
        // Words left over on both sides contradict each other: each counts at least the contradiction weight.
        let floor = !unpairedLeft.isEmpty && !unpairedRight.isEmpty ? NameScorer.contradictionWeight : 0
        for i in unpairedLeft { total += max(a[i].weight, floor) }
        for j in unpairedRight { total += max(b[j].weight, floor) }
        contradicted = floor > 0
        weakEvidence = !pairs.contains { $0.kind != .typo && $0.weight >= OrgWords.distinctiveWeight }
    }

    /// Adds pairs where one word of `single` equals two adjacent words of `double` written together.
    private static func addJoined(_ single: [NameToken], _ double: [NameToken], flipped: Bool, into candidates: inout [Pair]) {
        guard double.count >= 2 else { return }
        for j in 0..<(double.count - 1) where double[j].kind == .word && double[j + 1].kind == .word {
            let firstCount = double[j].text.utf8.count
            for i in single.indices where single[i].text.utf8.count == firstCount + double[j + 1].text.utf8.count
                && single[i].text.hasPrefix(double[j].text) && single[i].text.hasSuffix(double[j + 1].text) {
                let weight = max(single[i].weight, double[j].weight, double[j + 1].weight)
                candidates.append(Pair(left: flipped ? [j, j + 1] : [i], right: flipped ? [i] : [j, j + 1],
                                       kind: .joined, edits: 0, similarity: 1, weight: weight))
            }
        }
    }
}
