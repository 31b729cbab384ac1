/// The pre-trade check: for each order, allow, warn, review or block, with the reason, the
/// findings and what the order resolved to.
///
/// A front end over the screening engine: an order's security becomes a `Holding` and is
/// resolved and screened exactly like a row of a holdings file, on the order's trade date; the
/// findings are then read for the order's side (`Decision.Resolution`). Built once, then `decide`
/// is pure and can answer orders all day.
public struct PreTradeCheck: Sendable {
    public let engine: ScreeningEngine
    /// The trade date of orders that give none.
    public var asOf: CalendarDate
    public var overrides: [OrderOverride]
    /// The portfolio sales are checked against (`--portfolio`), when given.
    public var positions: Positions?

    /// A check with `engine`'s rules and lists.
    public init(engine: ScreeningEngine, asOf: CalendarDate, overrides: [OrderOverride] = [], positions: Positions? = nil) {
        self.engine = engine
        self.asOf = asOf
        self.overrides = overrides
        self.positions = positions
    }

    /// The decision for one order.
    public func decide(_ order: Order) -> Decision {
        let date = order.tradeDate ?? asOf
        var decision = Decision(order: order, tradeDate: date, verdict: .allow, reason: "", divestment: false,
                                resolved: [], findings: [], overrides: [], position: nil)
        let holding: Holding
        do {
            holding = try order.holding()
        } catch {
            decision.verdict = .review
            decision.reason = "cannot resolve the security: \(error.message)"
            return decision
        }
        let matches = engine.resolve(holding)
        decision.findings = matches.isEmpty ? [] : engine.findings(for: holding, matches: matches, asOf: date)
        for index in decision.findings.indices {
            guard var resolution = Decision.Resolution(decision.findings[index], side: order.side) else { continue }
            if resolution.verdict > .allow,
               let used = apply(overridesOf: &decision.findings[index], to: &resolution, of: order, on: date),
               !decision.overrides.contains(used) {
                decision.overrides.append(used)
            }
            decision.resolved.append(resolution)
        }
        if let positions, let check = positions.check(order, holding: holding) {
            decision.position = check
        }
        conclude(&decision, matched: Set(matches.map(\.entityKey)).map { engine.index[$0].entity.name }.sorted())
        return decision
    }

    /// Turns `resolution` into `allow` when an override in force covers its finding, and returns that
    /// override; notes overrides out of force on the finding.
    private func apply(overridesOf finding: inout Finding, to resolution: inout Decision.Resolution, of order: Order,
                       on date: CalendarDate) -> OrderOverride? {
        let covering = overrides.filter { $0.covers(finding, of: order) }
        if let override = covering.first(where: { $0.isInForce(on: date) }) {
            resolution.reason = "\(resolution.verdict.rawValue) overridden by \(override.id) (approved by \(override.approvedBy) "
                + "on \(override.approvedAt): \(override.reason)): \(resolution.reason)"
            resolution.verdict = .allow
            resolution.overriddenBy = override.id
            return override
        }
        for override in covering {
            finding.addNote(override.approvedAt > date
                ? "Override \(override.id) was approved on \(override.approvedAt), after the trade date \(date); it does not apply."
                : "Override \(override.id) expired on \(override.expiresAt?.description ?? "?"); it does not apply on \(date).")
        }
        return nil
    }

    /// The order's verdict and reason from its resolutions and position.
    private func conclude(_ decision: inout Decision, matched: [String]) {
        let order = decision.order
        if let position = decision.position, position.isOversold {
            let held = position.held == 0 ? "the portfolio does not hold it" : "the portfolio holds \(Self.format(position.held))"
            let overridden = overrides.first { $0.orderId != nil && $0.orderId == order.id && $0.isInForce(on: decision.tradeDate) }
            for index in decision.resolved.indices where decision.resolved[index].divestment && decision.resolved[index].verdict == .allow {
                decision.resolved[index].verdict = .block
                decision.resolved[index].divestment = false
                decision.resolved[index].reason = "SELL of \(Self.format(position.selling)) blocked: \(held), and beyond the "
                    + "position a sale opens a short, which is no divestment (\(decision.resolved[index].rule))"
            }
            if decision.resolved.allSatisfy({ $0.verdict < .review }) {
                let reason = "SELL of \(Self.format(position.selling)) \(order.security) flagged: \(held)"
                if let overridden {
                    decision.reason = "allowed by override \(overridden.id): \(reason)"
                    if !decision.overrides.contains(overridden) { decision.overrides.append(overridden) }
                } else {
                    decision.verdict = .review
                    decision.reason = reason
                }
            }
        }
        if let worst = decision.resolved.max(by: { $0.verdict < $1.verdict }), worst.verdict >= decision.verdict {
            decision.verdict = worst.verdict
            if decision.reason.isEmpty || worst.verdict > .allow { decision.reason = worst.reason }
        }
        decision.divestment = decision.verdict == .allow && decision.resolved.contains(where: \.divestment)
        if decision.reason.isEmpty {
            decision.reason = !matched.isEmpty
                ? "\(order.security) matched \(matched.joined(separator: ", ")), which no rule restricts on \(decision.tradeDate)"
                : order.isName
                ? "no list entry matched the name \"\(order.security)\" on \(decision.tradeDate)"
                : "no restriction applies to \(order.security) on \(decision.tradeDate)"
        }
    }

    static func format(_ quantity: Double) -> String {
        quantity == quantity.rounded() && abs(quantity) < 1e15 ? String(Int(quantity)) : String(quantity)
    }
}
