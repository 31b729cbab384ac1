import Foundation
@testable import OpsLens
import Testing

@Suite("Baselines")
struct BaselineTests {
    static func finding(_ id: String, _ severity: Severity = .block) -> Finding {
        Finding(id: id, severity: severity, holding: HoldingReference(file: "a.csv", line: 2, portfolio: "P"), action: "")
    }

    static func report(_ ids: [String], asOf: CalendarDate = "2026-03-31") -> ScreeningReport {
        var run = ReportFixtures.run
        run.asOf = asOf
        return ScreeningReport(run: run, findings: ids.map { finding($0) }, rejected: [])
    }

    @Test("marks findings new or unchanged by fingerprint and lists the gone ones as resolved")
    func compares() throws {
        let baseline = Baseline(report: Self.report(["a", "b", "c"], asOf: "2026-02-28"))
        let result = baseline.compare(Self.report(["b", "d", "c"]))
        #expect(result.findings.map(\.change) == [.unchanged, .new, .unchanged])
        #expect(result.resolved.map(\.id) == ["a"])
        #expect(result.resolved.map(\.change) == [.resolved])
        let comparison = try #require(result.baseline)
        #expect(comparison == BaselineComparison(asOf: "2026-02-28", startedAt: ReportFixtures.run.startedAt, findings: 3,
                                                 new: 1, unchanged: 2, resolved: 1))
    }

    @Test("carries the first-seen date forward through a chain of baselines")
    func firstSeen() throws {
        let first = Baseline(report: Self.report(["a"], asOf: "2026-01-31")).compare(Self.report(["a", "b"], asOf: "2026-02-28"))
        #expect(first.findings.map(\.firstSeen) == ["2026-01-31", "2026-02-28"])
        let second = Baseline(report: first).compare(Self.report(["b", "c"], asOf: "2026-03-31"))
        #expect(second.findings.map(\.firstSeen) == ["2026-02-28", "2026-03-31"])
        #expect(second.resolved.map(\.firstSeen) == ["2026-01-31"])
        let decoded = try Baseline(json: second.canonicalJSON(), file: "march.json")
        #expect(decoded.compare(Self.report(["b"], asOf: "2026-04-30")).findings.map(\.firstSeen) == ["2026-02-28"])
    }

    @Test("an empty baseline makes every finding new; an empty run resolves everything")
    func emptySides() {
        #expect(Baseline(report: Self.report([])).compare(Self.report(["a"])).findings.map(\.change) == [.new])
        let cleared = Baseline(report: Self.report(["a", "b"])).compare(Self.report([]))
        #expect(cleared.resolved.map(\.id) == ["a", "b"])
        #expect(cleared.baseline?.resolved == 2)
    }

    @Test("reads the previous run's canonical JSON")
    func roundTripsJSON() throws {
        let previous = ReportFixtures.report()
        let baseline = try Baseline(json: previous.canonicalJSON(), file: "last.json")
        #expect(baseline.report == previous)
        let result = baseline.compare(previous)
        #expect(result.findings.allSatisfy { $0.change == .unchanged })
        #expect(result.resolved.isEmpty)
    }

    @Test("reads back a report whose numbers are not finite")
    func nonFiniteNumbers() throws {
        var report = ReportFixtures.report()
        report.findings[0].holding.marketValue = .infinity
        report.findings[0].holding.quantity = -.infinity
        report.findings[1].match?.score = .nan
        let decoded = try Baseline(json: report.canonicalJSON(), file: "last.json").report
        #expect(decoded.findings[0].holding.marketValue == .infinity)
        #expect(decoded.findings[0].holding.quantity == -.infinity)
        #expect(decoded.findings[1].match?.score.isNaN == true)
    }

    @Test("rejects a file that is not a report, naming the missing field", arguments: [
        ("{}", "missing \"schemaVersion\""),
        ("{\"schemaVersion\": \"1.0\"}", "missing \"run\""),
        ("not json", "not an OpsLens JSON report"),
        ("[1, 2]", "not an OpsLens JSON report"),
    ])
    func rejectsNonReports(text: String, fragment: String) {
        do {
            _ = try Baseline(json: Data(text.utf8), file: "last.json")
            Issue.record("decoded")
        } catch let error as BaselineError {
            #expect(error.description.hasPrefix("last.json: "))
            #expect(error.message.contains(fragment), "\(error.message)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("rejects a report of another major schema version")
    func rejectsOtherSchema() throws {
        var report = ReportFixtures.report()
        report.schemaVersion = "2.0"
        #expect(throws: BaselineError.self) { try Baseline(json: report.canonicalJSON(), file: "last.json") }
        report.schemaVersion = "1.3"
        #expect(try Baseline(json: report.canonicalJSON(), file: "last.json").report.schemaVersion == "1.3")
    }
}
