/// One position read from a holdings file, with the identifiers as given and what was repaired.
///
/// A value type whose values live in one copy-on-write `HoldingStorage` (texts as UTF-8 bytes):
/// a million holdings are made, handed between threads and dropped while a file is read, and
/// separate strings would cost an allocation and reference counts each. It is `Sendable`
/// because its storage is never changed once shared: every setter changes a copy it alone holds.
public struct Holding: Hashable, @unchecked Sendable, Codable {
    /// The file the holding was read from.
    public var file: String {
        get { storage.text(.file) ?? "" }
        set { set(.file, newValue) }
    }
    /// The 1-based physical line where the holding's record starts.
    public var line: Int {
        get { storage.header.line }
        set { uniqueStorage().header.line = newValue }
    }
    /// The portfolio, account or fund; the file's name when the file has no such column.
    public var portfolio: String {
        get { storage.text(.portfolio) ?? "" }
        set { set(.portfolio, newValue) }
    }
    public var name: String? {
        get { storage.text(.name) }
        set { set(.name, newValue) }
    }
    /// Ticker as given (trimmed, upper-cased, repaired where the market made it unambiguous).
    public var ticker: String? {
        get { storage.text(.ticker) }
        set { set(.ticker, newValue) }
    }
    public var isin: String? {
        get { storage.text(.isin) }
        set { set(.isin, newValue) }
    }
    public var cusip: String? {
        get { storage.text(.cusip) }
        set { set(.cusip, newValue) }
    }
    public var sedol: String? {
        get { storage.text(.sedol) }
        set { set(.sedol, newValue) }
    }
    public var figi: String? {
        get { storage.text(.figi) }
        set { set(.figi, newValue) }
    }
    public var lei: String? {
        get { storage.text(.lei) }
        set { set(.lei, newValue) }
    }
    /// The market of the ticker, from the exchange column, as an ISO 10383 MIC.
    public var mic: String? {
        get { storage.text(.mic) }
        set {
            set(.mic, newValue)
            uniqueStorage().header.micMarketIndex = Self.marketIndex(ofMIC: newValue)
        }
    }
    public var exchange: String? {
        get { storage.text(.exchange) }
        set { set(.exchange, newValue) }
    }
    public var quantity: Double? {
        get { storage.header.quantity }
        set { uniqueStorage().header.quantity = newValue }
    }
    public var marketValue: Double? {
        get { storage.header.marketValue }
        set { uniqueStorage().header.marketValue = newValue }
    }
    /// Weight in percent of the portfolio.
    public var weight: Double? {
        get { storage.header.weight }
        set { uniqueStorage().header.weight = newValue }
    }
    public var currency: String? {
        get { storage.text(.currency) }
        set { set(.currency, newValue) }
    }
    public var location: String? {
        get { storage.text(.location) }
        set { set(.location, newValue) }
    }
    public var assetClass: String? {
        get { storage.text(.assetClass) }
        set { set(.assetClass, newValue) }
    }
    /// Every change OpsLens made to a value as given.
    public var repairs: [Repair] {
        get { storage.repairs }
        set { storage = storage.replacingRepairs(with: newValue) }
    }

    public init(file: String, line: Int, portfolio: String, name: String? = nil, ticker: String? = nil,
                isin: String? = nil, cusip: String? = nil, sedol: String? = nil, figi: String? = nil,
                lei: String? = nil, mic: String? = nil, exchange: String? = nil, quantity: Double? = nil,
                marketValue: Double? = nil, weight: Double? = nil, currency: String? = nil,
                location: String? = nil, assetClass: String? = nil, repairs: [Repair] = []) {
        self.init(Fields(
            file: file, line: line, portfolio: portfolio, name: name, ticker: ticker, isin: isin, cusip: cusip,
            sedol: sedol, figi: figi, lei: lei, mic: mic, exchange: exchange, quantity: quantity,
            marketValue: marketValue, weight: weight, currency: currency, location: location,
            assetClass: assetClass, repairs: repairs))
    }

    /// A holding over storage made by `HoldingBuilder`.
    init(storage: HoldingStorage) {
        self.storage = storage
    }

    public init(from decoder: any Decoder) throws {
        self.init(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
    }

    public static func == (left: Holding, right: Holding) -> Bool {
        left.storage === right.storage || left.fields == right.fields
    }

    public func hash(into hasher: inout Hasher) {
        fields.hash(into: &hasher)
    }

    /// Calls `body` with the UTF-8 bytes of a text without making a `String` of them; `nil` when it has none.
    func withUTF8<R>(_ field: HoldingText, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try storage.withUTF8(field, body)
    }

    /// The position in `MarketDirectory.all` of the market `mic` names (in any case).
    var micMarketIndex: Int? {
        let index = storage.header.micMarketIndex
        return index >= 0 ? Int(index) : nil
    }

    static func marketIndex(ofMIC mic: String?) -> Int32 {
        mic.flatMap(MarketDirectory.index(anyCaseMIC:)).map(Int32.init) ?? -1
    }

    private var storage: HoldingStorage

    /// The storage, copied first if another holding shares it.
    private mutating func uniqueStorage() -> HoldingStorage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    private mutating func set(_ field: HoldingText, _ text: String?) {
        storage = storage.replacing(field, with: text)
    }

    private init(_ fields: Fields) {
        let header = HoldingStorage.Header(line: fields.line, quantity: fields.quantity, marketValue: fields.marketValue,
                                           weight: fields.weight, micMarketIndex: Self.marketIndex(ofMIC: fields.mic))
        let texts: [HoldingText: String?] = [
            .file: fields.file, .portfolio: fields.portfolio, .name: fields.name, .ticker: fields.ticker,
            .isin: fields.isin, .cusip: fields.cusip, .sedol: fields.sedol, .figi: fields.figi, .lei: fields.lei,
            .mic: fields.mic, .exchange: fields.exchange, .currency: fields.currency, .location: fields.location,
            .assetClass: fields.assetClass,
        ]
        storage = HoldingStorage.make(header, texts: texts.compactMapValues { $0 }, repairs: fields.repairs)
    }

    /// Every value as a plain struct: what is encoded, compared and hashed.
    private var fields: Fields {
        Fields(file: file, line: line, portfolio: portfolio, name: name, ticker: ticker, isin: isin, cusip: cusip,
               sedol: sedol, figi: figi, lei: lei, mic: mic, exchange: exchange, quantity: quantity,
               marketValue: marketValue, weight: weight, currency: currency, location: location,
               assetClass: assetClass, repairs: repairs)
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
