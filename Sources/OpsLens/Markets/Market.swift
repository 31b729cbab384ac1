/// A trading venue keyed by its ISO 10383 market identifier code (MIC), or a country composite.
///
/// A *composite* stands for every venue of a country whose symbols are national, as
/// Bloomberg's `US` or `GR` do: `CHA US` names one security whether it trades on NYSE or
/// Nasdaq. A composite has no MIC; its `mic` is the ISO 3166 country code (two letters, so it
/// never collides with a four-letter MIC).
public struct Market: Hashable, Sendable, Codable {
    /// ISO 10383 MIC, e.g. `XHKG`; for a composite, the country code, e.g. `US`.
    public let mic: String
    public let name: String
    /// ISO 3166-1 alpha-2 country code.
    public let country: String
    /// How local security codes are written on this market.
    public let codeStyle: CodeStyle
    /// Whether this is a country composite rather than one venue.
    public let isComposite: Bool
    /// The code space a local code is unique within: the MIC itself, or the country composite
    /// whose symbols every venue of the country shares (`US` for NYSE and Nasdaq, `TW` for TWSE
    /// and TPEx). Tickers are keyed by (code, ticker scope).
    public let tickerScope: String
    /// Bloomberg exchange codes (`HK`, `C1`, …) that mean this market.
    let bloombergCodes: [String]
    /// Reuters/Yahoo suffixes (`HK`, `SS`, …) that mean this market.
    let ricSuffixes: [String]
    /// Exchange names as fund administrators and ETF sites write them, and exchange prefixes
    /// (`HKG`, `SEHK`, `NYSE`) as in `HKG:0020`.
    let names: [String]
    /// The market's position in `MarketDirectory.all`, or -1 for a market built elsewhere.
    var directoryIndex = -1

    init(mic: String, name: String, country: String, codeStyle: CodeStyle, composite: Bool = false,
         scope: String? = nil, bloombergCodes: [String], ricSuffixes: [String], names: [String]) {
        self.mic = mic
        self.name = name
        self.country = country
        self.codeStyle = codeStyle
        self.isComposite = composite
        self.tickerScope = scope ?? mic
        self.bloombergCodes = bloombergCodes
        self.ricSuffixes = ricSuffixes
        self.names = names
    }

    /// Markets are the same when their MICs are, however they were built or decoded.
    public static func == (lhs: Market, rhs: Market) -> Bool { lhs.mic == rhs.mic }

    public func hash(into hasher: inout Hasher) { hasher.combine(mic) }

    private enum CodingKeys: String, CodingKey {
        case mic, name, country, codeStyle, isComposite, tickerScope, bloombergCodes, ricSuffixes, names
    }

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
