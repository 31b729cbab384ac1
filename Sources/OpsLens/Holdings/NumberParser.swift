/// Reads numbers as holdings files write them: `1,234.50`, `1.234,50`, `(1,234)`, `4.15%`, `-` for none.
struct NumberParser {
    let decimalSeparator: UInt8
    let groupSeparator: UInt8
    /// Whether `parseCommon` may answer: only with a point or comma as decimal separator, so
    /// that the separator is never also a sign, `$`, `%` or parenthesis to `parseAny`.
    private let hasCommonSeparators: Bool

    init(decimalSeparator: UInt8) {
        self.decimalSeparator = decimalSeparator
        groupSeparator = decimalSeparator == UInt8(ascii: ",") ? UInt8(ascii: ".") : UInt8(ascii: ",")
        hasCommonSeparators = decimalSeparator == UInt8(ascii: ".") || decimalSeparator == UInt8(ascii: ",")
    }

    enum Outcome: Equatable {
        case null
        case number(Double)
        case invalid
    }

    /// Parses trimmed bytes; empty, `-`, `--`, `N/A` and `NA` are null.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        if hasCommonSeparators, let value = parseCommon(bytes) { return .number(value) }
        return parseAny(bytes)
    }

    /// The common shape alone, in one pass: an optional `-`/`+` or enclosing parentheses, digits
    /// with group separators (or spaces, apostrophes), at most one decimal separator followed by
    /// digits only, an optional trailing `%`, and at most 18 digits in all. Anything else is nil
    /// and goes to `parseAny`. (Measured: a branch-free loop and an eight-bytes-at-a-time
    /// version were both slower than this plain loop on holdings-shaped numbers.)
    ///
    /// With at most 18 digits `parseAny` keeps every digit, so its mantissa and scale are the
    /// plain integer of the digits and the count of digits after the separator, and its result
    /// is `Double(mantissa) / 10^scale` with the same exact power of ten: the same bits.
    @inline(__always)
    private func parseCommon(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        var index = 0, end = bytes.count
        var negative = false
        let first = base[0]
        if first == UInt8(ascii: "(") {
            guard base[end - 1] == UInt8(ascii: ")") else { return nil }
            negative = true; index = 1; end -= 1
        } else if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-"); index = 1
        }
        if end > index && base[end - 1] == UInt8(ascii: "%") { end -= 1 }
        var mantissa: UInt64 = 0, digits = 0
        // The whole part: digits, group separators, spaces and apostrophes, in any order.
        while index < end {
            let byte = base[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits += 1
            } else if byte == decimalSeparator {
                break
            } else if byte == groupSeparator && index + 3 < end {
                // A group separator and the three digits that usually follow it, in one step.
                let a = base[index + 1] &- UInt8(ascii: "0"), b = base[index + 2] &- UInt8(ascii: "0")
                let c = base[index + 3] &- UInt8(ascii: "0")
                if a < 10 && b < 10 && c < 10 {
                    mantissa = mantissa &* 1000 &+ UInt64(a) &* 100 &+ UInt64(b) &* 10 &+ UInt64(c)
                    digits += 3
                    index += 4
                    continue
                }
            } else if byte != groupSeparator && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "'") {
                return nil
            }
            index += 1
        }
        var scale = 0
        if index < end {  // at the decimal separator: digits only after it
            index += 1
            let wholeDigits = digits
            while index < end {
                let digit = base[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits += 1
                index += 1
            }
            scale = digits - wholeDigits
        }
        guard digits > 0 && digits <= 18 else { return nil }
        let value = scale == 0 ? Double(mantissa) : Double(mantissa) / Self.exactPowerOfTen(scale)
        return negative ? -value : value
    }

    /// 10^exponent for 1...18, each exact in a `Double` and so equal to `powersOfTen[exponent]`.
    @inline(__always)
    private static func exactPowerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        default: 1e18
        }
    }

    /// Every form `parse` accepts, including exponents, `$`, trailing minus, 19 digits or more and null words.
    @inline(never)
    private func parseAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
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
        guard value.isFinite else { return .invalid }  // more digits than a Double holds
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
