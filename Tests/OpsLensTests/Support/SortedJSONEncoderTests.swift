import Foundation
import Testing
@testable import OpsLens

@Suite("SortedJSONEncoder writes what JSONEncoder writes")
struct SortedJSONEncoderTests {
    static func foundation(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Inf", negativeInfinity: "-Inf", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func sorted(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = SortedJSONEncoder(pretty: pretty, nonFiniteStrings: .init(positiveInfinity: "Inf", negativeInfinity: "-Inf", nan: "NaN"))
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func expectSame(_ value: some Encodable, _ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            #expect(try sorted(value, pretty: pretty) == foundation(value, pretty: pretty), comment, sourceLocation: sourceLocation)
        }
    }

    /// Every shape `Codable` can give: optionals left out and `nil` in arrays, empty containers at
    /// every depth, nested keyed and unkeyed containers, every integer width, floats, enums,
    /// dictionaries with keys whose byte order differs from their alphabetical one.
    struct Everything: Codable {
        enum Kind: String, Codable { case first, second }
        struct Inner: Codable { var name = "inner"; var values: [Double] = [1, 2.5, -0.0, 1e16]; var empty: [String: [Int]] = ["": []] }
        var zebra = "last"
        var alpha: String? = nil
        var beta: String? = "set"
        var kinds: [Kind] = [.first, .second]
        var optionals: [Int?] = [1, nil, 3]
        var emptyArray: [Inner] = []
        var emptyObject: [String: String] = [:]
        var nested: [[Inner]] = [[], [Inner()], [Inner(), Inner(name: "b", values: [], empty: [:])]]
        var dictionary: [String: Inner] = ["b": Inner(), "B": Inner(name: "B"), "a10": Inner(), "a9": Inner(), "é": Inner(), "_": Inner()]
        var integers: [Int64] = [Int64.min, -1, 0, Int64.max]
        var unsigned: [UInt64] = [0, UInt64.max]
        var small: [Int8] = [-128, 127]
        var float: Float = 0.1
        var floats: [Float] = [1, 1e20, 3.4028235e38, 1.1754944e-38]
        var flags = [true, false]
        var nonFinite: [Double] = [.infinity, -.infinity, .nan]
        var date = CalendarDate(iso: "2022-02-08")!
    }

    @Test("every shape Codable gives, compact and pretty")
    func everything() throws {
        try Self.expectSame(Everything())
        try Self.expectSame([Everything(), Everything()])
        try Self.expectSame([String: Everything]())
        try Self.expectSame("top-level string")
        try Self.expectSame(42)
    }

    @Test("awkward strings as values and as keys, compact and pretty")
    func awkwardStrings() throws {
        var random = SplitMix(state: 29)
        let awkward = JSONWriterTests.awkward
        for _ in 0..<300 {
            let text = String(String.UnicodeScalarView((0..<random.below(24)).map { _ in awkward[random.below(awkward.count)] }))
            let key = String(String.UnicodeScalarView((0..<random.below(6)).map { _ in awkward[random.below(awkward.count)] }))
            try Self.expectSame([key: [text]])
            try Self.expectSame([text, key])
        }
    }

    @Test("numbers as JSONEncoder spells them")
    func numbers() throws {
        var random = SplitMix(state: 31)
        var values: [Double] = [0, 0.3, 2.0 / 3, 1e-7, 123456.789, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        while values.count < 1_000 {
            let value = Double(bitPattern: random.next())
            if value.isFinite { values.append(value) }
        }
        try Self.expectSame(values)
    }

    @Test("non-finite numbers are an error when no strings are set, as with JSONEncoder")
    func nonFiniteRefused() {
        #expect(throws: EncodingError.self) { try SortedJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode([Double.nan]) }
    }

    @Test("a screening report and a quarterly report, byte for byte")
    func reports() throws {
        try Self.expectSame(ReportFixtures.report())
        try Self.expectSame(QuarterlyExample.report())
    }

    @Test("a value that encodes nothing is an empty object, and a super-encoder's value lands under super")
    func edges() throws {
        struct Nothing: Encodable { func encode(to encoder: any Encoder) {} }
        struct WithSuper: Encodable {
            enum Key: String, CodingKey { case own, parent }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try container.encode("x", forKey: .own)
                try Everything.Inner().encode(to: container.superEncoder())
                try Everything.Kind.first.encode(to: container.superEncoder(forKey: .parent))
            }
        }
        try Self.expectSame([Nothing()])
        try Self.expectSame(WithSuper())
    }
}
