@testable import OpsLens
import Testing

/// `NumberParser` against `ReferenceNumberParserBeforeFastPath`, a verbatim copy of the parser
/// before its fast path: every outcome must be the same, to the bit of the `Double`.
@Suite("NumberParser fast path against the reference parser")
struct NumberParserDifferentialTests {

    static let edgeCases = [
        "", " ", "-", "+", "--", "---", "(", ")", "()", "(-)", "(+)", "-(5)", "(-5)", "(5)-", "(5)%", "(5%)", "%", "-%", "$", "$-",
        "-$", "$%", ".", ",", "..", ",,", ".5", "5.", ",5", "5,", "-.5", "(.5)", "1.2.3", "1,2,3", "1,2.3", "1.2,3", "12-", "-12-",
        "+-12", "12+", "1 234.50", "1'234.50", "1 234,50", "1'234,50", "12 .5", "12. 5", "12.'5", "'", "' '", "N/A", "n/a", "NA",
        "na", "NULL", "none", "None", "—", "-N/A", "(N/A)", "N/A%", "1e5", "1E5", "1.5E+07", "1,5E+07", "1.5e-3", "-1e5", "(1e5)",
        "1e", "e5", "E", "1,000e3", "1.0e3.5", "1e5%", "$1e5", "inf", "nan", "0x10", "00000000000000000000", "0.000000000000000001",
        "0.0000000000000000001", "123456789012345678", "1234567890123456789", "12345678901234567890123", "999999999999999999",
        "9999999999999999999", "18446744073709551615", "18446744073709551616", "1,234,567,890,123,456,789.12",
        "0.123456789012345678", "0.1234567890123456789", "12345678901234567.8", "123456789012345678.9", "-0", "(0)", "0.00",
        "-0.00", "1,126,966,786.32", "0.01", "2,878,734.00", "(1,234)", "1.234,50", "4.15%", "(85,004.12)", "-0.02", "$1,000",
        "747,682,723.92", "1.921.410,00", "6,41", "(12.500,00)", "18.500", "12abc", "Australia", "1\u{A0}234", "١٢٣", "１２３",
        "5%%", "%5", "5%-", "-5%", "+5%", "(5", "5)", "((5))", "$(5)", "($5)", "$$5", "5$",
        "1,2", "1,23", "1,234", "1,2345", ",123", ",12", "1,23a", "1,2a4", "1,a34", "1,2.3", "1,234,5", "1,,234", "1,234.",
        "1, 234", "1,'23", "1,234%", "(1,234)", "(1,23)", "1,23%", "1,234,567,890,123,456,789", "1,234,567,890,123,456.78",
        "123,456,789,012,345,678", "1.234.567.890.123.456.789", "12,345,678,901.23", "1,234,567.8901234567",
    ]

    static let separators: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: ",")]
    static let unusualSeparators: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "$"),
                                             UInt8(ascii: "%"), UInt8(ascii: "("), UInt8(ascii: "e"), UInt8(ascii: "5")]

    /// The first input on which the two parsers disagree, with both outcomes.
    private func firstDisagreement(_ inputs: [[UInt8]], separator: UInt8) -> String? {
        let parser = NumberParser(decimalSeparator: separator)
        let reference = ReferenceNumberParserBeforeFastPath(decimalSeparator: separator)
        for input in inputs {
            let (new, old) = input.withUnsafeBufferPointer { (parser.parse($0), reference.parse($0)) }
            if !Self.same(new, old) {
                return "\(String(decoding: input, as: UTF8.self).debugDescription) with separator "
                    + "\(String(UnicodeScalar(separator))): \(new) but the reference gives \(old)"
            }
        }
        return nil
    }

    /// Equal outcomes, numbers compared by bit pattern (so -0 is not 0 and NaN is NaN).
    private static func same(_ left: NumberParser.Outcome, _ right: ReferenceNumberParserBeforeFastPath.Outcome) -> Bool {
        switch (left, right) {
        case (.null, .null), (.invalid, .invalid): true
        case let (.number(a), .number(b)): a.bitPattern == b.bitPattern
        default: false
        }
    }

    /// Numbers in the shapes holdings files write, correct or subtly wrong: signs, parentheses,
    /// `$`, `%`, group separators (well placed, misplaced, doubled), spaces, apostrophes,
    /// 1 to 24 digits with leading zeros, and sometimes an exponent or a second separator.
    static func shapedNumbers(_ count: Int, decimal: UInt8, random: inout SplitMix) -> [[UInt8]] {
        let group = decimal == UInt8(ascii: ",") ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let digits = Array("0123456789".utf8)
        return (0..<count).map { _ in
            var whole: [UInt8] = (0..<(1 + random.below(random.below(4) == 0 ? 24 : 12))).map { _ in digits[random.below(10)] }
            if random.below(3) == 0 { whole[0] = UInt8(ascii: "0") }
            var bytes: [UInt8] = []
            let grouping = random.below(10)
            for (position, digit) in whole.enumerated() {
                let fromRight = whole.count - position
                if position > 0 && fromRight % 3 == 0 && grouping < 6 { bytes.append(grouping == 5 ? [UInt8(ascii: " "), UInt8(ascii: "'")][random.below(2)] : group) }
                if grouping == 9 && random.below(5) == 0 { bytes.append(group) }  // misplaced or doubled group separators
                bytes.append(digit)
            }
            if random.below(4) != 0 {
                bytes.append(decimal)
                bytes += (0..<random.below(random.below(5) == 0 ? 22 : 5)).map { _ in digits[random.below(10)] }
                if random.below(40) == 0 { bytes.append([decimal, group, UInt8(ascii: " ")][random.below(3)]) }
                if random.below(40) == 0 { bytes += Array("E\(["", "+", "-"][random.below(3)])\(random.below(30))".utf8) }
            }
            if random.below(8) == 0 { bytes.insert(UInt8(ascii: "$"), at: 0) }
            if random.below(8) == 0 { bytes.append(UInt8(ascii: "%")) }
            switch random.below(12) {
            case 0: bytes.insert(UInt8(ascii: "-"), at: 0)
            case 1: bytes.insert(UInt8(ascii: "+"), at: 0)
            case 2: bytes = [UInt8(ascii: "(")] + bytes + [UInt8(ascii: ")")]
            case 3: bytes.append(UInt8(ascii: "-"))
            case 4: bytes = [UInt8(ascii: "(")] + [UInt8(ascii: "-")] + bytes + [UInt8(ascii: ")")]
            default: break
            }
            return bytes
        }
    }

    /// Short strings of the bytes numbers are made of, and a few that they are not.
    static func byteSoup(_ count: Int, random: inout SplitMix) -> [[UInt8]] {
        let alphabet = Array("0123456789000111999.,.,-+()$%' eENA/an—\u{A0}".utf8) + [0x00, 0x7F, 0xFF]
        return (0..<count).map { _ in (0..<random.below(14)).map { _ in alphabet[random.below(alphabet.count)] } }
    }

    @Test("agrees with the reference parser on every edge case, with either decimal separator")
    func agreesOnEdgeCases() {
        let inputs = Self.edgeCases.map { Array($0.utf8) }
        for separator in Self.separators + Self.unusualSeparators {
            #expect(firstDisagreement(inputs, separator: separator) == nil)
        }
    }

    @Test("agrees with the reference parser, bit for bit, on 400,000 generated numbers and byte strings")
    func agreesOnGeneratedInputs() {
        var random = SplitMix(state: 20_260_101)
        for separator in Self.separators {
            #expect(firstDisagreement(Self.shapedNumbers(150_000, decimal: separator, random: &random), separator: separator) == nil)
            #expect(firstDisagreement(Self.byteSoup(50_000, random: &random), separator: separator) == nil)
        }
    }

    @Test("agrees with the reference parser when the decimal separator is unusual")
    func agreesWithUnusualSeparators() {
        var random = SplitMix(state: 7)
        for separator in Self.unusualSeparators {
            #expect(firstDisagreement(Self.shapedNumbers(2_000, decimal: separator, random: &random), separator: separator) == nil)
            #expect(firstDisagreement(Self.byteSoup(2_000, random: &random), separator: separator) == nil)
        }
    }
}

/// `NumberParser` as it was before its fast path (commit d988e72), kept verbatim as the
/// reference that the differential tests compare against. Do not optimise.
struct ReferenceNumberParserBeforeFastPath {
    let decimalSeparator: UInt8
    let groupSeparator: UInt8

    init(decimalSeparator: UInt8) {
        self.decimalSeparator = decimalSeparator
        groupSeparator = decimalSeparator == UInt8(ascii: ",") ? UInt8(ascii: ".") : UInt8(ascii: ",")
    }

    enum Outcome: Equatable {
        case null
        case number(Double)
        case invalid
    }

    /// Parses trimmed bytes; empty, `-`, `--`, `N/A` and `NA` are null.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var start = 0, end = bytes.count
        if end == 0 { return .null }
        var negative = false
        if bytes[start] == UInt8(ascii: "(") && bytes[end - 1] == UInt8(ascii: ")") {
            negative = true; start += 1; end -= 1
        }
        if end - start == 0 { return .invalid }
        if bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
            if end - start == 1 { return negative ? .invalid : .null }  // a lone dash means "none"
            negative = negative != (bytes[start] == UInt8(ascii: "-"))
            start += 1
        } else if bytes[end - 1] == UInt8(ascii: "-"), end - start > 1 {
            negative.toggle(); end -= 1  // trailing minus, as some ledgers write it
        }
        if bytes[start] == UInt8(ascii: "$") { start += 1 }
        if end > start && bytes[end - 1] == UInt8(ascii: "%") { end -= 1 }
        var mantissa: UInt64 = 0, significant = 0, scale = 0, digits = 0
        var seenDecimal = false
        var index = start
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if significant < 18 {
                    mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                    if mantissa > 0 { significant += 1 }
                    if seenDecimal { scale += 1 }
                } else if !seenDecimal {
                    scale -= 1  // beyond 18 digits: keep magnitude, drop precision
                }
            case decimalSeparator:
                if seenDecimal { return .invalid }
                seenDecimal = true
            case groupSeparator, UInt8(ascii: " "), UInt8(ascii: "'"):
                if seenDecimal { return .invalid }
            case UInt8(ascii: "E"), UInt8(ascii: "e"):
                return parseScientific(bytes, start: start, end: end, negative: negative)
            default:
                return isNullWord(bytes, start: start, end: end) ? .null : .invalid
            }
            index += 1
        }
        if digits == 0 { return .invalid }
        var value = Double(mantissa)
        if scale > 0 {
            value = scale < Self.powersOfTen.count ? value / Self.powersOfTen[scale] : value / pow10(scale)
        } else if scale < 0 {
            value *= pow10(-scale)
        }
        guard value.isFinite else { return .invalid }  // since the corpus of bad input: beyond a Double is not a number
        return .number(negative ? -value : value)
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    private func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    private func parseScientific(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, negative: Bool) -> Outcome {
        var cleaned: [UInt8] = []
        for byte in bytes[start..<end] where byte != groupSeparator {
            cleaned.append(byte == decimalSeparator ? UInt8(ascii: ".") : byte)
        }
        let text = String(decoding: cleaned, as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return .invalid }
        return .number(negative ? -value : value)
    }

    private func isNullWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).uppercased()
        return ["N/A", "NA", "-", "--", "—", "NULL", "NONE"].contains(word)
    }
}
