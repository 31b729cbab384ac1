/// The check-digit algorithms behind ISIN, CUSIP, SEDOL, FIGI and LEI (see DOMAIN.md §4).
enum CheckDigits {
    /// The value of a digit or letter: `0-9` → 0–9, `A-Z` → 10–35.
    static func alphanumericValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    static func sumOfDigits(_ value: Int) -> Int {
        var value = value, sum = 0
        while value > 0 { sum += value % 10; value /= 10 }
        return sum
    }

    /// ISO 6166: Luhn over the decimal expansion of the first 11 characters.
    static func isinCheckDigit(_ body: [UInt8]) -> Int? {
        var digits: [Int] = []
        for byte in body {
            guard let value = alphanumericValue(byte) else { return nil }
            if value >= 10 { digits.append(value / 10); digits.append(value % 10) } else { digits.append(value) }
        }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            sum += offset % 2 == 0 ? sumOfDigits(digit * 2) : digit
        }
        return (10 - sum % 10) % 10
    }

    /// CUSIP: weights 1,2,1,2… from the left over values `0-9A-Z*@#`, digits of each product summed.
    static func cusipCheckDigit(_ body: [UInt8]) -> Int? {
        var sum = 0
        for (offset, byte) in body.enumerated() {
            let value: Int
            switch byte {
            case UInt8(ascii: "*"): value = 36
            case UInt8(ascii: "@"): value = 37
            case UInt8(ascii: "#"): value = 38
            default:
                guard let plain = alphanumericValue(byte) else { return nil }
                value = plain
            }
            let product = offset % 2 == 1 ? value * 2 : value
            sum += product / 10 + product % 10
        }
        return (10 - sum % 10) % 10
    }

    /// SEDOL: weights 1,3,1,7,3,9 over the six characters; vowels are not allowed.
    static func sedolCheckDigit(_ body: [UInt8]) -> Int? {
        let weights = [1, 3, 1, 7, 3, 9]
        guard body.count == 6 else { return nil }
        var sum = 0
        for (offset, byte) in body.enumerated() {
            guard let value = alphanumericValue(byte), !"AEIOU".utf8.contains(byte) else { return nil }
            sum += value * weights[offset]
        }
        return (10 - sum % 10) % 10
    }

    /// FIGI: from the left, odd positions doubled, digits of each product summed.
    static func figiCheckDigit(_ body: [UInt8]) -> Int? {
        var sum = 0
        for (offset, byte) in body.enumerated() {
            guard let value = alphanumericValue(byte) else { return nil }
            let product = offset % 2 == 1 ? value * 2 : value
            sum += sumOfDigits(product)
        }
        return (10 - sum % 10) % 10
    }

    /// ISO 7064 MOD 97-10 over the whole code with letters expanded (LEI, IBAN style).
    static func mod97(_ code: [UInt8]) -> Int? {
        var remainder = 0
        for byte in code {
            guard let value = alphanumericValue(byte) else { return nil }
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97
        }
        return remainder
    }
}
