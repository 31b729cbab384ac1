/// Reads numbers as holdings files write them: `1,234.50`, `1.234,50`, `(1,234)`, `4.15%`, `-` for none.
struct NumberParser {
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
        guard let value = Double(text) else { return .invalid }
        return .number(negative ? -value : value)
    }

    private func isNullWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).uppercased()
        return ["N/A", "NA", "-", "--", "—", "NULL", "NONE"].contains(word)
    }
}
