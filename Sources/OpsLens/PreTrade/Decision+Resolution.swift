extension Decision.Resolution {
    /// What `finding` means for an order of `side`, or `nil` for a finding that restricts nothing
    /// (an `info` note explaining an unlisted subsidiary, a data finding).
    ///
    /// - NS-CMIC (`ns-cmic` timing): before the effective date `warn`; from it, purchases
    ///   (BUY, REINVEST) `block`, sales (SELL, COVER) `allow` as a divestment through the
    ///   divestment date, SHORT `block` (it opens a position, so it is no divestment); after the
    ///   divestment date every side `block`s.
    /// - `blocked` (SDN, and entities 50% owned in the aggregate): every side `block`s.
    /// - Other rules by their restriction kind: `no-purchase` blocks purchases and allows the
    ///   rest, `no-purchase-or-sale` blocks every side, `watch` warns.
    /// - A match a person must confirm (a name match, or one its facts contradict) turns `block`
    ///   and `warn` into `review`: it is never allowed on a weak match, nor blocked on one.
    init?(_ finding: Finding, side: Order.Side) {
        guard let rule = finding.rule, let entity = finding.entity, let match = finding.match,
              let restriction = Restriction(rawValue: rule.kind), finding.severity != .info else { return nil }
        let provenance = finding.provenance
        let phase = provenance?.phase.flatMap(RestrictionStatus.Phase.init(rawValue:))
        let effective = provenance?.effectiveDate?.description ?? "the effective date"
        let divestmentDate = provenance?.divestmentDate?.description ?? "the divestment date"
        let who = "\(entity.name) (\(entity.id))"
        var verdict: Decision.Verdict
        var divestment = false
        var reason: String
        switch restriction {
        case .watch:
            verdict = .warn
            reason = phase == .beforeEffective
                ? "\(who) is listed under \(rule.id); purchases and sales are prohibited from \(effective)"
                : "\(who) is on the \(rule.id) watch list"
        case .noPurchase:
            if side.isPurchase {
                verdict = .block
                reason = "\(side.rawValue) of \(who) blocked: purchases prohibited under \(rule.id)"
                    + (phase == .divestmentWindow ? " since \(effective)" : "")
            } else if phase == .divestmentWindow {
                if side == .short {
                    verdict = .block
                    reason = "SHORT of \(who) blocked: under \(rule.id) sales are allowed only to divest "
                        + "(until \(divestmentDate)), and a short sale opens a position"
                } else {
                    verdict = .allow
                    divestment = true
                    reason = "\(side.rawValue) of \(who) allowed as a divestment: under \(rule.id) sales only to divest, "
                        + "until \(divestmentDate) inclusive"
                }
            } else {
                verdict = .allow
                reason = "\(side.rawValue) of \(who) allowed: \(rule.id) prohibits purchases only"
            }
        case .noPurchaseOrSale:
            verdict = .block
            reason = phase == .afterDivestment
                ? "\(side.rawValue) of \(who) blocked: under \(rule.id) purchases and sales are prohibited since the "
                    + "divestment date \(divestmentDate) passed"
                : "\(side.rawValue) of \(who) blocked: purchases and sales prohibited under \(rule.id)"
        case .blocked:
            verdict = .block
            let owned = match.method == MatchMethod.ownership.rawValue ? " (owned 50% or more by blocked persons)" : ""
            reason = "\(side.rawValue) of \(who)\(owned) blocked: \(rule.id), all dealings prohibited"
        }
        if finding.severity == .review, verdict > .allow {
            reason = "review the \(match.method) match (score \(Self.format(match.score))) to \(who) before trading; "
                + "if confirmed: \(verdict.rawValue) — \(reason)"
            verdict = .review
        }
        self.init(entity: entity, rule: rule.id, restriction: restriction.rawValue, phase: provenance?.phase,
                  listingDate: provenance?.listingDate, effectiveDate: provenance?.effectiveDate,
                  divestmentDate: provenance?.divestmentDate, method: match.method, score: match.score,
                  verdict: verdict, divestment: divestment, reason: reason, overriddenBy: nil)
    }

    private static func format(_ score: Double) -> String {
        String(Double(Int(score * 1000)) / 1000)
    }
}
