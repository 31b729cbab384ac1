/// One security in one portfolio across the portfolio's snapshots, and the restrictions on it on any day.
///
/// Only positions that resolve to a list entry have a history. The restrictions come from the engine
/// (`ScreeningEngine.findings(for:matches:asOf:)`), so they are exactly what screening says on each day.
struct PositionHistory {
    /// The position on one snapshot date; `held` is false when the snapshot does not hold it.
    struct State {
        var date: CalendarDate
        var held: Bool
        /// `nil` when the file gives no quantity.
        var quantity: Double?
        var marketValue: Double?
    }

    let engine: ScreeningEngine
    let portfolio: String
    let security: String
    /// A row of the position (the latest one), screened on each day asked about.
    let holding: Holding
    let matches: [EntityMatch]
    let states: [State]
    /// Days on which a restriction on the position can change: listing, effective, day after divestment,
    /// rules' start and day after their end.
    let milestones: [CalendarDate]

    init(engine: ScreeningEngine, portfolio: String, security: String, holding: Holding, matches: [EntityMatch],
         states: [State], through end: CalendarDate) {
        self.engine = engine
        self.portfolio = portfolio
        self.security = security
        self.holding = holding
        self.matches = matches
        self.states = states
        var days = Set<CalendarDate>()
        for rule in engine.book.rules {
            if let from = rule.effectiveFrom { days.insert(from) }
            if let to = rule.effectiveTo { days.insert(to.adding(days: 1)) }
        }
        for finding in engine.findings(for: holding, matches: matches, asOf: end) {
            guard let provenance = finding.provenance else { continue }
            for date in [provenance.listingDate, provenance.effectiveDate] {
                if let date { days.insert(date) }
            }
            if let divestment = provenance.divestmentDate { days.insert(divestment.adding(days: 1)) }
        }
        milestones = days.sorted()
    }

    /// The restrictions on the position on `date`, by `rule|entity` (explanations and data notes left out).
    func restrictions(on date: CalendarDate) -> [String: Finding] {
        var result: [String: Finding] = [:]
        for finding in engine.findings(for: holding, matches: matches, asOf: date) {
            guard let key = Self.key(finding), finding.severity != .info else { continue }
            result[key] = result[key] ?? finding
        }
        return result
    }

    /// `rule|entity`, the key a restriction is followed by across days; `nil` for data findings.
    static func key(_ finding: Finding) -> String? {
        guard let rule = finding.rule, let entity = finding.entity else { return nil }
        return "\(rule.id)|\(entity.id)"
    }

    /// Whether `finding` makes holding the position a breach: something is prohibited and the rule blocks
    /// (or would, once a name match is confirmed).
    static func isBinding(_ finding: Finding?) -> Bool {
        guard let finding, let rule = finding.rule, rule.kind != Restriction.watch.rawValue else { return false }
        return finding.severity == .block || finding.severity == .review
    }

    /// The first day of each stretch of days from `first` to `last` on which the restrictions stay the same.
    func stretches(from first: CalendarDate, to last: CalendarDate) -> [(from: CalendarDate, to: CalendarDate)] {
        let starts = [first] + milestones.filter { first < $0 && $0 <= last }
        return starts.indices.map { index in
            (starts[index], index + 1 < starts.count ? starts[index + 1].adding(days: -1) : last)
        }
    }

    /// The first day the restriction `key` has been binding on without a break up to `date`, as far as the
    /// milestones tell; `nil` when it has been binding since before all of them.
    func bindingSince(_ key: String, through date: CalendarDate) -> CalendarDate? {
        for day in milestones.reversed() where day <= date {
            guard Self.isBinding(restrictions(on: day)[key]) else { return nil }
            if !Self.isBinding(restrictions(on: day.adding(days: -1))[key]) { return day }
        }
        return nil
    }
}
