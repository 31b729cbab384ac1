/// A word reduced to how it sounds across romanisations, so that one name written by different
/// transliteration systems compares equal: `KHAMSHO` ~ `HAMSHO`, `ILDZHIN` ~ `ILJIN`, `TSENTR` ~ `ZENTR`,
/// `ALFA` ~ `ALPHA`, `YULIA` ~ `IULIA`, `JAYSH` ~ `JAISH`.
///
/// Cyrillic letters have several accepted Latin spellings (BGN/PCGN, ICAO, GOST): `Ж` zh/j, `Х` kh/h,
/// `Ц` ts/c, `Щ` shch/shh, `Ю` yu/iu, `Я` ya/ia, `Й` y/i, and the soft sign written or dropped; names
/// written in Cyrillic after the Latin original are spelt letter by letter (`ДЖ` for `J`, `Х` for `H`,
/// `КС` for `X`). The key folds each such group to one spelling on both sides: `shch` → `sh`, `dzh` and
/// `zh` → `j`, `kh` → `h`, `ph` and `pkh` → `f`, `ck`, `c`, `q` → `k`, `ts`, `tz` → `z`, `x` → `ks`, `y` and a `j` between a vowel and a consonant → `i`,
/// `w` → `v`, a final `ij` → `i`, and doubled letters once. Words with anything but `a`–`z` keep their text.
enum PhoneticKey {
    /// The key of a lowercase word.
    static func of(_ text: String) -> String {
        var text = text
        let key: String? = text.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { output -> String? in
                var length = 0, index = 0
                while index < bytes.count {
                    let (first, second, consumed) = fold(bytes, at: index, after: length > 0 ? output[length - 1] : 0)
                    if first != 0, length == 0 || output[length - 1] != first {
                        output[length] = first
                        length += 1
                    }
                    if second != 0, output[length - 1] != second {
                        output[length] = second
                        length += 1
                    }
                    index += consumed
                }
                if length == bytes.count, (0..<length).allSatisfy({ output[$0] == bytes[$0] }) { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: output[..<length]), as: UTF8.self)
            }
        }
        return key ?? text
    }

    /// The key's letters (0 for none) for the group of letters at `index`, and how many letters the group has.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, after previous: UInt8) -> (UInt8, UInt8, Int) {
        let next1 = index + 1 < bytes.count ? bytes[index + 1] : 0
        let next2 = index + 2 < bytes.count ? bytes[index + 2] : 0
        let next3 = index + 3 < bytes.count ? bytes[index + 3] : 0
        switch bytes[index] {
        case a("s") where next1 == a("h") && next2 == a("c") && next3 == a("h"): return (a("s"), a("h"), 4)
        case a("d") where next1 == a("z") && next2 == a("h"): return (a("j"), 0, 3)
        case a("z") where next1 == a("h"): return (a("j"), 0, 2)
        case a("k") where next1 == a("h"): return (a("h"), 0, 2)
        case a("p") where next1 == a("h"): return (a("f"), 0, 2)
        case a("p") where next1 == a("k") && next2 == a("h"): return (a("f"), 0, 3)
        case a("c") where next1 == a("k"): return (a("k"), 0, 2)
        case a("t") where next1 == a("s") || next1 == a("z"): return (a("z"), 0, 2)
        case a("i") where next1 == a("j") && index + 2 == bytes.count: return (a("i"), 0, 2)
        case a("x") where next1 == a("x"): return (0, 0, 1)
        case a("x"): return (a("k"), a("s"), 1)
        case a("j") where isVowel(previous) && !isVowel(next1): return (a("i"), 0, 1)
        case a("c"), a("q"): return (a("k"), 0, 1)
        case a("y"): return (a("i"), 0, 1)
        case a("w"): return (a("v"), 0, 1)
        default: return (bytes[index], 0, 1)
        }
    }

    @inline(__always) private static func a(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == a("a") || byte == a("e") || byte == a("i") || byte == a("o") || byte == a("u")
    }
}
