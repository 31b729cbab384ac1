@testable import OpsLens
import Testing

@Suite("StringInterner")
struct StringInternerTests {
    /// An interner with a count of the calls to `make` (a call means a new string, none a shared one).
    final class Counting {
        var interner: StringInterner
        var made = 0

        /// A new interner, or a copy of another's (the two then share their tables until one stores a string).
        init(copying other: Counting? = nil) {
            interner = other?.interner ?? StringInterner()
        }

        func intern(_ bytes: [UInt8]) -> String {
            bytes.withUnsafeBufferPointer { buffer in
                interner.string(for: buffer) { made += 1; return String(decoding: $0, as: UTF8.self) }
            }
        }

        func intern(_ text: String) -> String { intern(Array(text.utf8)) }

        /// Whether interning `text` again shares a stored string (and returns the right one).
        func isStored(_ text: String) -> Bool {
            let before = made
            let value = intern(text)
            #expect(value == text, "interning \(text.debugDescription) returned \(value.debugDescription)")
            return made == before
        }
    }


    /// Two different ASCII texts of `count` bytes (32, or 40 and more) with equal
    /// `StringInterner.tableHash`, the hash the table places and tags strings by.
    ///
    /// Its first lane mixes bytes 0–7 and then bytes 16–23 as `state = f(state ^ word)` with `f`
    /// a bijection and no other step reads those bytes, so after two different first words,
    /// words at 16 that cancel the difference of the two states leave equal states, and equal
    /// remaining bytes then give equal hashes.
    static func collidingPair(count: Int, variant: UInt64) -> ([UInt8], [UInt8]) {
        func state(after word: UInt64) -> UInt64 {
            var state = (0x9E37_79B9_7F4A_7C15 ^ UInt64(count) ^ word) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 31
            return state
        }
        func bytes(_ word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
        func word(_ bytes: [UInt8]) -> UInt64 { bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) } }
        let first = word(Array("ISSUER".utf8) + [UInt8(ascii: "A") + UInt8(variant % 26), UInt8(ascii: "A") + UInt8(variant / 26 % 26)])
        let cancelling = word(Array("CAPITAL ".utf8))
        let middle = Array("HOLDINGS".utf8), tail = (24..<count).map { UInt8(ascii: "A") + UInt8($0 % 26) }
        var random = SplitMix(state: variant)
        while true {
            let other = word((0..<8).map { _ in UInt8(ascii: "A") + UInt8(random.next() % 26) })
            let difference = state(after: first) ^ state(after: other)
            guard other != first, difference & 0x8080_8080_8080_8080 == 0 else { continue }  // keeps the cancelling word ASCII
            return (bytes(first) + middle + bytes(cancelling) + tail, bytes(other) + middle + bytes(cancelling ^ difference) + tail)
        }
    }

    @Test("makes a string once for the same bytes and shares it after")
    func sharesRepeatedBytes() {
        let interner = Counting()
        let first = interner.intern("NEW YORK STOCK EXCHANGE INC.")
        #expect(interner.made == 1)
        #expect(interner.intern("NEW YORK STOCK EXCHANGE INC.") == first)
        #expect(interner.intern("") == "")
        #expect(interner.intern("") == "")
        #expect(interner.intern("NYSE") == "NYSE")
        #expect(interner.isStored("NEW YORK STOCK EXCHANGE INC.") && interner.isStored("") && interner.isStored("NYSE"))
        #expect(interner.made == 3)
    }

    @Test("returns the right string for different texts with equal 64-bit table hashes", arguments: [32, 40, 41, 48, 64, 100])
    func collisionsCostANewStringNeverAWrongOne(count: Int) {
        let interner = Counting()
        for variant in 1...20 as ClosedRange<UInt64> {
            let (left, right) = Self.collidingPair(count: count, variant: variant)
            let (leftText, rightText) = (String(decoding: left, as: UTF8.self), String(decoding: right, as: UTF8.self))
            let hashes = left.withUnsafeBufferPointer(StringInterner.tableHash) == right.withUnsafeBufferPointer(StringInterner.tableHash)
            #expect(left != right && hashes, "the pair does not collide: \(leftText) / \(rightText)")
            #expect(interner.intern(left) == leftText)
            #expect(interner.intern(right) == rightText)
            #expect(interner.isStored(leftText) && interner.isStored(rightText))
        }
        #expect(interner.made == 40)
    }

    @Test("keeps hash(_:) as it was, since other code keys dictionaries by it", arguments: [
        ("", 0x2AD0_938B_4C26_D017 as UInt64), ("NYSE", 0x4CDB_60CF_FB0E_0070), ("New York Stock Exchange Inc.", 0x0E5C_9BBD_C9D5_D479),
        ("SOCIÉTÉ GÉNÉRALE SA", 0xDA17_E184_46C9_E349),
    ])
    func hashIsUnchanged(text: String, expected: UInt64) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(StringInterner.hash) == expected)
    }

    @Test("tells apart texts that differ in one byte anywhere, or share a long prefix")
    func nearIdenticalTexts() {
        let interner = Counting()
        var texts: [String] = []
        for length in [1, 7, 8, 9, 15, 16, 17, 39, 40, 41, 48, 80] {
            let base = Array(String(repeating: "ACME HOLDINGS ", count: 6).utf8.prefix(length))
            texts.append(String(decoding: base, as: UTF8.self))
            for position in 0..<length {
                var changed = base
                changed[position] ^= 0x01
                texts.append(String(decoding: changed, as: UTF8.self))
            }
        }
        let sameStart = String(repeating: "X", count: 40)
        texts += ["", "A", "AB", sameStart + "1", sameStart + "2", sameStart + "12", sameStart + "21", sameStart + String(repeating: "Y", count: 300)]
        texts = Array(Set(texts)).sorted()
        for text in texts { #expect(interner.intern(text) == text) }
        #expect(interner.made == texts.count)
        for text in texts.reversed() { #expect(interner.isStored(text)) }
        #expect(interner.made == texts.count)
    }

    @Test("compares long texts in full, wherever they differ", arguments: [41, 47, 48, 49, 200, 4_000])
    func longTexts(length: Int) {
        let interner = Counting()
        let base = Array((0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) })
        #expect(interner.intern(base) == String(decoding: base, as: UTF8.self))
        let positions = Set([0, 39, 40, length / 2, length - 2, length - 1])
        for position in positions {
            var changed = base
            changed[position] = UInt8(ascii: "#")
            #expect(interner.intern(changed) == String(decoding: changed, as: UTF8.self))
        }
        #expect(interner.made == 1 + positions.count)
        #expect(interner.isStored(String(decoding: base, as: UTF8.self)))
        #expect(interner.intern(Array(base.dropLast())) == String(decoding: base.dropLast(), as: UTF8.self))
        #expect(interner.made == 2 + positions.count)
    }

    @Test("keeps every string as the table grows to 100,000 distinct texts")
    func growth() {
        let interner = Counting()
        var random = SplitMix(state: 42)
        let texts = (0..<100_000).map { "ISSUER \($0) " + String(repeating: "Z", count: Int(random.next() % 25)) }
        for text in texts { #expect(interner.intern(text) == text) }
        #expect(interner.made == texts.count)
        var shuffled = texts
        shuffled.shuffle(using: &random)
        var missing = 0
        for text in shuffled where !interner.isStored(text) { missing += 1 }
        #expect(missing == 0)
    }

    @Test("shares non-ASCII UTF-8, and never stores a string whose UTF-8 is not the bytes looked up")
    func nonASCII() {
        let interner = Counting()
        for text in ["SOCIÉTÉ GÉNÉRALE SA", "株式会社三菱UFJフィナンシャル・グループ", "Ελληνικά Πετρέλαια", "Ağ", "€"] {
            #expect(interner.intern(text) == text)
            #expect(interner.isStored(text))
        }
        #expect(interner.made == 5)
        let invalid: [UInt8] = Array("SOCI".utf8) + [0xC9] + Array("T".utf8) + [0xC9] + Array(" G\u{C9}N\u{C9}RALE".utf8) + [0xFF]
        let repaired = String(decoding: invalid, as: UTF8.self)
        #expect(interner.intern(invalid) == repaired)
        #expect(interner.intern(invalid) == repaired)
        #expect(interner.made == 7)  // made again each time, as the repaired string's bytes are other bytes
        #expect(interner.intern(repaired) == repaired)
        #expect(interner.isStored(repaired))
    }

    @Test("stops storing new strings beyond maximumCount, and still returns the right ones")
    func maximumCount() {
        let interner = Counting()
        for number in 0..<StringInterner.maximumCount { _ = interner.intern("#\(number)") }
        #expect(interner.made == StringInterner.maximumCount)
        #expect(interner.intern("one too many") == "one too many")
        #expect(!interner.isStored("one too many"))
        #expect(interner.isStored("#0") && interner.isStored("#\(StringInterner.maximumCount - 1)"))
    }

    @Test("a copy keeps the strings it had and stores its own new ones apart")
    func copiesAreIndependent() {
        let original = Counting()
        _ = original.intern("SHARED BY BOTH COPIES LTD")
        let copy = Counting(copying: original)
        for number in 0..<5_000 { _ = copy.intern("ONLY IN THE COPY \(number)") }  // grows the copy's tables
        _ = original.intern("ONLY IN THE ORIGINAL PLC")
        #expect(copy.isStored("SHARED BY BOTH COPIES LTD") && original.isStored("SHARED BY BOTH COPIES LTD"))
        #expect(copy.isStored("ONLY IN THE COPY 4999") && !original.isStored("ONLY IN THE COPY 4999"))
        #expect(original.isStored("ONLY IN THE ORIGINAL PLC") && !copy.isStored("ONLY IN THE ORIGINAL PLC"))
    }
}
