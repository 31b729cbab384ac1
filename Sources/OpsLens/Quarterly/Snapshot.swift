/// A holdings file read for a quarterly report: its date, its screening as of that date, and its
/// positions that resolve to list entries (whatever the date), by portfolio and security.
struct Snapshot {
    /// A position in a restricted (or once restricted) security: its rows added up.
    struct Position {
        var holding: Holding
        var matches: [EntityMatch]
        var quantity: Double?
        var marketValue: Double?
        /// The list entries it resolves to in the current and the previous vintage, as `list:sourceId`.
        var references: Set<String>
    }

    let source: InputSource
    let date: CalendarDate
    let stamp: SnapshotStamp
    /// The screening of the file as of `date`, waivers applied.
    let report: ScreeningReport
    /// Every portfolio the file holds, with its positions that resolve to a list entry, by security key.
    let positions: [String: [String: Position]]

    /// The findings about `portfolio`'s holdings.
    func findings(of portfolio: String) -> [Finding] {
        report.findings.filter { $0.holding.portfolio == portfolio }
    }
}

extension ScreeningEngine {
    /// Reads one snapshot: its positions in listed securities, its date, then its screening as of that date.
    func snapshot(_ input: SnapshotInput, request: QuarterlyRequest, previousIndex: ScreeningIndex?) throws -> Snapshot {
        var positions: [String: [String: Snapshot.Position]] = [:]
        let file = try HoldingsReader(options: request.readOptions).read(input.source) { holding in
            let matches = resolve(holding)
            let previous = previousIndex?.resolve(holding) ?? []
            guard !matches.isEmpty || !previous.isEmpty || mayBeOwned(holding) else {
                if positions[holding.portfolio] == nil { positions[holding.portfolio] = [:] }
                return
            }
            let security = HoldingReference(holding).securityKey
            var position = positions[holding.portfolio, default: [:]][security]
                ?? Snapshot.Position(holding: holding, matches: matches, quantity: nil, marketValue: nil,
                                     references: Self.references(matches, in: index).union(Self.references(previous, in: previousIndex)))
            if let quantity = holding.quantity { position.quantity = (position.quantity ?? 0) + quantity }
            if let value = holding.marketValue { position.marketValue = (position.marketValue ?? 0) + value }
            positions[holding.portfolio, default: [:]][security] = position
        }
        guard let date = input.date ?? file.holdingsDate else {
            throw InputError(.undatedSnapshot, file: input.source.name,
                             "no holdings date: the file states none above its header (e.g. \"Fund Holdings as of\"); "
                                + "give one with --holdings-date \(input.source.name)=YYYY-MM-DD")
        }
        guard date <= request.period.to else {
            throw InputError(.snapshotOutsidePeriod, file: input.source.name,
                             "dated \(date), after the period \(request.period.label) ends on \(request.period.to)")
        }
        let report = try screen(ScreeningRequest(holdings: [input.source], asOf: date, readOptions: request.readOptions,
                                                 waivers: request.waivers)).report
        let stamp = SnapshotStamp(file: input.source.name, sha256: file.sha256, date: date.description,
                                  dateSource: input.date == nil ? "file" : "given", portfolios: positions.keys.sorted(),
                                  holdings: file.holdings, rejected: file.rejected.count,
                                  findingsBySeverity: report.summary.bySeverity)
        return Snapshot(source: input.source, date: date, stamp: stamp, report: report, positions: positions)
    }

    /// The entries `matches` refer to, as `list:sourceId`, with the published entry a curated one stands for.
    static func references(_ matches: [EntityMatch], in index: ScreeningIndex?) -> Set<String> {
        guard let index else { return [] }
        return Set(matches.flatMap { match in
            let entity = index[match.entityKey].entity
            return [entity.reference] + (entity.curation?.sameAs.map { [$0] } ?? [])
        })
    }

    /// Each portfolio's positions in listed securities across its snapshots, in date order.
    func positionHistories(_ snapshots: [Snapshot], through end: CalendarDate) -> [PositionHistory] {
        var histories: [PositionHistory] = []
        for portfolio in Set(snapshots.flatMap(\.positions.keys)).sorted() {
            let own = snapshots.filter { $0.positions[portfolio] != nil }
            let dates = Array(Set(own.map(\.date))).sorted()
            let securities = Set(own.flatMap { $0.positions[portfolio]!.keys }).sorted()
            for security in securities {
                var latest: Snapshot.Position?
                let states = dates.map { date in
                    let held = own.filter { $0.date == date }.compactMap { $0.positions[portfolio]![security] }
                    latest = held.last ?? latest
                    return PositionHistory.State(
                        date: date, held: !held.isEmpty,
                        quantity: held.contains { $0.quantity == nil } ? nil : held.compactMap(\.quantity).reduce(0, +),
                        marketValue: held.contains { $0.marketValue == nil } ? nil : held.compactMap(\.marketValue).reduce(0, +))
                }
                guard let position = latest else { continue }
                histories.append(PositionHistory(engine: self, portfolio: portfolio, security: security, holding: position.holding,
                                                 matches: position.matches, states: states, through: end))
            }
        }
        return histories
    }
}
