/// One word of a normalised name, with what kind of word it is and how much it weighs.
public struct NameToken: Sendable, Hashable, Codable {
    /// What a word is, which decides how it may pair with another.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A word in Latin letters (after transliteration); may pair with a typo or an abbreviation.
        case word
        /// Digits only; must agree exactly.
        case number
        /// Han, Kana, Hangul or other non-Latin script; pairs only when equal.
        case script
    }

    /// The canonical text, e.g. `group` for `GRP`.
    public var text: String
    /// What kind of word this is.
    public var kind: Kind
    /// How much this word tells issuers apart: 1 for a distinctive word, down to 0.1 for `group`.
    public var weight: Double
    /// Whether the word may be cut short: it ended with `.` (`ELECTR.`) or ends a name cut at the file's width.
    public var mayBeAbbreviated: Bool

    /// Creates a token.
    public init(text: String, kind: Kind, weight: Double, mayBeAbbreviated: Bool = false) {
        self.text = text
        self.kind = kind
        self.weight = weight
        self.mayBeAbbreviated = mayBeAbbreviated
    }
}

/// A name after ``NameNormalizer``: its words, its legal forms and nothing else.
public struct NormalizedName: Sendable, Hashable, Codable {
    /// The name as given.
    public var original: String
    /// The words that identify the issuer, in their original order.
    public var tokens: [NameToken]
    /// The compare forms of the legal forms found (`ltd`, `pjsc`), sorted, without repeats.
    public var legalForms: [String]

    /// Whether the name was disguised: letters from another script that look Latin (`SЕNSЕTIME` with a
    /// Cyrillic `Е`), full-width letters or invisible characters, all read as the Latin name they imitate.
    public var isObfuscated: Bool

    /// Creates a normalised name.
    public init(original: String, tokens: [NameToken], legalForms: [String], isObfuscated: Bool = false) {
        self.original = original
        self.tokens = tokens
        self.legalForms = legalForms
        self.isObfuscated = isObfuscated
    }

    /// The words joined by spaces, e.g. `guangzhou haige communications group`.
    public var text: String { tokens.map(\.text).joined(separator: " ") }

    /// The words sorted and joined: two names with the same key are equal after normalisation.
    public var key: String { tokens.map(\.text).sorted().joined(separator: " ") }

    /// Whether the name holds a number.
    public var hasNumbers: Bool { tokens.contains { $0.kind == .number } }

    /// The numbers in the name, sorted.
    public var numbers: [String] { tokens.filter { $0.kind == .number }.map(\.text).sorted() }

    /// The legal forms that say something about the issuer (not `co` or `corp`).
    public var distinctiveLegalForms: [String] {
        legalForms.filter { !LegalForms.organisationalForms.contains($0) }
    }
}
