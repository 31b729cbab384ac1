/// The positions of a portfolio file (`--portfolio HOLDINGS.csv`), for checking that a sale does
/// not sell more than is held.
///
/// Holdings are found by security: any identifier they share with the order (an ISIN and the
/// CUSIP or SEDOL inside it count as the same), the ticker on its market, or — when neither side
/// has either — the issuer name, compared as upper-case words.
public struct Positions: Sendable {
    /// Every holding of the file.
    public let holdings: [Holding]
    private let byKey: [String: [Int]]

    public init(holdings: [Holding]) {
        self.holdings = holdings
        var byKey: [String: [Int]] = [:]
        for (position, holding) in holdings.enumerated() {
            for key in Self.keys(of: holding) { byKey[key, default: []].append(position) }
        }
        self.byKey = byKey
    }

    /// The holdings of `order`'s security, in its portfolio when the order names one.
    public func holdings(for order: Order, holding: Holding) -> [Holding] {
        var found = Set<Int>()
        for key in Self.keys(of: holding) { found.formUnion(byKey[key] ?? []) }
        return found.sorted().map { holdings[$0] }.filter { held in
            guard let portfolio = order.portfolio else { return true }
            return held.portfolio.caseInsensitiveCompare(portfolio) == .orderedSame
        }
    }

    /// What a sale of `order` sells against what is held, or `nil` when the order is not a sale.
    public func check(_ order: Order, holding: Holding) -> PositionCheck? {
        guard order.side == .sell else { return nil }
        let held = holdings(for: order, holding: holding)
        let quantity = held.compactMap(\.quantity).reduce(0, +)
        return PositionCheck(held: quantity, selling: order.quantity, lines: held.map { "\($0.file):\($0.line)" })
    }

    /// The keys a holding is found by: `isin:…`, `cusip:…`, …, `ticker:MIC:code`, else `name:…`.
    static func keys(of holding: Holding) -> [String] {
        var keys: [String] = []
        let identifiers: [(IdentifierKind, String?)] = [(.isin, holding.isin), (.cusip, holding.cusip), (.sedol, holding.sedol),
                                                        (.figi, holding.figi), (.lei, holding.lei)]
        for case let (kind, value?) in identifiers {
            guard let identifier = SecurityIdentifier(value, kind: kind), identifier.isValid else { continue }
            keys.append("\(kind.rawValue):\(identifier.value)")
            if kind == .isin, let national = IdentifierDerivation.nationalIdentifier(ofISIN: identifier.value) {
                keys.append("\(national.kind.rawValue):\(national.value)")
            }
        }
        if let ticker = holding.ticker,
           let parsed = Ticker.parse(ticker, market: holding.mic.flatMap(MarketDirectory.market(mic:)))
                ?? Ticker.parse(ticker, exchange: holding.exchange), parsed.market != nil {
            keys.append("ticker:\(parsed.description)")
        }
        if keys.isEmpty, let name = holding.name {
            keys.append("name:" + ScreeningIndex.folded(name))
        }
        return keys
    }
}

/// A sale against the position it sells from.
public struct PositionCheck: Hashable, Sendable, Codable {
    /// The quantity held (summed over the portfolio's holdings of the security).
    public var held: Double
    public var selling: Double
    /// Where the holdings were found (`file:line`).
    public var lines: [String]

    /// Whether the sale sells more than is held (a security not held included).
    public var isOversold: Bool { selling > held }
}
