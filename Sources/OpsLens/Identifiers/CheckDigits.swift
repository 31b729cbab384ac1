/// The check-digit algorithms behind ISIN, CUSIP, SEDOL, FIGI and LEI (DOMAIN.md §4), as
/// python-stdnum 2.2 implements them. Each takes the code without its check digit(s) as
/// upper-case ASCII bytes and returns `nil` when a byte is outside the code's alphabet.
enum CheckDigits {
    /// The value of a digit or letter: `0-9` → 0–9, `A-Z` → 10–35.
    @inline(__always)
    static func alphanumericValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte &- UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte &- UInt8(ascii: "A")) &+ 10
        default: nil
        }
    }

    /// Whether `byte` is one of the vowels SEDOL and FIGI leave out of their alphabets.
    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "A") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "I")
            || byte == UInt8(ascii: "O") || byte == UInt8(ascii: "U")
    }

    /// ISO 6166: Luhn over the decimal expansion of the 11 characters (`A` → `10`, …), the
    /// rightmost expanded digit doubled.
    static func isinCheckDigit<C: BidirectionalCollection<UInt8>>(_ body: C) -> Int? {
        var sum = 0
        var doubled = true  // the rightmost digit of the expansion is doubled
        func add(_ digit: Int) {
            let value = doubled ? digit &* 2 : digit
            sum &+= value >= 10 ? value &- 9 : value
            doubled.toggle()
        }
        for byte in body.reversed() {
            guard let value = alphanumericValue(byte) else { return nil }
            if value >= 10 {
                add(value % 10)
                add(value / 10)
            } else {
                add(value)
            }
        }
        return (10 &- sum % 10) % 10
    }

    /// CUSIP: values `0-9A-Z*@#` (0–38), weights 1,2,1,2… from the left, digits of each product summed.
    static func cusipCheckDigit<C: Collection<UInt8>>(_ body: C) -> Int? {
        var sum = 0
        for (offset, byte) in body.enumerated() {
            guard let value = cusipValue(byte) else { return nil }
            let product = offset % 2 == 1 ? value &* 2 : value
            sum &+= product / 10 &+ product % 10
        }
        return (10 &- sum % 10) % 10
    }

    /// The CUSIP value of a character: `0-9A-Z` as usual, `*` 36, `@` 37, `#` 38.
    @inline(__always)
    static func cusipValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "*"): 36
        case UInt8(ascii: "@"): 37
        case UInt8(ascii: "#"): 38
        default: alphanumericValue(byte)
        }
    }

    /// SEDOL: weights 1,3,1,7,3,9 over the six characters; vowels are not in the alphabet.
    static func sedolCheckDigit<C: Collection<UInt8>>(_ body: C) -> Int? {
        let weights = (1, 3, 1, 7, 3, 9)
        guard body.count == 6 else { return nil }
        var sum = 0
        for (offset, byte) in body.enumerated() {
            guard let value = alphanumericValue(byte), !isVowel(byte) else { return nil }
            let weight = switch offset {
            case 0: weights.0
            case 1: weights.1
            case 2: weights.2
            case 3: weights.3
            case 4: weights.4
            default: weights.5
            }
            sum &+= value &* weight
        }
        return (10 &- sum % 10) % 10
    }

    /// FIGI: values `0-9A-Z` (0–35), every second character from the left doubled, digits of
    /// each product summed.
    static func figiCheckDigit<C: Collection<UInt8>>(_ body: C) -> Int? {
        var sum = 0
        for (offset, byte) in body.enumerated() {
            guard let value = alphanumericValue(byte) else { return nil }
            let product = offset % 2 == 1 ? value &* 2 : value
            sum &+= product / 10 &+ product % 10
        }
        return (10 &- sum % 10) % 10
    }

    /// ISO 7064 MOD 97-10 remainder of the whole code read as one number with letters
    /// expanded (`A` → `10`, …); an LEI is valid when it is 1.
    static func mod97<C: Collection<UInt8>>(_ code: C) -> Int? {
        var remainder = 0
        for byte in code {
            guard let value = alphanumericValue(byte) else { return nil }
            remainder = value >= 10 ? (remainder &* 100 &+ value) % 97 : (remainder &* 10 &+ value) % 97
        }
        return remainder
    }

    /// The two check digits that make `body` (an LEI's first 18 characters) valid under MOD 97-10.
    static func mod97CheckDigits<C: Collection<UInt8>>(_ body: C) -> Int? {
        guard let remainder = mod97(body) else { return nil }
        return 98 &- (remainder &* 100) % 97
    }
}
