import Foundation
import OpsLens
import Testing

@Suite("The quarterly report of the worked example (Portfolios/quarterly)")
struct QuarterlyReportTests {
    @Test("registers the purchase after the effective date as active and the holding caught by it as passive, divested")
    func register() throws {
        let report = try QuarterlyExample.report()
        #expect(report.breaches.count == 2)
        let active = try #require(report.breaches.first { $0.portfolio == "QTR-GROWTH" })
        #expect(active.kind == .active)
        #expect(active.security == "ticker:20 XHKG")
        #expect(active.rule.id == "ns-cmic" && active.entity.id == "ofac-consolidated:33114")
        #expect(active.startDate == "2022-03-01" && active.identifiedDate == "2022-03-31")
        #expect(active.closedDate == nil && active.daysOpen == 30)
        #expect(active.marketValueAtStart == 412_500 && active.marketValueAtClose == nil)
        #expect(active.origin == .new && !active.needsConfirmation && active.waiver == nil)

        let passive = try #require(report.breaches.first { $0.portfolio == "legacy-asia" })
        #expect(passive.kind == .passive)
        #expect(passive.startDate == "2022-02-08" && passive.identifiedDate == "2022-02-28")
        #expect(passive.closedDate == "2022-03-31" && passive.daysOpen == 51)
        #expect(passive.marketValueAtStart == 588_000 && passive.marketValueAtClose == 0)
        #expect(passive.action.hasPrefix("Divested"))
        #expect(passive.waiver?.id == "W-Q1-001")
        #expect(active.id != passive.id)
    }

    @Test("judges the trades between consecutive snapshots: a violation and a divestment")
    func trades() throws {
        let report = try QuarterlyExample.report()
        #expect(report.trades.map(\.portfolio) == ["QTR-GROWTH", "legacy-asia"])
        #expect(report.trades.map(\.direction) == [.purchase, .sale])
        #expect(report.trades.map(\.verdict) == [.violation, .divestment])
        #expect(report.trades.map(\.earliest) == ["2022-03-01", "2022-03-01"])
        #expect(report.trades.allSatisfy { $0.readings.count == 1 })
    }

    @Test("shows both readings when the snapshots straddle the effective date")
    func ambiguous() throws {
        let report = try QuarterlyExample.report(growth: ["2021-12-31", "2022-03-31"], legacy: ["2021-12-31", "2022-03-31"])
        let purchase = try #require(report.trades.first { $0.direction == .purchase })
        #expect(purchase.verdict == .ambiguous)
        #expect(purchase.readings.map(\.verdict) == [.allowed, .violation])
        #expect(purchase.readings.map(\.from) == ["2022-01-01", "2022-02-08"])
        #expect(purchase.readings.map(\.to) == ["2022-02-07", "2022-03-31"])
        let sale = try #require(report.trades.first { $0.direction == .sale })
        #expect(sale.readings.map(\.verdict) == [.allowed, .divestment])
        #expect(report.breaches.count == 2)
        #expect(report.breaches.allSatisfy { $0.needsConfirmation && $0.startDate == "2022-02-08" })
        #expect(report.breaches.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.active, .passive])
    }

    @Test("carries open breaches over into the next report with their ids, and leaves closed ones behind")
    func carriedOver() throws {
        let first = try QuarterlyExample.report()
        let previous = try QuarterlyReport(.bytes(Array(first.canonicalJSON()), name: "2022Q1.json"))
        #expect(previous == first)
        let next = try QuarterlyExample.report(growth: ["2022-03-31"], legacy: ["2022-03-31"], previous: previous, period: "2022Q2")
        #expect(next.breaches.count == 1)
        let carried = try #require(next.breaches.first)
        #expect(carried.id == first.breaches.first { $0.portfolio == "QTR-GROWTH" }?.id)
        #expect(carried.origin == .carriedOver && carried.kind == .active && carried.startDate == "2022-03-01")
        #expect(carried.isOpen && carried.daysOpen == 121)
        #expect(next.portfolios.first { $0.portfolio == "QTR-GROWTH" }?.breachesCarriedOver == 1)

        // Without SenseTime (not even a row resolving to a list entry) in the next snapshot, the carried breach
        // closes at that snapshot.
        let lines = try String(contentsOfFile: TestFiles.repository("\(QuarterlyExample.folder)/2022-03-31/growth.csv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.contains("SENSETIME") }
        let june = try TestFiles.temporary(lines.joined(separator: "\n") + "\n", name: "growth.csv")
        let request = QuarterlyRequest(period: ReportingPeriod(quarter: "2022Q2")!,
                                       snapshots: [SnapshotInput(source: .file(june), date: CalendarDate(iso: "2022-06-30"))],
                                       previousReport: previous)
        let sold = try QuarterlyExample.engine().quarterlyReport(request, now: { "" })
        let closed = try #require(sold.breaches.first)
        #expect(closed.id == carried.id && closed.origin == .carriedOver)
        #expect(closed.closedDate == "2022-06-30" && closed.marketValueAtClose == 0 && closed.daysOpen == 121)
    }

    @Test("gives the same breach ids and JSON on every run")
    func deterministic() throws {
        #expect(try QuarterlyExample.report().canonicalJSON() == (try QuarterlyExample.report().canonicalJSON()))
    }

    @Test("counts waivers, exposure and breaches open over the period")
    func summaries() throws {
        let report = try QuarterlyExample.report()
        let waiver = try #require(report.waivers.first)
        #expect(waiver.granted && waiver.used && !waiver.expired && !waiver.stale)
        #expect(report.exposure.map(\.list) == ["ofac-consolidated"])
        #expect(report.exposure.map(\.marketValueAtStart) == [634_000] && report.exposure.map(\.marketValueAtEnd) == [412_500])
        #expect(report.openBreaches.map(\.date) == ["2022-01-01", "2022-02-08", "2022-03-01", "2022-03-31"])
        #expect(report.openBreaches.map(\.open) == [0, 1, 2, 1])
        let legacy = try #require(report.portfolios.first { $0.portfolio == "legacy-asia" })
        #expect(legacy.breachesClosed == 1 && legacy.breachesOpen == 0 && legacy.breachesNew == 1)
        #expect(report.snapshots.filter { $0.dateSource == "file" }.count == 4)
    }

    @Test("refuses a snapshot without a date, naming the file and the option")
    func undated() throws {
        let engine = try QuarterlyExample.engine()
        let request = QuarterlyRequest(period: ReportingPeriod(quarter: "2022Q1")!,
                                       snapshots: [SnapshotInput(source: QuarterlyExample.source("2022-03-31/growth.csv"))])
        #expect {
            try engine.quarterlyReport(request)
        } throws: { error in
            let description = (error as? InputError)?.description ?? ""
            return description.contains("growth.csv") && description.contains("--holdings-date")
        }
    }

    @Test("reads quarters and refuses what is not one", arguments: [("2022Q1", "2022-01-01", "2022-03-31"), ("2024-q4", "2024-10-01", "2024-12-31")])
    func quarters(text: String, from: String, to: String) throws {
        let period = try #require(ReportingPeriod(quarter: text))
        #expect(period.from.description == from && period.to.description == to)
        #expect(ReportingPeriod(quarter: "2022Q5") == nil && ReportingPeriod(quarter: "22Q1") == nil)
    }
}
