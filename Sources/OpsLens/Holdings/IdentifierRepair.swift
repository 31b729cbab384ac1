/// Puts back the leading zeros spreadsheets strip, where the market or check digit makes it unambiguous.
enum IdentifierRepair {
    /// A SEDOL of fewer than seven characters, zero-filled, when that makes its check digit valid.
    static func sedol(_ value: String) -> Repair? {
        zeroFilled(value, to: 7, kind: .sedol, field: .sedol,
                   reason: "leading zeros restored: the 7-character SEDOL's check digit is valid")
    }

    /// An all-digit CUSIP of fewer than nine characters, zero-filled, when that makes its check digit valid.
    static func cusip(_ value: String) -> Repair? {
        guard value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return zeroFilled(value, to: 9, kind: .cusip, field: .cusip,
                          reason: "leading zeros restored: the 9-character CUSIP's check digit is valid")
    }

    /// A numeric local code written in the market's canonical form
    /// (six digits in Shanghai, Shenzhen and Korea; no leading zeros in Hong Kong).
    static func ticker(_ value: String, market: Market) -> Repair? {
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        switch market.codeStyle {
        case .verbatim:
            return nil
        case .sixDigits:
            guard value.utf8.count < 6 else { return nil }
            let repaired = String(repeating: "0", count: 6 - value.utf8.count) + value
            return Repair(field: .ticker, original: value, repaired: repaired,
                          reason: "leading zeros restored: \(market.name) codes have six digits")
        case .hongKong:
            guard value.utf8.first == UInt8(ascii: "0") else { return nil }
            let stripped = String(value.drop(while: { $0 == "0" }))
            let repaired = stripped.isEmpty ? "0" : stripped
            return Repair(field: .ticker, original: value, repaired: repaired,
                          reason: "Hong Kong stock code in canonical form (no leading zeros)")
        }
    }

    private static func zeroFilled(_ value: String, to length: Int, kind: IdentifierKind, field: HoldingColumn,
                                   reason: String) -> Repair? {
        let count = value.utf8.count
        guard count > 0, count < length, SecurityIdentifier(value, kind: kind)?.isValid != true else { return nil }
        let candidate = String(repeating: "0", count: length - count) + value
        guard SecurityIdentifier(candidate, kind: kind)?.isValid == true else { return nil }
        return Repair(field: field, original: value, repaired: candidate, reason: reason)
    }
}
