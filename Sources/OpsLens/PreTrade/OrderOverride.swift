/// An approved exception for orders: a blocked (or flagged) order that may go ahead anyway.
///
/// Names one order by its id, or every order of a portfolio for a security under a rule, with
/// who approved it, when, why and until when (inclusive). An override out of force does nothing.
public struct OrderOverride: Hashable, Sendable, Codable {
    public var id: String
    public var orderId: String?
    public var portfolio: String?
    /// `KIND:VALUE`, e.g. `isin:US0378331005`, `ticker:20 XHKG`, `name:SENSETIME GROUP INC`.
    public var security: String?
    public var rule: String?
    public var reason: String
    public var approvedBy: String
    /// ISO dates (YYYY-MM-DD).
    public var approvedAt: CalendarDate
    public var expiresAt: CalendarDate?

    public init(id: String, orderId: String? = nil, portfolio: String? = nil, security: String? = nil, rule: String? = nil,
                reason: String, approvedBy: String, approvedAt: CalendarDate, expiresAt: CalendarDate? = nil) {
        self.id = id
        self.orderId = orderId
        self.portfolio = portfolio
        self.security = security
        self.rule = rule
        self.reason = reason
        self.approvedBy = approvedBy
        self.approvedAt = approvedAt
        self.expiresAt = expiresAt
    }

    /// Whether the override covers `finding` of `order`: by the order's id, or by the order's
    /// portfolio, the security as the order gave it and the finding's rule (as waivers match findings).
    public func covers(_ finding: Finding, of order: Order) -> Bool {
        if let orderId { return order.id == orderId }
        return asWaiver.matches(finding)
    }

    /// Whether the override is in force on `date`: approved on or before it, expiring on or after it.
    public func isInForce(on date: CalendarDate) -> Bool {
        asWaiver.isInForce(on: date)
    }

    /// The same exception as a waiver, whose matching rules it follows.
    private var asWaiver: Waiver {
        Waiver(id: id, findingId: nil, portfolio: portfolio, security: security, rule: rule, justification: reason,
               approvedBy: approvedBy, approvedAt: approvedAt, expiresAt: expiresAt)
    }
}
