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
}

extension NameNormalizer {
    /// Folds `name` (NFKC, case, diacritics, width, Cyrillic to Latin) and cuts it into words.
    ///
    /// Apostrophes join (`XI'AN` → `xian`); hyphens, full stops and other punctuation separate;
    /// runs of Han, Kana or Hangul become words of their own.
    static func rawWords(_ name: String) -> [RawWord] {
        var cutter = WordCutter()
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in name.utf8 { cutter.ascii(byte) }
            cutter.separate()
            return cutter.words
        }
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                cutter.ascii(UInt8(value))
            } else if isCJK(value) {
                cutter.cjk(scalar)
            } else if let latin = CyrillicTransliteration.latin(for: scalar) {
                cutter.letters(latin)
            } else if let latin = latinLetters[scalar] {
                cutter.letters(latin)
            } else if value == 0x2019 || value == 0x2018 || value == 0x02BC || value == 0x00B4 {
                continue  // typographic apostrophes join, as ' does
            } else if (0x2010...0x2015).contains(value) {
                cutter.ascii(0x2D)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                cutter.letters(String(scalar))
            } else {
                cutter.separate()
            }
        }
        cutter.separate()
        return cutter.words
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

    mutating func ascii(_ byte: UInt8) {
        switch byte {
        case 0x61...0x7A, 0x30...0x39:
            endCJK()
            latin.append(byte)
        case 0x41...0x5A:
            endCJK()
            latin.append(byte + 32)
        case 0x27, 0x60:
            break  // apostrophes join: XI'AN → xian
        case 0x2D:
            separate()
            hyphenPending = true
        case 0x2E:
            endLatin(dotAfter: true)
            endCJK()
        default:
            separate()
        }
    }

    mutating func letters(_ text: String) {
        endCJK()
        latin.append(contentsOf: text.utf8)
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
        guard !latin.isEmpty else { return }
        words.append(RawWord(text: String(decoding: latin, as: UTF8.self), hyphenBefore: hyphenPending, dotAfter: dotAfter))
        latin.removeAll(keepingCapacity: true)
        hyphenPending = false
    }

    private mutating func endCJK() {
        guard !cjkRun.isEmpty else { return }
        words.append(RawWord(text: String(cjkRun), isCJK: true, hyphenBefore: hyphenPending))
        cjkRun = String.UnicodeScalarView()
        hyphenPending = false
    }
}
