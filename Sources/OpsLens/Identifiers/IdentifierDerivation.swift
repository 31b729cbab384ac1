/// Conversions between national codes and ISINs (US/CA CUSIP ↔ ISIN, GB/IE SEDOL ↔ ISIN).
///
/// Derivations start only from valid codes and only produce valid ones, so a damaged value
/// (a SEDOL whose leading zero a spreadsheet stripped, an ISIN with a bad check digit) is
/// never silently turned into a different security.
public enum IdentifierDerivation {
    /// The ISIN of a national code: `country` + `nationalCode` zero-filled to 9 + ISIN check digit.
    ///
    /// This is ISO 6166's construction (python-stdnum's `from_natid`); it checks neither the
    /// national code's own check digit nor whether the country's agency uses this scheme.
    /// - Returns: `nil` when `country` is not an ISIN prefix or the code is empty, longer than
    ///   9 characters or not alphanumeric.
    public static func isin(country: String, nationalCode: String) -> String? {
        let country = SecurityIdentifier.normalize(country)
        let code = SecurityIdentifier.normalize(nationalCode)
        guard ISINCountries.contains(country), (1...9).contains(code.utf8.count),
              SecurityIdentifier.isAlphanumeric(Array(code.utf8)) else { return nil }
        let body = Array((country + String(repeating: "0", count: 9 - code.utf8.count) + code).utf8)
        guard let digit = CheckDigits.isinCheckDigit(body) else { return nil }
        return String(decoding: body, as: UTF8.self) + String(digit)
    }

    /// The ISIN of a valid CUSIP: `US` (or `CA`) + CUSIP + check digit; `nil` for an invalid CUSIP.
    public static func isin(fromCUSIP cusip: String, country: String = "US") -> String? {
        guard let cusip = SecurityIdentifier(cusip, kind: .cusip), cusip.isValid,
              ["US", "CA"].contains(country.uppercased()) else { return nil }
        return isin(country: country, nationalCode: cusip.value)
    }

    /// The ISIN of a valid 7-character SEDOL: `GB00` (or `IE00`) + SEDOL + check digit; `nil` otherwise.
    public static func isin(fromSEDOL sedol: String, country: String = "GB") -> String? {
        guard let sedol = SecurityIdentifier(sedol, kind: .sedol), sedol.isValid,
              ["GB", "IE"].contains(country.uppercased()) else { return nil }
        return isin(country: country, nationalCode: sedol.value)
    }

    /// The CUSIP inside a valid US or CA ISIN, or the SEDOL inside a valid GB or IE ISIN.
    ///
    /// - Returns: `nil` when the ISIN is invalid, from another country, or when the national
    ///   code inside it fails its own check digit (newer `IE000…` ISINs hold no SEDOL).
    public static func nationalIdentifier(ofISIN isin: String) -> SecurityIdentifier? {
        guard let isin = SecurityIdentifier(isin, kind: .isin), isin.isValid else { return nil }
        let nsin = isin.value.dropFirst(2).prefix(9)
        let national: SecurityIdentifier?
        switch isin.value.prefix(2) {
        case "US", "CA": national = SecurityIdentifier(String(nsin), kind: .cusip)
        case "GB" where nsin.hasPrefix("00"), "IE" where nsin.hasPrefix("00"):
            national = SecurityIdentifier(String(nsin.dropFirst(2)), kind: .sedol)
        default: national = nil
        }
        guard let national, national.isValid else { return nil }
        return national
    }

    /// The kind and value of the national code inside a valid US/CA or GB/IE ISIN.
    public static func nationalCode(ofISIN isin: String) -> (kind: IdentifierKind, code: String)? {
        nationalIdentifier(ofISIN: isin).map { ($0.kind, $0.value) }
    }
}
