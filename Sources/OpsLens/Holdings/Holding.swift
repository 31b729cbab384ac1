/// One position read from a holdings file, with the identifiers as given and what was repaired.
///
/// A value type whose nineteen fields live in one copy-on-write box: a million holdings are
/// handed between threads, arrays and closures while a file is read, and copying the fields
/// themselves would cost a reference-count operation per string on every copy.
public struct Holding: Hashable, Sendable, Codable {
    /// The file the holding was read from.
    public var file: String {
        get { storage.fields.file }
        set { fields.file = newValue }
    }
    /// The 1-based physical line where the holding's record starts.
    public var line: Int {
        get { storage.fields.line }
        set { fields.line = newValue }
    }
    /// The portfolio, account or fund; the file's name when the file has no such column.
    public var portfolio: String {
        get { storage.fields.portfolio }
        set { fields.portfolio = newValue }
    }
    public var name: String? {
        get { storage.fields.name }
        set { fields.name = newValue }
    }
    /// Ticker as given (trimmed, upper-cased, repaired where the market made it unambiguous).
    public var ticker: String? {
        get { storage.fields.ticker }
        set { fields.ticker = newValue }
    }
    public var isin: String? {
        get { storage.fields.isin }
        set { fields.isin = newValue }
    }
    public var cusip: String? {
        get { storage.fields.cusip }
        set { fields.cusip = newValue }
    }
    public var sedol: String? {
        get { storage.fields.sedol }
        set { fields.sedol = newValue }
    }
    public var figi: String? {
        get { storage.fields.figi }
        set { fields.figi = newValue }
    }
    public var lei: String? {
        get { storage.fields.lei }
        set { fields.lei = newValue }
    }
    /// The market of the ticker, from the exchange column, as an ISO 10383 MIC.
    public var mic: String? {
        get { storage.fields.mic }
        set { fields.mic = newValue }
    }
    public var exchange: String? {
        get { storage.fields.exchange }
        set { fields.exchange = newValue }
    }
    public var quantity: Double? {
        get { storage.fields.quantity }
        set { fields.quantity = newValue }
    }
    public var marketValue: Double? {
        get { storage.fields.marketValue }
        set { fields.marketValue = newValue }
    }
    /// Weight in percent of the portfolio.
    public var weight: Double? {
        get { storage.fields.weight }
        set { fields.weight = newValue }
    }
    public var currency: String? {
        get { storage.fields.currency }
        set { fields.currency = newValue }
    }
    public var location: String? {
        get { storage.fields.location }
        set { fields.location = newValue }
    }
    public var assetClass: String? {
        get { storage.fields.assetClass }
        set { fields.assetClass = newValue }
    }
    /// Every change OpsLens made to a value as given.
    public var repairs: [Repair] {
        get { storage.fields.repairs }
        set { fields.repairs = newValue }
    }

    public init(file: String, line: Int, portfolio: String, name: String? = nil, ticker: String? = nil,
                isin: String? = nil, cusip: String? = nil, sedol: String? = nil, figi: String? = nil,
                lei: String? = nil, mic: String? = nil, exchange: String? = nil, quantity: Double? = nil,
                marketValue: Double? = nil, weight: Double? = nil, currency: String? = nil,
                location: String? = nil, assetClass: String? = nil, repairs: [Repair] = []) {
        storage = Storage(Fields(
            file: file, line: line, portfolio: portfolio, name: name, ticker: ticker, isin: isin, cusip: cusip,
            sedol: sedol, figi: figi, lei: lei, mic: mic, exchange: exchange, quantity: quantity,
            marketValue: marketValue, weight: weight, currency: currency, location: location,
            assetClass: assetClass, repairs: repairs))
    }

    public init(from decoder: any Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    public static func == (left: Holding, right: Holding) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }

    private var storage: Storage

    /// The fields, copied out of a shared box before they are changed.
    private var fields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields: Hashable, Codable {
        var file: String
        var line: Int
        var portfolio: String
        var name: String?
        var ticker: String?
        var isin: String?
        var cusip: String?
        var sedol: String?
        var figi: String?
        var lei: String?
        var mic: String?
        var exchange: String?
        var quantity: Double?
        var marketValue: Double?
        var weight: Double?
        var currency: String?
        var location: String?
        var assetClass: String?
        var repairs: [Repair]
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
