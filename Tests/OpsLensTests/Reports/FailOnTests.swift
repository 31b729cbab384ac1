import Foundation
@testable import OpsLens
import Testing

@Suite("Fail-on levels and exit codes")
struct FailOnTests {
    static func report(_ findings: [(Severity, Finding.Status)]) -> ScreeningReport {
        let holding = HoldingReference(file: "a.csv", line: 2, portfolio: "P")
        return ScreeningReport(run: ReportFixtures.run, findings: findings.enumerated().map { index, pair in
            Finding(id: "f\(index)", severity: pair.0, status: pair.1, holding: holding, action: "")
        }, rejected: [])
    }

    @Test("a level fails on its own severity and every higher one", arguments: [
        (FailOn.block, [Severity.block]),
        (.warn, [.block, .warn]),
        (.review, [.block, .warn, .review]),
        (.data, [.block, .warn, .review, .data]),
        (.never, []),
    ])
    func thresholds(failOn: FailOn, failing: [Severity]) {
        for severity in Severity.allCases {
            #expect(failOn.fails(on: severity) == failing.contains(severity), "\(failOn) on \(severity)")
        }
    }

    @Test("only open findings count: a waived block finding passes")
    func waivedDoNotFail() {
        let report = Self.report([(.block, .waived), (.warn, .open)])
        #expect(!report.fails(.block))
        #expect(report.exitCode(failOn: .block) == ScreeningExitCode.passed)
        #expect(report.fails(.warn))
        #expect(report.exitCode(failOn: .warn) == ScreeningExitCode.failed)
        #expect(report.failingFindings(.warn).map(\.id) == ["f1"])
    }

    @Test("data findings fail only at --fail-on data; info never fails")
    func dataAndInfo() {
        let report = Self.report([(.data, .open), (.info, .open)])
        #expect(report.exitCode(failOn: .review) == 0)
        #expect(report.exitCode(failOn: .data) == 1)
        #expect(Self.report([(.info, .open)]).exitCode(failOn: .data) == 0)
        #expect(Self.report([(.block, .open)]).exitCode(failOn: .never) == 0)
    }

    @Test("the codes are 0, 1 and 2")
    func codes() {
        #expect([ScreeningExitCode.passed, ScreeningExitCode.failed, ScreeningExitCode.error] == [0, 1, 2])
    }
}

@Suite("Report summary")
struct ReportSummaryTests {
    @Test("sums the market value affected per currency, each holding once, open findings with an entry only")
    func marketValueByCurrency() {
        var second = ReportFixtures.reviewFinding
        second.id = "second-rule-same-holding"
        let summary = ReportSummary(findings: [ReportFixtures.blockFinding, ReportFixtures.hostileFinding,
                                               ReportFixtures.reviewFinding, second, ReportFixtures.dataFinding])
        #expect(summary.marketValueAffectedByCurrency == ["CNY": 512_345.67, "HKD": 99_000])
        #expect(summary.marketValueAffected == 512_345.67 + 99_000)
        #expect(ReportText.marketValueAffected(summary) == "CNY 512,345.67; HKD 99,000.00")
    }

    @Test("decodes a summary written before the per-currency sums existed")
    func decodesOlderSummary() throws {
        let json = #"{"findings":0,"open":0,"waived":0,"bySeverity":{},"openBySeverity":{},"byRule":{},"byPortfolio":{},"marketValueAffected":0}"#
        let summary = try JSONDecoder().decode(ReportSummary.self, from: Data(json.utf8))
        #expect(summary.marketValueAffectedByCurrency == nil)
        #expect(ReportText.marketValueAffected(summary) == "0.00")
    }
}
