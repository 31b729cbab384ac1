/// Finds the entries (by integer key) that published a ticker, keyed by (code, ticker scope).
///
/// A ticker without a market is never inserted and never found: codes are not unique across
/// markets (`1211`). Build once, then share read-only; lookups allocate nothing.
public struct TickerIndex: Sendable {
    private var table = KeyTable<TickerKey>()

    /// An empty index.
    public init() {}

    /// The number of distinct tickers indexed.
    public var count: Int { table.count }

    /// Records that the entry `key` published `ticker`.
    ///
    /// - Returns: `false` (and records nothing) when the ticker has no market.
    @discardableResult
    public mutating func insert(_ ticker: Ticker, for key: Int) -> Bool {
        guard let tickerKey = ticker.key else { return false }
        table.append(key, for: tickerKey)
        return true
    }

    /// The entries that published `ticker`; empty when it has no market.
    public func keys(for ticker: Ticker) -> [Int] {
        ticker.key.flatMap { table.values(for: $0) } ?? []
    }

    /// The entries that published the ticker `text`, read as `Ticker.parse(_:exchange:)` does.
    public func keys(forTicker text: String, exchange: String? = nil) -> [Int] {
        keys(forTicker: text, marketIndex: exchange.flatMap(MarketDirectory.index(exchangeName:)))
    }

    /// The entries that published the ticker `text`, with `market` for a text that names none.
    ///
    /// Resolve an exchange column to a `Market` once per distinct value and pass it here: this
    /// is the fast path for holdings files.
    public func keys(forTicker text: String, market: Market?) -> [Int] {
        keys(forTicker: text, marketIndex: market.flatMap { MarketDirectory.index(of: $0) })
    }

    private func keys(forTicker text: String, marketIndex: Int?) -> [Int] {
        var text = text
        guard let parsed = text.withUTF8({ TickerParser.parse($0, exchange: marketIndex) }),
              let market = parsed.market else { return [] }
        return table.values(for: TickerKey(packedCode: parsed.code, scopeIndex: MarketDirectory.scopeIndex[market])) ?? []
    }
}
