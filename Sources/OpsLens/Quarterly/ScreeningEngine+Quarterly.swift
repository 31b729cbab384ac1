extension ScreeningEngine {
    /// The quarterly compliance report: every snapshot screened as of its date, the trades between
    /// consecutive snapshots of a portfolio judged on the days they could have happened, the breach
    /// register, waivers, lists and rules.
    ///
    /// - Parameters:
    ///   - request: The period, the snapshots and what to compare with.
    ///   - now: The current time as ISO 8601 text (the report's only non-deterministic input).
    /// - Throws: `InputError` for a holdings file that cannot be read, has no date, or is dated after the period.
    public func quarterlyReport(_ request: QuarterlyRequest, now: () -> String = ScreeningEngine.currentTime) throws -> QuarterlyReport {
        let generatedAt = now()
        let period = request.period
        let waivers = (request.waivers ?? defaultWaivers)?.waivers ?? []
        let previousIndex = request.previousLists.map { ScreeningIndex(lists: $0, thresholds: index.thresholds) }
        var snapshots: [Snapshot] = []
        for input in request.snapshots {
            guard !snapshots.contains(where: { $0.source.name == input.source.name }) else {
                throw InputError(.snapshotOutsidePeriod, file: input.source.name, "given twice as a holdings snapshot")
            }
            snapshots.append(try snapshot(input, request: request, previousIndex: previousIndex))
        }
        snapshots.sort { ($0.date, $0.source.name) < ($1.date, $1.source.name) }

        let histories = positionHistories(snapshots, through: period.to)
        let previousOpen = request.previousReport?.breaches.filter(\.isOpen) ?? []
        var trades: [InferredTrade] = []
        var breaches: [Breach] = []
        var carriedKeys = Set<String>()
        for history in histories {
            let own = history.trades()
            let previous = previousOpen.filter { $0.portfolio == history.portfolio && $0.security == history.security }
            carriedKeys.formUnion(previous.map(\.id))
            trades += own.filter { $0.latest >= period.from.description }
            breaches += history.breaches(trades: own, previous: previous, period: period, waivers: waivers)
        }
        for var breach in previousOpen where !carriedKeys.contains(breach.id) {
            breach.origin = .carriedOver
            let end: CalendarDate
            if let first = snapshots.first(where: { $0.positions[breach.portfolio] != nil })?.date {
                // The portfolio's first snapshot no longer holds the security (not even resolved to a list entry).
                breach.closedDate = first.description
                breach.marketValueAtClose = 0
                breach.action = "Closed: no longer held on \(first)."
                end = first
            } else {
                breach.description += " The portfolio is not among this report's holdings: still open as carried over."
                end = period.to
            }
            breach.daysOpen = CalendarDate(iso: breach.startDate).map { max(0, end.dayNumber - $0.dayNumber) } ?? breach.daysOpen
            breaches.append(breach)
        }
        let previousIds = Set(request.previousReport?.breaches.map(\.id) ?? [])
        var seen = Set<String>()
        breaches = breaches
            .filter { $0.startDate <= period.to.description && ($0.closedDate ?? "9999-12-31") >= period.from.description }
            .map { breach in
                var breach = breach
                if previousIds.contains(breach.id) { breach.origin = .carriedOver }
                return breach
            }
            .filter { seen.insert($0.id).inserted }
            .sorted { ($0.portfolio, $0.startDate, $0.security, $0.id) < ($1.portfolio, $1.startDate, $1.security, $1.id) }
        trades.sort { ($0.portfolio, $0.latest, $0.security, $0.rule.id) < ($1.portfolio, $1.latest, $1.security, $1.rule.id) }
        let listChanges = request.previousLists.map { previous in
            QuarterlyListChanges(from: previous, to: book.lists, positions: snapshots.flatMap { snapshot in
                snapshot.positions.flatMap { portfolio, positions in
                    positions.map { (portfolio, $0.key, $0.value.holding.name, snapshot.date.description, $0.value.references) }
                }
            })
        }
        var portfolios = portfolioSummaries(snapshots, breaches: breaches, period: period)
        for index in portfolios.indices {
            portfolios[index].listChangesTouchingHoldings = listChanges?.touchingHoldings
                .filter { $0.holdings.contains { $0.portfolio == portfolios[index].portfolio } }.count ?? 0
        }

        return QuarterlyReport(
            period: period,
            run: QuarterlyRun(toolVersion: OpsLensVersion.current, generatedAt: generatedAt,
                              matcher: MatcherStamp(version: Self.matcherVersion, matchThreshold: index.thresholds.match,
                                                    reviewThreshold: index.thresholds.review),
                              rules: rulesInForce(period), lists: snapshots.first?.report.run.lists ?? [],
                              previousLists: request.previousLists?.map(ListStamp.init),
                              previousReport: request.previousReport.map {
                                  PreviousReportStamp(file: request.previousReportName ?? "", period: $0.period.label,
                                                      openBreaches: $0.breaches.filter(\.isOpen).count)
                              }),
            snapshots: snapshots.map(\.stamp),
            portfolios: portfolios,
            breaches: breaches, trades: trades,
            waivers: waiverActivity(waivers, snapshots: snapshots, breaches: breaches, period: period),
            exposure: exposure(snapshots, period: period),
            openBreaches: openBreachTimeline(breaches, period: period),
            listChanges: listChanges, signOff: SignOff())
    }

    /// The rules with their files' SHA-256 and whether they were in force at the period's ends.
    private func rulesInForce(_ period: ReportingPeriod) -> [RuleInForce] {
        let digests = Dictionary(book.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        return book.rules.map { rule in
            let digest = digests[rule.location.file] ?? ""
            func inForce(_ date: CalendarDate) -> Bool {
                (rule.effectiveFrom.map { $0 <= date } ?? true) && (rule.effectiveTo.map { date <= $0 } ?? true)
            }
            return RuleInForce(id: rule.id, title: rule.title, version: digest.isEmpty ? "preset" : String(digest.prefix(12)),
                               sha256: digest, inForceAtStart: inForce(period.from), inForceAtEnd: inForce(period.to))
        }
    }
}
