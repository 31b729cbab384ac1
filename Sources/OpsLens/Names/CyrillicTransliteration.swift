/// Cyrillic to Latin transliteration, close to the BGN/PCGN romanisation OFAC uses (`ЛУКОЙЛ` → `lukoil`).
///
/// Input is already case-folded and stripped of diacritics (so `й` arrives as `и` and `ё` as `е`).
enum CyrillicTransliteration {
    /// The Latin letters for one lowercase Cyrillic letter, or nil when `scalar` is not Cyrillic.
    static func latin(for scalar: Unicode.Scalar) -> String? {
        guard (0x0400...0x04FF).contains(scalar.value) else { return nil }
        return cyrillic[scalar] ?? ""
    }

    private static let cyrillic: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya", "ё": "e", "є": "ye", "і": "i", "ї": "yi", "ґ": "g",
        "ў": "u", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ђ": "dj", "ѓ": "gj", "ќ": "kj",
        "ѕ": "dz", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    ]
}
