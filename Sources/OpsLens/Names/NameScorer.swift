/// Compares two names and explains the result.
///
/// Words pair one-to-one regardless of order, best pairs first (see ``TokenSimilarity``); the score is
/// the weighted share of both names that paired (see ``NameComparison``). Generic words weigh little
/// (``OrgWords``), numbers must agree, and a weak alias may be compared exact-only.
public struct NameScorer: Sendable {
    /// The score multiplier when both names carry distinctive legal forms and share none.
    public static let legalFormFactor = 0.8
    /// The least weight an unpaired word counts when both names have unpaired words (they contradict).
    public static let contradictionWeight = 0.5
    /// The highest score, unless the names are equal, when no distinctive word pairs except through a typo:
    /// names that agree only on generic words or through typos are for review, not a match.
    public static let weakEvidenceCap = 0.8
    /// A typo pair at least this similar is as good evidence as an equal word (one edit in ten letters; a weak typo, see ``TokenSimilarity/weakTypoSimilarity``, never is).
    public static let strongTypoSimilarity = 0.9
    /// The least an unpaired word counts when it makes another entity of the name (``OrgWords/marksAnotherEntity(_:)``).
    public static let anotherEntityWeight = 0.6
    /// The highest score two names with different numbers can get.
    public static let numberMismatchCap = 0.5

    /// The thresholds that turn scores into decisions.
    public var thresholds: MatchThresholds
    let normalizer = NameNormalizer()

    /// Creates a scorer with `thresholds`.
    public init(thresholds: MatchThresholds = .standard) {
        self.thresholds = thresholds
    }

    /// Compares two names as written.
    ///
    /// - Parameters:
    ///   - first: a name, e.g. from a holdings file.
    ///   - second: a name, e.g. from a list.
    ///   - exactOnly: count only an exact match after normalisation (for weak aliases).
    /// - Returns: the comparison with its score, decision and explanation.
    public func compare(_ first: String, _ second: String, exactOnly: Bool = false) -> NameComparison {
        compare(normalizer.normalize(first), normalizer.normalize(second), exactOnly: exactOnly)
    }

    /// Compares two normalised names.
    public func compare(_ left: NormalizedName, _ right: NormalizedName, exactOnly: Bool = false) -> NameComparison {
        let alignment = exactOnly ? WordAlignment(exact: left, right) : WordAlignment(left, right)
        var reasons: [String] = []
        var score = alignment.score
        if exactOnly {
            reasons.append(score == 1 ? "exact-only comparison: the normalised words are equal"
                : "exact-only comparison (weak alias): the normalised words differ")
        } else {
            let paired = alignment.pairs.map { format($0, left, right) }.joined(separator: ", ")
            reasons.append("paired: \(paired.isEmpty ? "nothing" : paired)")
            let unpaired = (alignment.unpairedLeft.map { (left.tokens[$0]) } + alignment.unpairedRight.map { right.tokens[$0] })
                .map { "\($0.text) (\(Self.decimal($0.weight)))" }
            if !unpaired.isEmpty { reasons.append("unpaired: " + unpaired.joined(separator: ", ")) }
            if alignment.contradicted {
                reasons.append("both names have unpaired words: each counts at least \(Self.decimal(Self.contradictionWeight))")
            }
            reasons.append("weighted share paired: \(Self.decimal(alignment.matched)) / \(Self.decimal(alignment.total)) = \(Self.decimal(alignment.share))")
            if alignment.score < alignment.share {
                reasons.append("no distinctive word paired except through a typo: capped at \(Self.decimal(Self.weakEvidenceCap))")
            }
        }
        var pairs = alignment.pairs.map { pair in
            TokenPair(left: pair.leftIndices.map { left.tokens[$0].text }, right: pair.rightIndices.map { right.tokens[$0].text },
                      kind: pair.kind, edits: pair.edits, similarity: pair.similarity, weight: pair.weight)
        }
        var unpairedLeft = alignment.unpairedLeft.map { left.tokens[$0] }, unpairedRight = alignment.unpairedRight.map { right.tokens[$0] }
        var isAcronym = false
        if !exactOnly, score < Acronym.similarity, let acronym = Acronym.match(left, right) {
            isAcronym = true
            score = Acronym.similarity
            reasons.append("\(acronym.acronym) spells the initials of \(acronym.expansion): an acronym, \(Self.decimal(Acronym.similarity))")
            pairs = [TokenPair(left: left.tokens.map(\.text), right: right.tokens.map(\.text), kind: .acronym, edits: 0,
                               similarity: Acronym.similarity, weight: OrgWords.distinctiveWeight)]
            unpairedLeft = []
            unpairedRight = []
        }
        let legal = Self.legalAgreement(left, right)
        if legal == .differ {
            score *= Self.legalFormFactor
            reasons.append("legal forms differ (\(left.distinctiveLegalForms.joined(separator: " ")) vs \(right.distinctiveLegalForms.joined(separator: " "))): × \(Self.legalFormFactor)")
        }
        let numbersAgree = left.numbers == right.numbers || isAcronym && Self.spellsNumbersInWords(left, right)
        if !numbersAgree, score > Self.numberMismatchCap {
            score = Self.numberMismatchCap
            reasons.append("numbers differ (\(left.numbers.joined(separator: " ")) vs \(right.numbers.joined(separator: " "))): capped at \(Self.numberMismatchCap)")
        }
        let decision = thresholds.decision(for: score)
        reasons.append("decision: \(decision.rawValue) (match ≥ \(thresholds.match), review ≥ \(thresholds.review))")
        return NameComparison(
            left: left, right: right, exactOnly: exactOnly,
            pairs: pairs, unpairedLeft: unpairedLeft, unpairedRight: unpairedRight,
            legalForms: legal, numbersAgree: numbersAgree, score: score, decision: decision, reasons: reasons)
    }

    /// The score alone, as ``compare(_:_:exactOnly:)-(NormalizedName,_,_)`` computes it, without the explanation.
    public func score(_ left: NormalizedName, _ right: NormalizedName, exactOnly: Bool = false) -> Double {
        var score = exactOnly ? WordAlignment(exact: left, right).score : WordAlignment(left, right, recordPairs: false).score
        var isAcronym = false
        if !exactOnly, score < Acronym.similarity, left.tokens.count == 1 || right.tokens.count == 1, Acronym.match(left, right) != nil {
            score = Acronym.similarity
            isAcronym = true
        }
        if Self.legalAgreement(left, right) == .differ { score *= Self.legalFormFactor }
        if score > Self.numberMismatchCap, left.hasNumbers || right.hasNumbers, left.numbers != right.numbers,
           !(isAcronym && Self.spellsNumbersInWords(left, right)) {
            score = Self.numberMismatchCap
        }
        return score
    }

    /// Whether an acronym's numbers are words its initials spell (`FOGCK`: `FOURTEENTH OCEAN GMBH & CO. KG`):
    /// neither name writes a digit.
    static func spellsNumbersInWords(_ left: NormalizedName, _ right: NormalizedName) -> Bool {
        !left.original.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } && !right.original.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func legalAgreement(_ left: NormalizedName, _ right: NormalizedName) -> LegalFormAgreement {
        let organisational = LegalForms.organisationalForms
        guard left.legalForms.contains(where: { !organisational.contains($0) }),
              right.legalForms.contains(where: { !organisational.contains($0) }) else { return .notCompared }
        let shared = left.legalForms.contains { form in
            !organisational.contains(form) && right.legalForms.contains { LegalForms.family(of: $0) == LegalForms.family(of: form) }
        }
        return shared ? .agree : .differ
    }

    private func format(_ pair: WordAlignment.Pair, _ left: NormalizedName, _ right: NormalizedName) -> String {
        let kind = pair.kind == .typo ? "typo, \(pair.edits) edit\(pair.edits == 1 ? "" : "s")" : pair.kind.rawValue
        let leftText = pair.leftIndices.map { left.tokens[$0].text }.joined(separator: " ")
        let rightText = pair.rightIndices.map { right.tokens[$0].text }.joined(separator: " ")
        return "\(leftText)~\(rightText) [\(kind), sim \(Self.decimal(pair.similarity)), weight \(Self.decimal(pair.weight))]"
    }
}

extension NameScorer {
    /// Formats a number with up to three decimals (`0.9`, `1`, `0.667`).
    static func decimal(_ value: Double) -> String {
        ScoreFormat.decimal(value)
    }
}
