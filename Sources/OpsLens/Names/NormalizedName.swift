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
    public var text: String { didSet { phonetic = Self.phonetic(text, kind) } }
    /// What kind of word this is.
    public var kind: Kind { didSet { phonetic = Self.phonetic(text, kind) } }
    /// How much this word tells issuers apart: 1 for a distinctive word, down to 0.1 for `group`.
    public var weight: Double
    /// Whether the word may be cut short: it ended with `.` (`ELECTR.`) or ends a name cut at the file's width.
    public var mayBeAbbreviated: Bool
    /// How the word sounds across romanisations (``PhoneticKey``); derived from ``text``, not encoded.
    var phonetic: String { didSet { romanised = phonetic != text } }
    /// Whether ``phonetic`` differs from ``text`` (a word the key changes may pair by it).
    private(set) var romanised = false
    /// Whether the word was transliterated from Cyrillic or Greek: it may then pair with a short word by
    /// ``phonetic`` (`КРХ` ~ `CRH`, `БЙД` ~ `BYD`). Not encoded, and not part of equality.
    var transliterated = false

    /// Creates a token.
    public init(text: String, kind: Kind, weight: Double, mayBeAbbreviated: Bool = false) {
        self.text = text
        self.kind = kind
        self.weight = weight
        self.mayBeAbbreviated = mayBeAbbreviated
        phonetic = Self.phonetic(text, kind)
        romanised = phonetic != text
    }

    private static func phonetic(_ text: String, _ kind: Kind) -> String {
        kind == .word ? PhoneticKey.of(text) : text
    }

    public static func == (lhs: NameToken, rhs: NameToken) -> Bool {
        lhs.text == rhs.text && lhs.kind == rhs.kind && lhs.weight == rhs.weight && lhs.mayBeAbbreviated == rhs.mayBeAbbreviated
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(kind)
        hasher.combine(weight)
        hasher.combine(mayBeAbbreviated)
    }

    private enum CodingKeys: String, CodingKey {
        case text, kind, weight, mayBeAbbreviated
    }

    /// Decodes a token; its phonetic key is derived again from its text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try container.decode(String.self, forKey: .text), kind: try container.decode(Kind.self, forKey: .kind),
                  weight: try container.decode(Double.self, forKey: .weight),
                  mayBeAbbreviated: try container.decode(Bool.self, forKey: .mayBeAbbreviated))
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
