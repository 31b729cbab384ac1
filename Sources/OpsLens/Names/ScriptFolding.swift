/// Letters from other scripts brought to Latin: Greek transliterated, and look-alike letters
/// (Cyrillic `е`, Greek `ο` inside a Latin word: `SЕNSЕTIME`) folded to the Latin letter they imitate.
///
/// Input is already case-folded and stripped of diacritics. A word written wholly in Cyrillic or
/// Greek is transliterated (``CyrillicTransliteration``, ``greekLatin(for:)``); a word that mixes
/// Latin letters with Cyrillic or Greek ones is an obfuscated Latin word, and its foreign letters
/// are read as the Latin letters they look like (``lookAlike(for:)``).
enum ScriptFolding {
    /// The Latin letters for one lowercase Greek letter, or nil when `scalar` is not Greek.
    static func greekLatin(for scalar: Unicode.Scalar) -> String? {
        guard (0x0370...0x03FF).contains(scalar.value) else { return nil }
        return greek[scalar] ?? ""
    }

    /// The Latin letter a lowercase Cyrillic or Greek letter looks like, or nil when it looks like none.
    static func lookAlike(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        lookAlikes[scalar]
    }

    /// Whether `scalar` is Cyrillic or Greek.
    static func isCyrillicOrGreek(_ scalar: Unicode.Scalar) -> Bool {
        (0x0370...0x03FF).contains(scalar.value) || (0x0400...0x04FF).contains(scalar.value) || (0x0500...0x052F).contains(scalar.value)
    }

    /// Characters that show nothing and only split or disguise a word: zero-width spaces and joiners,
    /// the word joiner, the byte-order mark, the soft hyphen and invisible operators.
    static func isInvisible(_ value: UInt32) -> Bool {
        (0x200B...0x200F).contains(value) || (0x2060...0x2064).contains(value) || value == 0xFEFF || value == 0x00AD
            || value == 0x034F || value == 0x180E || (0x202A...0x202E).contains(value)
    }

    /// Whether `value` is a full-width ASCII form (`ＳＥＮＳＥ`), which NFKC folds to ASCII.
    static func isFullWidth(_ value: UInt32) -> Bool {
        (0xFF01...0xFF5E).contains(value)
    }

    private static let greek: [Unicode.Scalar: String] = [
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
        "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
        "χ": "ch", "ψ": "ps", "ω": "o",
    ]

    /// Keyed by the lowercase letter, valued by what its capital looks like (names are mostly written in capitals:
    /// Cyrillic `Н` is read `h`, Greek `Ν` is read `n`).
    private static let lookAlikes: [Unicode.Scalar: Unicode.Scalar] = [
        // Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
        "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w",
        // Greek
        "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "n", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "y", "χ": "x",
    ]
}
