/// One order a pre-trade script asks about: what it does, how much, of which security, and when.
///
/// The security is what a trader types — an identifier (ISIN, CUSIP, SEDOL, FIGI, LEI), a ticker
/// with its market (`0020 HK`, `0020.HK`, `XHKG:20`) or an issuer name — and resolves exactly like
/// a holding does (see `holding`).
public struct Order: Hashable, Sendable, Codable {
    /// What the order does to the position.
    public enum Side: String, Hashable, Sendable, Codable, CaseIterable {
        case buy = "BUY"
        /// A sale of a position held.
        case sell = "SELL"
        /// A sale that opens (or adds to) a short position.
        case short = "SHORT"
        /// A purchase that closes a short position.
        case cover = "COVER"
        /// A dividend reinvestment: a purchase.
        case reinvest = "REINVEST"

        /// Whether the order acquires the security (a purchase in the sense of the rules).
        public var isPurchase: Bool { self == .buy || self == .reinvest }
    }

    public var side: Side
    public var quantity: Double
    /// The security as given.
    public var security: String
    /// Whether `security` is an issuer name (quoted in the short form, `name` in JSON) rather than a code.
    public var isName: Bool
    /// The account, portfolio or fund the order is for.
    public var portfolio: String?
    public var id: String?
    /// The day the order trades; `nil` for the check's as-of date.
    public var tradeDate: CalendarDate?
    public var price: Double?
    public var currency: String?

    public init(side: Side, quantity: Double, security: String, isName: Bool = false, portfolio: String? = nil,
                id: String? = nil, tradeDate: CalendarDate? = nil, price: Double? = nil, currency: String? = nil) {
        self.side = side
        self.quantity = quantity
        self.security = security
        self.isName = isName
        self.portfolio = portfolio
        self.id = id
        self.tradeDate = tradeDate
        self.price = price
        self.currency = currency
    }

    /// `BUY 1000 XHKG:20`-style one-line summary, with the name quoted.
    public var summary: String {
        let quantity = self.quantity == self.quantity.rounded() && abs(self.quantity) < 1e15
            ? String(Int(self.quantity)) : String(self.quantity)
        return "\(side.rawValue) \(quantity) \(isName ? "\"\(security)\"" : security)"
    }
}
