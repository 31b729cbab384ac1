import Foundation

/// A word as cut from the raw text, before legal forms, noise and synonyms are dealt with.
struct RawWord: Hashable {
    var text: String
    /// Han, Kana or Hangul.
    var isCJK = false
    /// A hyphen stood right before the word (`MEITUAN-W`).
    var hyphenBefore = false
    /// A full stop stood right after the word (`ELECTR.`).
    var dotAfter = false
    /// The word stood in parentheses (`X (SCHWEIZ) AG`).
    var inParentheses = false
    /// The name was disguised: look-alike letters from another script, full-width letters or invisible characters.
    var obfuscated = false
    /// Letters of the word were transliterated from Cyrillic or Greek (`КОМПАНЙ` → `kompani`).
    var transliterated = false
}

extension NameNormalizer {
    /// Folds `name` (NFKC, case, diacritics, width, Cyrillic and Greek to Latin) and cuts it into words.
    ///
    /// Apostrophes join (`XI'AN` → `xian`); hyphens, full stops and other punctuation separate;
    /// runs of Han, Kana or Hangul become words of their own. Invisible characters are dropped, and a
    /// word that mixes Latin with Cyrillic or Greek look-alikes is read as Latin (``ScriptFolding``);
    /// such words, and full-width letters, mark the words as ``RawWord/obfuscated``.
    static func rawWords(_ name: String) -> [RawWord] {
        var cutter = WordCutter()
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in name.utf8 { cutter.ascii(byte) }
            cutter.separate()
            return cutter.words
        }
        var disguised = false
        var visible = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if ScriptFolding.isInvisible(scalar.value) { disguised = true; continue }
            if ScriptFolding.isFullWidth(scalar.value) { disguised = true }
            visible.append(scalar)
        }
        let folded = Array(String(visible).precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).unicodeScalars)
        let mixed = mixedScriptLetters(folded)
        for (index, scalar) in folded.enumerated() {
            let value = scalar.value
            if value < 0x80 {
                cutter.ascii(UInt8(value))
            } else if mixed[index], let latin = ScriptFolding.lookAlike(for: scalar) {
                disguised = true
                cutter.letters(String(latin))
            } else if isCJK(value) {
                cutter.cjk(scalar)
            } else if let latin = CyrillicTransliteration.latin(for: scalar) ?? ScriptFolding.greekLatin(for: scalar) {
                cutter.letters(latin, transliterated: true)
            } else if let latin = latinLetters[scalar] {
                cutter.letters(latin)
            } else if value == 0x2019 || value == 0x2018 || value == 0x02BC || value == 0x00B4 {
                cutter.ascii(0x27)  // typographic apostrophes join, as ' does
            } else if (0x2010...0x2015).contains(value) {
                cutter.ascii(0x2D)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                cutter.letters(String(scalar))
            } else {
                cutter.separate()
            }
        }
        cutter.separate()
        if disguised {
            for index in cutter.words.indices { cutter.words[index].obfuscated = true }
        }
        return cutter.words
    }

    /// For each scalar, whether it is a Cyrillic or Greek letter in a word that also holds Latin letters.
    private static func mixedScriptLetters(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var mixed = [Bool](repeating: false, count: scalars.count)
        var start = 0
        while start < scalars.count {
            var end = start, latin = false, foreign = false
            while end < scalars.count, scalars[end].properties.isAlphabetic {
                let value = scalars[end].value
                if (0x61...0x7A).contains(value) { latin = true }
                if ScriptFolding.isCyrillicOrGreek(scalars[end]) { foreign = true }
                end += 1
            }
            if latin && foreign {
                for index in start..<end where ScriptFolding.isCyrillicOrGreek(scalars[index]) { mixed[index] = true }
            }
            start = end + 1
        }
        return mixed
    }

    /// Han (with extensions and compatibility ideographs), Hiragana, Katakana and Hangul.
    static func isCJK(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0x20000...0x2FA1F).contains(value) || (0x3040...0x30FF).contains(value)
            || (0xAC00...0xD7AF).contains(value) || (0x1100...0x11FF).contains(value) || (0x3130...0x318F).contains(value)
            || value == 0x3005 || value == 0x30FC
    }

    /// Latin letters that neither NFKC nor diacritic folding take apart.
    private static let latinLetters: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ð": "d", "ß": "ss",
    ]
}

/// Collects words from a stream of folded characters.
private struct WordCutter {
    var words: [RawWord] = []
    private var latin: [UInt8] = []
    private var cjkRun = String.UnicodeScalarView()
    private var hyphenPending = false
    private var parentheses = 0
    /// Where an apostrophe stood in the current Latin word, or -1.
    private var apostrophe = -1
    /// Whether letters of the current Latin word were transliterated.
    private var transliterated = false

    mutating func ascii(_ byte: UInt8) {
        switch byte {
        case 0x61...0x7A, 0x30...0x39:
            endCJK()
            latin.append(byte)
        case 0x41...0x5A:
            endCJK()
            latin.append(byte + 32)
        case 0x27, 0x60:
            apostrophe = latin.count  // apostrophes join: XI'AN → xian
        case 0x2D:
            separate()
            hyphenPending = true
        case 0x2E:
            endLatin(dotAfter: true)
            endCJK()
        case 0x28, 0x5B:
            separate()
            parentheses += 1
        case 0x29, 0x5D:
            separate()
            parentheses = max(0, parentheses - 1)
        default:
            separate()
        }
    }

    mutating func letters(_ text: String, transliterated: Bool = false) {
        endCJK()
        latin.append(contentsOf: text.utf8)
        if transliterated { self.transliterated = true }
    }

    mutating func cjk(_ scalar: Unicode.Scalar) {
        endLatin(dotAfter: false)
        cjkRun.append(scalar)
    }

    mutating func separate() {
        endLatin(dotAfter: false)
        endCJK()
    }

    private mutating func endLatin(dotAfter: Bool) {
        defer { apostrophe = -1 }
        guard !latin.isEmpty else { return }
        if apostrophe > 0, apostrophe == latin.count - 1, latin.last == UInt8(ascii: "s") {
            latin.removeLast()  // a possessive: BANK'S → bank
        }
        words.append(RawWord(text: String(decoding: latin, as: UTF8.self), hyphenBefore: hyphenPending, dotAfter: dotAfter,
                             inParentheses: parentheses > 0, transliterated: transliterated))
        latin.removeAll(keepingCapacity: true)
        hyphenPending = false
        transliterated = false
    }

    private mutating func endCJK() {
        guard !cjkRun.isEmpty else { return }
        words.append(RawWord(text: String(cjkRun), isCJK: true, hyphenBefore: hyphenPending, inParentheses: parentheses > 0))
        cjkRun = String.UnicodeScalarView()
        hyphenPending = false
    }
}
