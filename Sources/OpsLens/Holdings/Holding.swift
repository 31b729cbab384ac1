/// One position read from a holdings file, with the identifiers as given and what was repaired.
public struct Holding: Hashable, Sendable, Codable {
    /// The file the holding was read from.
    public var file: String
    /// The 1-based physical line where the holding's record starts.
    public var line: Int
    /// The portfolio, account or fund; the file's name when the file has no such column.
    public var portfolio: String
    public var name: String?
    /// Ticker as given (trimmed, upper-cased, repaired where the market made it unambiguous).
    public var ticker: String?
    public var isin: String?
    public var cusip: String?
    public var sedol: String?
    public var figi: String?
    public var lei: String?
    /// The market of the ticker, from the exchange column, as an ISO 10383 MIC.
    public var mic: String?
    public var exchange: String?
    public var quantity: Double?
    public var marketValue: Double?
    /// Weight in percent of the portfolio.
    public var weight: Double?
    public var currency: String?
    public var location: String?
    public var assetClass: String?
    /// Every change OpsLens made to a value as given.
    public var repairs: [Repair]

    public init(file: String, line: Int, portfolio: String, name: String? = nil, ticker: String? = nil,
                isin: String? = nil, cusip: String? = nil, sedol: String? = nil, figi: String? = nil,
                lei: String? = nil, mic: String? = nil, exchange: String? = nil, quantity: Double? = nil,
                marketValue: Double? = nil, weight: Double? = nil, currency: String? = nil,
                location: String? = nil, assetClass: String? = nil, repairs: [Repair] = []) {
        self.file = file
        self.line = line
        self.portfolio = portfolio
        self.name = name
        self.ticker = ticker
        self.isin = isin
        self.cusip = cusip
        self.sedol = sedol
        self.figi = figi
        self.lei = lei
        self.mic = mic
        self.exchange = exchange
        self.quantity = quantity
        self.marketValue = marketValue
        self.weight = weight
        self.currency = currency
        self.location = location
        self.assetClass = assetClass
        self.repairs = repairs
    }
}

/// A value OpsLens changed while reading, and why.
public struct Repair: Hashable, Sendable, Codable {
    /// The column role of the repaired value.
    public var field: HoldingColumn
    public var original: String
    public var repaired: String
    public var reason: String

    public init(field: HoldingColumn, original: String, repaired: String, reason: String) {
        self.field = field
        self.original = original
        self.repaired = repaired
        self.reason = reason
    }
}
