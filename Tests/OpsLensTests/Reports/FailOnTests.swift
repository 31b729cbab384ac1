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
