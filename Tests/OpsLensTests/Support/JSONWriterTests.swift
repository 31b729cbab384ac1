import Foundation
import Testing
@testable import OpsLens

@Suite("JSONWriter writes what JSONEncoder writes")
struct JSONWriterTests {
    /// The encoder `opslens` prints compact JSON with.
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func written(_ body: (inout JSONWriter) -> Void) -> String {
        var json = JSONWriter()
        body(&json)
        return json.text
    }

    /// Characters a name or reason may hold: controls, quotes, slashes, accents, CJK, emoji with
    /// modifiers, right-to-left and zero-width marks, line and paragraph separators, a BOM, DEL.
    static let awkward: [Unicode.Scalar] = (0..<0x80).map { Unicode.Scalar(UInt8($0)) }
        + ["é", "ß", "Ж", "商", "汤", "😀", "\u{1F3FD}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202E}",
           "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{80}", "\u{9F}", "\u{A0}", "\u{10FFFF}"]

    @Test("every ASCII character and awkward Unicode, alone and in a string")
    func strings() throws {
        for scalar in Self.awkward {
            let text = "a\(scalar)b"
            #expect(Self.written { $0.string(text) } == (try Self.encoded(text)), "U+\(String(scalar.value, radix: 16))")
        }
        let all = String(String.UnicodeScalarView(Self.awkward))
        #expect(Self.written { $0.string(all) } == (try Self.encoded(all)))
        #expect(Self.written { $0.string("") } == (try Self.encoded("")))
    }

    @Test("random strings of awkward characters, as values and keys")
    func randomStrings() throws {
        var random = SplitMix(state: 13)
        for _ in 0..<500 {
            let text = String(String.UnicodeScalarView((0..<random.below(24)).map { _ in Self.awkward[random.below(Self.awkward.count)] }))
            let key = String(String.UnicodeScalarView((0..<random.below(6)).map { _ in Self.awkward[random.below(Self.awkward.count)] }))
            #expect(Self.written { json in json.array { $0.string(text) } } == (try Self.encoded([text])))
            #expect(Self.written { json in json.object { $0.key(key); $0.string(text) } } == (try Self.encoded([key: text])))
        }
    }

    @Test("numbers as Swift's shortest form, integral ones without .0, exponents as JSONEncoder writes them")
    func numbers() throws {
        var values: [Double] = [0, -0.0, 1, -1, 0.1, 0.3, 1.5, 2.0 / 3, 100, 1000, 4.2, 1e15, 1e16, 1e20, 1e-7, 123456.789,
                                .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude, 9_007_199_254_740_992, 0x1p53 + 2]
        var random = SplitMix(state: 17)
        while values.count < 2_000 {
            let value = Double(bitPattern: random.next())
            if value.isFinite { values.append(value) }
            values.append(Double(random.below(1_000_000)) / 100)
        }
        for value in values {
            #expect(Self.written { $0.number(value) } == (try Self.encoded(value)), "\(value)")
        }
        for value in [0, -1, 42, Int.max, Int.min] {
            #expect(Self.written { $0.number(value) } == (try Self.encoded(value)))
        }
    }

    @Test("infinity and NaN, which JSONEncoder refuses, are written as null: still JSON")
    func nonFinite() {
        #expect(Self.written { json in json.array { $0.number(Double.infinity); $0.number(-Double.infinity); $0.number(Double.nan) } } == "[null,null,null]")
    }

    @Test("containers compact and pretty, empty ones as JSONEncoder writes them, one value a line")
    func containers() throws {
        #expect(Self.written { json in json.object { _ in }; json.endLine(); json.array { _ in } } == "{}\n[]")
        var pretty = JSONWriter(pretty: true)
        pretty.object { json in
            json.key("a")
            json.array { _ in }
            json.key("b")
            json.array { $0.number(1); $0.string("x") }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        struct Sample: Encodable { var a: [Int] = []; var b: [Bool] = [] }
        let expected = String(decoding: try encoder.encode(Sample()), as: UTF8.self).replacingOccurrences(of: "\"b\" : [\n\n  ]", with: "\"b\" : [\n    1,\n    \"x\"\n  ]")
        #expect(pretty.text == expected)
    }
}
