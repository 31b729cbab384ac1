/// A trading venue, keyed by its ISO 10383 market identifier code (MIC).
public struct Market: Hashable, Sendable, Codable {
    /// ISO 10383 MIC, e.g. `XHKG`.
    public let mic: String
    public let name: String
    /// ISO 3166-1 alpha-2 country code.
    public let country: String
    /// How local security codes are written on this market.
    public let codeStyle: CodeStyle
    /// Bloomberg exchange codes (`HK`, `C1`, …) that mean this market.
    let bloombergCodes: [String]
    /// Reuters/Yahoo suffixes (`HK`, `SS`, …) that mean this market.
    let ricSuffixes: [String]
    /// Exchange names as fund administrators and ETF sites write them.
    let names: [String]

    /// How a market writes its local security codes, and so how damaged ones can be repaired.
    public enum CodeStyle: String, Sendable, Codable {
        /// Codes as published (letters or digits), nothing to repair.
        case verbatim
        /// Numeric codes of exactly six digits (Shanghai, Shenzhen, Korea): stripped zeros go back.
        case sixDigits
        /// Hong Kong stock codes: a number whose canonical form has no leading zeros (`0020` → `20`).
        case hongKong
    }
}
