/// A listed security's ticker in one canonical form: a local code and the market it trades on.
///
/// `0020 HK`, `20 HK Equity`, `0020.HK`, `HKG:0020` and `700`-style codes with an exchange
/// column all become (code, market), e.g. (`20`, XHKG). A ticker without a market is
/// ambiguous — `1211` is BYD in Hong Kong and Saudi Arabian Mining in Riyadh — so it has no
/// `key` and never matches on its own.
public struct Ticker: Hashable, Sendable, Codable, CustomStringConvertible {
    let packedCode: PackedCode
    let marketIndex: Int?
    /// Whether the code had leading zeros a spreadsheet stripped and parsing put back
    /// (`5930` on the Korea Exchange → `005930`).
    public let restoredLeadingZeros: Bool

    init(_ parsed: TickerParser.Parsed) {
        packedCode = parsed.code
        marketIndex = parsed.market
        restoredLeadingZeros = parsed.restoredLeadingZeros
    }

    /// The canonical local code: Hong Kong codes without leading zeros (`20`), A-share and
    /// Korean codes with six digits (`000768`), others upper-cased as written.
    public var code: String { packedCode.string }

    /// The market the code belongs to, or `nil` when nothing said which.
    public var market: Market? { marketIndex.map { MarketDirectory.all[$0] } }

    /// The index key (code, ticker scope), or `nil` for a ticker without a market.
    public var key: TickerKey? {
        marketIndex.map { TickerKey(packedCode: packedCode, scopeIndex: MarketDirectory.scopeIndex[$0]) }
    }

    /// `MIC:code`, e.g. `XHKG:20`, or the bare code when the market is unknown.
    public var description: String { market.map { "\($0.mic):\(code)" } ?? code }

    /// Reads a ticker written in any notation OpsLens knows.
    ///
    /// - Parameters:
    ///   - text: `0020 HK`, `20 HK Equity`, `600760 CH`, `002389  CN`, `603019CN`, `0020.HK`,
    ///     `600760.SS`, `HKG:0020`, `SEHK:20`, or a bare local code such as `700`.
    ///   - exchange: an exchange column ("Hong Kong Exchanges And Clearing Ltd"), prefix or MIC,
    ///     used when `text` names no market itself.
    /// - Returns: `nil` when the text is empty, has characters no ticker uses, or names an
    ///   unknown market in a notation that must name one. An unknown `exchange` leaves the
    ///   market unset.
    public static func parse(_ text: String, exchange: String? = nil) -> Ticker? {
        let exchangeIndex = exchange.flatMap(MarketDirectory.index(exchangeName:))
        return parse(text, marketIndex: exchangeIndex)
    }

    /// Reads a ticker whose market, when the text names none, is `market`.
    public static func parse(_ text: String, market: Market?) -> Ticker? {
        parse(text, marketIndex: market.flatMap { MarketDirectory.index(of: $0) })
    }

    static func parse(_ text: String, marketIndex: Int?) -> Ticker? {
        var text = text
        return text.withUTF8 { TickerParser.parse($0, exchange: marketIndex) }.map(Ticker.init)
    }

    /// The ticker `code` on `market`, canonicalised (`0020` on XHKG → `20`).
    public init?(code: String, market: Market) {
        guard let index = MarketDirectory.index(of: market) else { return nil }
        var code = code
        guard let parsed = code.withUTF8({ bytes -> TickerParser.Parsed? in
            var start = 0, end = bytes.count
            TickerParser.trim(bytes, &start, &end)
            return TickerParser.canonical(bytes, start, end, market: index)
        }) else { return nil }
        self.init(parsed)
    }

    public static func == (lhs: Ticker, rhs: Ticker) -> Bool {
        lhs.packedCode == rhs.packedCode && lhs.marketIndex == rhs.marketIndex
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(packedCode)
        hasher.combine(marketIndex)
    }

    private enum CodingKeys: String, CodingKey { case code, mic, restoredLeadingZeros }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(String.self, forKey: .code)
        let mic = try container.decodeIfPresent(String.self, forKey: .mic)
        let marketIndex = try mic.map { mic in
            guard let index = MarketDirectory.index(mic: mic) else {
                throw DecodingError.dataCorruptedError(forKey: .mic, in: container, debugDescription: "unknown MIC \(mic)")
            }
            return index
        }
        guard let packed = PackedCode(code) else {
            throw DecodingError.dataCorruptedError(forKey: .code, in: container, debugDescription: "not a ticker code: \(code)")
        }
        self.packedCode = packed
        self.marketIndex = marketIndex
        self.restoredLeadingZeros = try container.decodeIfPresent(Bool.self, forKey: .restoredLeadingZeros) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encodeIfPresent(market?.mic, forKey: .mic)
        if restoredLeadingZeros { try container.encode(true, forKey: .restoredLeadingZeros) }
    }
}
