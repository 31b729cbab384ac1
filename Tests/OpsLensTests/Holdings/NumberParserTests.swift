@testable import OpsLens
import Testing

@Suite("NumberParser")
struct NumberParserTests {
    private func parse(_ text: String, decimal: Character = ".") -> NumberParser.Outcome {
        let parser = NumberParser(decimalSeparator: decimal.asciiValue!)
        return Array(text.utf8).withUnsafeBufferPointer { parser.parse($0) }
    }

    @Test("reads thousands separators, parenthesised negatives and percentages", arguments: [
        ("1,234,567.89", 1_234_567.89), ("(85,004.12)", -85_004.12), ("-0.02", -0.02), ("4.15%", 4.15),
        ("747,682,723.92", 747_682_723.92), ("0", 0), ("$1,000", 1000), ("1.5E+07", 15_000_000), ("12-", -12),
    ])
    func readsCommonForms(text: String, expected: Double) {
        #expect(parse(text) == .number(expected))
    }

    @Test("reads decimal commas with points as thousands separators", arguments: [
        ("1.921.410,00", 1_921_410.0), ("6,41", 6.41), ("(12.500,00)", -12_500.0), ("18.500", 18_500.0),
    ])
    func readsDecimalCommas(text: String, expected: Double) {
        #expect(parse(text, decimal: ",") == .number(expected))
    }

    @Test("treats a dash, N/A and nothing as no value", arguments: ["", "-", "--", "N/A", "n/a", "NA"])
    func treatsNullMarkersAsNull(text: String) {
        #expect(parse(text) == .null)
    }

    @Test("refuses text and doubled decimal separators", arguments: ["Australia", "1.2.3", "12abc", "()"])
    func refusesNonNumbers(text: String) {
        #expect(parse(text) == .invalid)
    }
}
