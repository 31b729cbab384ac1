extension PositionHistory {
    /// A breach being followed through the snapshots.
    private struct Draft {
        var breach: Breach
        /// Active purchases close when the position is back to this size; `nil` closes when no longer held.
        var closesAtOrBelow: Double?
        /// The last snapshot date the position was held in breach, for the waiver and the action.
        var lastSeen: CalendarDate
        var notes: [String] = []
    }

    /// The breaches of this position: prohibited trades (active) and restrictions that started while it was
    /// held (passive), each followed to the snapshot that no longer shows it.
    ///
    /// - Parameters:
    ///   - trades: The position's trades (`trades()`).
    ///   - previous: Breaches of this position open at the end of the previous report; carried over.
    ///   - period: The report's period: open breaches count their days to its end.
    ///   - waivers: The waivers that may cover a breach.
    func breaches(trades: [InferredTrade], previous: [Breach], period: ReportingPeriod, waivers: [Waiver]) -> [Breach] {
        var keys = Set(trades.map { "\($0.rule.id)|\($0.entity.id)" })
        keys.formUnion(previous.map { "\($0.rule.id)|\($0.entity.id)" })
        for state in states { keys.formUnion(restrictions(on: state.date).keys) }
        var result: [Breach] = []
        for key in keys.sorted() {
            result += breaches(key, trades: trades.filter { "\($0.rule.id)|\($0.entity.id)" == key },
                               previous: previous.filter { "\($0.rule.id)|\($0.entity.id)" == key }, period: period, waivers: waivers)
        }
        return result
    }

    private func breaches(_ key: String, trades: [InferredTrade], previous: [Breach], period: ReportingPeriod,
                          waivers: [Waiver]) -> [Breach] {
        var open: [Draft] = []
        var done: [Draft] = []
        for (index, state) in states.enumerated() {
            let now = restrictions(on: state.date)[key]
            let binding = Self.isBinding(now)
            if index == 0 {
                for var carried in previous {
                    carried.origin = .carriedOver
                    var draft = Draft(breach: carried, closesAtOrBelow: nil, lastSeen: state.date)
                    if !(state.held && binding) {
                        draft.notes.append("Not held in breach at this report's first snapshot (\(state.date)).")
                        done.append(close(draft, on: state, now: now))
                    } else {
                        open.append(draft)
                    }
                }
                if open.isEmpty, state.held, binding, let now {
                    let start = bindingSince(key, through: state.date) ?? state.date
                    open.append(Draft(breach: draftBreach(.passive, now, cause: "held while restricted at the first snapshot",
                                                          start: start, identified: state.date, value: state.marketValue,
                                                          description: "Held at the first snapshot (\(state.date)) while restricted "
                                                              + "since \(start); the snapshots do not show how or when it was acquired."),
                                      closesAtOrBelow: nil, lastSeen: state.date))
                }
            } else {
                let before = states[index - 1]
                let then = restrictions(on: before.date)[key]
                for trade in trades where trade.latest == state.date.description {
                    guard let draft = activeBreach(trade, before: before, after: state) else { continue }
                    if trade.direction == .sale { done.append(close(draft, on: state, now: now)) } else { open.append(draft) }
                }
                if before.held, !Self.isBinding(then), !open.contains(where: { $0.breach.kind == .passive }),
                   let (start, restriction) = bindingStart(key, after: before.date, through: state.date) {
                    let certain = state.held || start == before.date.adding(days: 1)
                    var description = "Held when \(restriction.rule?.id ?? "the rule") started to apply on \(start) "
                        + "(\(restriction.provenance?.phase ?? "in force"))."
                    if !certain { description += " Sold by \(state.date): confirm whether the sale was before \(start); if so there was no breach." }
                    var draft = Draft(breach: draftBreach(.passive, restriction, cause: "restriction started while held", start: start,
                                                          identified: state.date, value: state.held ? state.marketValue : before.marketValue,
                                                          description: description),
                                      closesAtOrBelow: nil, lastSeen: state.held ? state.date : before.date)
                    draft.breach.needsConfirmation = draft.breach.needsConfirmation || !certain
                    open.append(draft)
                }
                if state.held, now?.provenance?.phase == RestrictionStatus.Phase.afterDivestment.rawValue,
                   then?.provenance?.phase != RestrictionStatus.Phase.afterDivestment.rawValue {
                    for index in open.indices {
                        open[index].notes.append("The divestment deadline (\(now?.provenance?.divestmentDate?.description ?? "?")) passed while held: "
                                                 + "sales are prohibited too.")
                    }
                }
            }
            var still: [Draft] = []
            for var draft in open {
                let backToSize = draft.closesAtOrBelow.map { limit in state.quantity.map { $0 <= limit } ?? false } ?? false
                if !state.held || !binding || backToSize {
                    done.append(close(draft, on: state, now: now))
                } else {
                    draft.lastSeen = state.date
                    still.append(draft)
                }
            }
            open = still
        }
        return (done + open).map { finish($0, period: period, waivers: waivers) }
    }

    /// The first day in `(after, through]` on which the restriction `key` binds, with the restriction then.
    private func bindingStart(_ key: String, after: CalendarDate, through: CalendarDate) -> (CalendarDate, Finding)? {
        for stretch in stretches(from: after.adding(days: 1), to: through) {
            if let finding = restrictions(on: stretch.from)[key], Self.isBinding(finding) { return (stretch.from, finding) }
        }
        return nil
    }

    /// The active breach a trade is, when one of its readings is a violation.
    private func activeBreach(_ trade: InferredTrade, before: State, after: State) -> Draft? {
        guard let violation = trade.readings.first(where: { $0.verdict == .violation }),
              let start = CalendarDate(iso: violation.from),
              let finding = restrictions(on: start)["\(trade.rule.id)|\(trade.entity.id)"] else { return nil }
        let verb = trade.direction == .purchase ? "Bought" : "Sold"
        var description = "\(verb) between \(trade.earliest) and \(trade.latest): \(violation.explanation)."
        if trade.verdict == .ambiguous {
            description += " Only if the trade was on or after \(violation.from): confirm the trade date."
        }
        var draft = Draft(breach: draftBreach(.active, finding, cause: "\(trade.direction.rawValue) while prohibited",
                                              start: start, identified: after.date,
                                              value: trade.direction == .purchase ? after.marketValue : before.marketValue,
                                              description: description),
                          closesAtOrBelow: trade.direction == .purchase ? (trade.quantityBefore ?? 0) : nil,
                          lastSeen: trade.direction == .purchase ? after.date : before.date)
        draft.breach.needsConfirmation = draft.breach.needsConfirmation || trade.verdict == .ambiguous
        return draft
    }

    private func draftBreach(_ kind: Breach.Kind, _ finding: Finding, cause: String, start: CalendarDate, identified: CalendarDate,
                             value: Double?, description: String) -> Breach {
        let rule = finding.rule!, entity = finding.entity!
        return Breach(id: Breach.fingerprint(kind: kind, rule: rule.id, portfolio: portfolio, security: security, entity: entity.id, start: start),
                      portfolio: portfolio, security: security, name: holding.name, rule: rule, entity: entity, kind: kind,
                      cause: cause, origin: .new, needsConfirmation: finding.severity == .review,
                      startDate: start.description, identifiedDate: identified.description, closedDate: nil, daysOpen: 0,
                      marketValueAtStart: value, marketValueAtClose: nil, currency: holding.currency,
                      description: description, action: finding.action, waiver: nil)
    }

    /// `draft` closed at the snapshot `state`, which no longer shows it.
    private func close(_ draft: Draft, on state: State, now: Finding?) -> Draft {
        var draft = draft
        draft.breach.closedDate = state.date.description
        draft.breach.marketValueAtClose = state.held ? state.marketValue : 0
        if draft.breach.kind == .active && draft.closesAtOrBelow == nil && draft.breach.origin == .new {
            draft.breach.action = "Report the prohibited sale; it cannot be undone."
        } else if !state.held {
            let divested = now?.provenance?.phase == RestrictionStatus.Phase.divestmentWindow.rawValue
            draft.breach.action = divested ? "Divested: sold by \(state.date), inside the divestment window."
                : "Closed: no longer held on \(state.date)."
        } else if !Self.isBinding(now) {
            draft.breach.action = "Closed: the restriction no longer applies on \(state.date)."
        } else {
            draft.breach.action = "Closed: the position is back to its size before the purchase on \(state.date)."
        }
        return draft
    }

    /// The breach with its days open, notes and covering waiver.
    private func finish(_ draft: Draft, period: ReportingPeriod, waivers: [Waiver]) -> Breach {
        var breach = draft.breach
        if let start = CalendarDate(iso: breach.startDate) {
            let end = breach.closedDate.flatMap(CalendarDate.init(iso:)) ?? period.to
            breach.daysOpen = max(0, end.dayNumber - start.dayNumber)
        }
        if !draft.notes.isEmpty { breach.description += " " + draft.notes.joined(separator: " ") }
        let key = "\(breach.rule.id)|\(breach.entity.id)"
        if let finding = restrictions(on: draft.lastSeen)[key] {
            if breach.isOpen { breach.action = finding.action }
            breach.waiver = waivers.filter { $0.matches(finding) && $0.isInForce(on: draft.lastSeen.description) }
                .max { ($0.expiresAt ?? .distantFuture) < ($1.expiresAt ?? .distantFuture) }
        }
        return breach
    }
}
