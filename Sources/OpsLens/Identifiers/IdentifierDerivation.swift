/// Conversions between national codes and ISINs (US/CA CUSIP ↔ ISIN, GB/IE SEDOL ↔ ISIN).
public enum IdentifierDerivation {
    /// The ISIN of a national code: country + code zero-filled to 9 + ISIN check digit.
    public static func isin(country: String, nationalCode: String) -> String? {
        let code = SecurityIdentifier.normalize(nationalCode)
        guard country.utf8.count == 2, code.utf8.count <= 9, !code.isEmpty else { return nil }
        let body = Array((country.uppercased() + String(repeating: "0", count: 9 - code.utf8.count) + code).utf8)
        guard let digit = CheckDigits.isinCheckDigit(body) else { return nil }
        return String(decoding: body, as: UTF8.self) + String(digit)
    }

    /// The ISIN of a CUSIP: `US` (or `CA` for Canadian CUSIPs when asked) + CUSIP + check digit.
    public static func isin(fromCUSIP cusip: String, country: String = "US") -> String? {
        isin(country: country, nationalCode: cusip)
    }

    /// The ISIN of a SEDOL: `GB00` (or `IE00`) + SEDOL + check digit.
    public static func isin(fromSEDOL sedol: String, country: String = "GB") -> String? {
        isin(country: country, nationalCode: sedol)
    }

    /// The CUSIP inside a US or CA ISIN, or the SEDOL inside a GB or IE ISIN.
    public static func nationalCode(ofISIN isin: String) -> (kind: IdentifierKind, code: String)? {
        let value = SecurityIdentifier.normalize(isin)
        guard value.utf8.count == 12 else { return nil }
        let country = value.prefix(2)
        let nsin = value.dropFirst(2).prefix(9)
        switch country {
        case "US", "CA": return (.cusip, String(nsin))
        case "GB" where nsin.hasPrefix("00"), "IE" where nsin.hasPrefix("00"): return (.sedol, String(nsin.dropFirst(2)))
        default: return nil
        }
    }
}
