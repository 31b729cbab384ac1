/// Two words (or a word and two adjacent words) that a comparison paired.
public struct TokenPair: Sendable, Hashable, Codable {
    /// The word(s) from the first name.
    public var left: [String]
    /// The word(s) from the second name.
    public var right: [String]
    /// How they paired.
    public var kind: PairKind
    /// The number of edits, for a typo.
    public var edits: Int
    /// How alike they are, in [0, 1].
    public var similarity: Double
    /// The weight the pair carries (the larger of the two words' weights).
    public var weight: Double
}

/// How the legal forms of two names compare.
public enum LegalFormAgreement: String, Sendable, Hashable, Codable {
    /// Both names carry a distinctive legal form and they share one, or one of its kind (``LegalForms/family(of:)``).
    case agree
    /// Both names carry distinctive legal forms and share none (`INC` vs `LIMITED`): the score is lowered.
    ///
    /// Different legal forms mean different legal persons, so equal words alone go to review: OFAC's
    /// `SENSETIME GROUP LIMITED` (Hong Kong) and the HKEX issuer `SENSETIME GROUP INC` (Cayman) score
    /// 0.8. Only a curated, labelled mapping should connect such names.
    case differ
    /// At most one name carries a distinctive legal form: nothing to compare.
    case notCompared = "not-compared"
}

/// The full account of one name comparison: what was compared, what paired, and why the score is what it is.
///
/// The score is the share of the two names' weighted words that pair with each other:
/// `Σ similarity·weight over pairs / (Σ weight over pairs + Σ weight of unpaired words on both sides)`,
/// where an unpaired word counts at least ``NameScorer/contradictionWeight`` when both names have
/// unpaired words (they then say different things, not just more or less). Unless it is 1, the share is
/// capped at ``NameScorer/weakEvidenceCap`` when no distinctive word paired except through a typo (and the names
/// differ by more than qualifiers in parentheses), multiplied by
/// ``NameScorer/legalFormFactor`` when the legal forms differ, and capped at
/// ``NameScorer/numberMismatchCap`` when the numbers in the names differ. So 1 means the same words
/// after normalisation; 0.5 means half the weighted content is unaccounted for.
public struct NameComparison: Sendable, Hashable, Codable {
    /// The first name, normalised.
    public var left: NormalizedName
    /// The second name, normalised.
    public var right: NormalizedName
    /// Whether only an exact match after normalisation counted (weak aliases).
    public var exactOnly: Bool
    /// The words that paired.
    public var pairs: [TokenPair]
    /// Words of the first name left without a partner.
    public var unpairedLeft: [NameToken]
    /// Words of the second name left without a partner.
    public var unpairedRight: [NameToken]
    /// How the legal forms compare.
    public var legalForms: LegalFormAgreement
    /// Whether both names carry the same numbers.
    public var numbersAgree: Bool
    /// The score in [0, 1].
    public var score: Double
    /// The decision under the scorer's thresholds.
    public var decision: MatchDecision
    /// Why the score is what it is, one sentence per step.
    public var reasons: [String]
}
