extension ScreeningEngine {
    /// The dates of `portfolio`'s snapshots standing for the period's start (the last on or before it, else
    /// the first after it) and end (the last).
    func bounds(of portfolio: String, in snapshots: [Snapshot], period: ReportingPeriod) -> ReportingPeriod.Bounds? {
        let dates = snapshots.filter { $0.positions[portfolio] != nil }.map(\.date)
        guard let first = dates.first, let last = dates.last else { return nil }
        return ReportingPeriod.Bounds(start: dates.last { $0 <= period.from } ?? first, end: last)
    }

    /// The findings about `portfolio` in its snapshots of `date`.
    func findings(of portfolio: String, on date: CalendarDate, in snapshots: [Snapshot]) -> [Finding] {
        snapshots.filter { $0.date == date }.flatMap { $0.findings(of: portfolio) }
    }

    func portfolioSummaries(_ snapshots: [Snapshot], breaches: [Breach], period: ReportingPeriod) -> [PortfolioSummary] {
        Set(snapshots.flatMap(\.positions.keys)).sorted().compactMap { portfolio in
            guard let bounds = bounds(of: portfolio, in: snapshots, period: period) else { return nil }
            let (start, end) = (bounds.start, bounds.end)
            let own = breaches.filter { $0.portfolio == portfolio }
            let atEnd = findings(of: portfolio, on: end, in: snapshots)
            return PortfolioSummary(
                portfolio: portfolio,
                snapshotDates: Array(Set(snapshots.filter { $0.positions[portfolio] != nil }.map(\.date.description))).sorted(),
                breachesOpen: own.filter(\.isOpen).count,
                breachesNew: own.filter { $0.origin == .new }.count,
                breachesClosed: own.filter { !$0.isOpen }.count,
                breachesCarriedOver: own.filter { $0.origin == .carriedOver }.count,
                marketValueExposedAtStart: ReportSummary(findings: findings(of: portfolio, on: start, in: snapshots)).marketValueAffected,
                marketValueExposedAtEnd: ReportSummary(findings: atEnd).marketValueAffected,
                findingsBySeverity: ReportSummary(findings: atEnd).bySeverity,
                listChangesTouchingHoldings: 0)
        }
    }

    /// The market value exposed per list, summed over the portfolios, at the period's start and end.
    func exposure(_ snapshots: [Snapshot], period: ReportingPeriod) -> [ListExposure] {
        func exposed(on date: (ReportingPeriod.Bounds) -> CalendarDate) -> [String: Double] {
            var totals: [String: Double] = [:]
            for portfolio in Set(snapshots.flatMap(\.positions.keys)) {
                guard let bounds = bounds(of: portfolio, in: snapshots, period: period) else { continue }
                let listed = findings(of: portfolio, on: date(bounds), in: snapshots).filter { $0.entity != nil }
                for (list, findings) in Dictionary(grouping: listed, by: { $0.entity!.list }) {
                    totals[list, default: 0] += ReportSummary(findings: findings).marketValueAffected
                }
            }
            return totals
        }
        let start = exposed(on: \.start), end = exposed(on: \.end)
        return Set(start.keys).union(end.keys).sorted().map {
            ListExposure(list: $0, marketValueAtStart: start[$0] ?? 0, marketValueAtEnd: end[$0] ?? 0)
        }
    }

    /// What each waiver did in the period: granted, used, expired, stale.
    func waiverActivity(_ waivers: [Waiver], snapshots: [Snapshot], breaches: [Breach], period: ReportingPeriod) -> [WaiverActivity] {
        let used = Set(snapshots.flatMap { $0.report.findings.compactMap(\.waiver?.id) } + breaches.compactMap(\.waiver?.id))
        let matched = Set(snapshots.flatMap { $0.report.findings }.flatMap { finding in waivers.filter { $0.matches(finding) }.map(\.id) })
        return waivers.map { waiver in
            WaiverActivity(waiver: waiver,
                           granted: period.contains(waiver.approvedAt),
                           used: used.contains(waiver.id),
                           expired: waiver.expiresAt.map(period.contains) ?? false,
                           stale: !matched.contains(waiver.id))
        }
    }

    /// The number of breaches open from each day in the period on which it changed.
    func openBreachTimeline(_ breaches: [Breach], period: ReportingPeriod) -> [OpenBreachCount] {
        var days = Set([period.from.description])
        for breach in breaches {
            for day in [breach.startDate, breach.closedDate].compactMap({ $0 }) where day > period.from.description && day <= period.to.description {
                days.insert(day)
            }
        }
        return days.sorted().map { day in
            OpenBreachCount(date: day, open: breaches.filter { $0.startDate <= day && ($0.closedDate.map { day < $0 } ?? true) }.count)
        }
    }
}
