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
        let count = text.utf8.count
        guard count > 0, text.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return text }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 2) { output in
            var length = 0
            func emit(_ byte: UInt8) {
                if length > 0, output[length - 1] == byte { return }
                output[length] = byte
                length += 1
            }
            var text = text
            text.withUTF8 { bytes in
                var index = 0
                func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
                while index < bytes.count {
                    let byte = bytes[index]
                    switch byte {
                    case a("s") where next(1) == a("h") && next(2) == a("c") && next(3) == a("h"):
                        emit(a("s")); emit(a("h")); index += 4
                    case a("d") where next(1) == a("z") && next(2) == a("h"):
                        emit(a("j")); index += 3
                    case a("z") where next(1) == a("h"):
                        emit(a("j")); index += 2
                    case a("k") where next(1) == a("h"):
                        emit(a("h")); index += 2
                    case a("p") where next(1) == a("h"):
                        emit(a("f")); index += 2
                    case a("p") where next(1) == a("k") && next(2) == a("h"):
                        emit(a("f")); index += 3
                    case a("c") where next(1) == a("k"):
                        emit(a("k")); index += 2
                    case a("t") where next(1) == a("s") || next(1) == a("z"):
                        emit(a("z")); index += 2
                    case a("i") where next(1) == a("j") && index + 2 == bytes.count:
                        emit(a("i")); index += 2
                    case a("x") where next(1) == a("x"):
                        index += 1
                    case a("x"):
                        emit(a("k")); emit(a("s")); index += 1
                    case a("j") where length > 0 && isVowel(output[length - 1]) && !isVowel(next(1)):
                        emit(a("i")); index += 1
                    case a("c"), a("q"):
                        emit(a("k")); index += 1
                    case a("y"):
                        emit(a("i")); index += 1
                    case a("w"):
                        emit(a("v")); index += 1
                    default:
                        emit(byte); index += 1
                    }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: output[..<length]), as: UTF8.self)
        }
    }

    private static func a(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == a("a") || byte == a("e") || byte == a("i") || byte == a("o") || byte == a("u")
    }
}
