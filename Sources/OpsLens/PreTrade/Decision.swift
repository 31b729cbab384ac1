/// The answer for one order: allow, warn, review or block, why in one line, and what it rests on.
public struct Decision: Sendable, Codable {
    /// What the order may do, from allowed to blocked.
    ///
    /// Ordered for a trade, not like finding severities: a `review` (a possible match to a
    /// restricted issuer nobody has confirmed) weighs more than a `warn` (a listed issuer whose
    /// prohibitions have not started).
    public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case allow, warn, review, block

        var rank: Int { Self.allCases.firstIndex(of: self)! }

        public static func < (left: Verdict, right: Verdict) -> Bool { left.rank < right.rank }
    }

    /// One restriction the order meets: the entry it resolved to, the rule and where the entry is
    /// in the rule's timeline on the trade date, and what that means for this order's side.
    public struct Resolution: Hashable, Sendable, Codable {
        public var entity: EntityReference
        public var rule: String
        /// The restriction kind on the trade date, e.g. `no-purchase`, `blocked`.
        public var restriction: String
        public var phase: String?
        public var listingDate: CalendarDate?
        public var effectiveDate: CalendarDate?
        public var divestmentDate: CalendarDate?
        /// How the order's security was tied to the entry (isin, ticker, name-exact, curated, …) and the score.
        public var method: String
        public var score: Double
        /// What this restriction alone means for the order.
        public var verdict: Verdict
        /// Whether a sale is allowed only as a divestment (NS-CMIC, before the divestment date).
        public var divestment: Bool
        /// One sentence: why the verdict.
        public var reason: String
        /// The override that turned this verdict into `allow`, when one did.
        public var overriddenBy: String?
    }

    /// The order as understood.
    public var order: Order
    /// The day the rules were applied on: the order's trade date, else the check's as-of date.
    public var tradeDate: CalendarDate
    public var verdict: Verdict
    /// One line saying why.
    public var reason: String
    /// Whether the order is allowed only as a divestment (a sale inside the NS-CMIC window).
    public var divestment: Bool
    public var resolved: [Resolution]
    /// The findings, in the same model as a screening report.
    public var findings: [Finding]
    /// Overrides in force that the decision used.
    public var overrides: [OrderOverride]
    /// The position check, when a portfolio was given and the order is a sale.
    public var position: PositionCheck?

    private enum CodingKeys: String, CodingKey {
        case order, tradeDate, verdict = "decision", reason, divestment, resolved, findings, overrides, position
    }
}
