extension PositionHistory {
    /// The trades the snapshots imply for this position, one per restriction on it, each read on every
    /// stretch of days it could have happened in.
    func trades() -> [InferredTrade] {
        var trades: [InferredTrade] = []
        for index in states.indices.dropFirst() {
            let before = states[index - 1], after = states[index]
            guard let direction = Self.direction(from: before, to: after) else { continue }
            let first = before.date.adding(days: 1)
            let stretches = stretches(from: first, to: after.date)
            let found = stretches.map { restrictions(on: $0.from) }
            for key in Set(found.flatMap(\.keys)).sorted() {
                var readings: [TradeReading] = []
                for (stretch, restrictions) in zip(stretches, found) {
                    let finding = restrictions[key]
                    let (verdict, explanation) = direction.judge(under: finding)
                    let phase = finding?.provenance?.phase
                    if let last = readings.last, last.verdict == verdict, last.explanation == explanation {
                        readings[readings.count - 1].to = stretch.to.description
                    } else {
                        readings.append(TradeReading(from: stretch.from.description, to: stretch.to.description,
                                                     verdict: verdict, phase: phase, explanation: explanation))
                    }
                }
                guard let reference = found.lazy.compactMap({ $0[key] }).first, let rule = reference.rule,
                      let entity = reference.entity else { continue }
                let verdicts = Set(readings.map(\.verdict))
                trades.append(InferredTrade(
                    portfolio: portfolio, security: security, name: holding.name, direction: direction,
                    quantityBefore: before.held ? before.quantity : 0, quantityAfter: after.held ? after.quantity : 0,
                    marketValueBefore: before.held ? before.marketValue : 0, marketValueAfter: after.held ? after.marketValue : 0,
                    currency: holding.currency, earliest: first.description, latest: after.date.description,
                    rule: rule, entity: entity, readings: readings,
                    verdict: verdicts.count == 1 ? verdicts.first! : .ambiguous))
            }
        }
        return trades
    }

    /// Bought or sold between two snapshots, or `nil` when the position did not change (or cannot tell:
    /// no quantities given).
    static func direction(from before: State, to after: State) -> InferredTrade.Direction? {
        switch (before.held, after.held) {
        case (false, false): return nil
        case (false, true): return .purchase
        case (true, false): return .sale
        case (true, true):
            guard let old = before.quantity, let new = after.quantity, old != new else { return nil }
            return new > old ? .purchase : .sale
        }
    }
}
