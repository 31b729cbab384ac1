@testable import OpsLens
import Testing

@Suite("Report finding order")
struct ScreeningReportOrderTests {
    static func finding(_ id: String, _ severity: Severity, _ status: Finding.Status = .open, portfolio: String = "P",
                        line: Int = 2, rule: String? = "r") -> Finding {
        Finding(id: id, severity: severity, status: status,
                holding: HoldingReference(file: "a.csv", line: line, portfolio: portfolio),
                rule: rule.map { RuleReference(id: $0, title: $0, kind: "blocked") }, action: "")
    }

    @Test("sorts by severity, open before waived, then portfolio, line, rule and id")
    func order() {
        var report = ScreeningReport(run: ReportFixtures.run, findings: [
            Self.finding("data", .data, rule: nil),
            Self.finding("warn-waived", .warn, .waived),
            Self.finding("block-line-9", .block, line: 9),
            Self.finding("warn-open", .warn),
            Self.finding("block-line-2-rule-b", .block, rule: "b"),
            Self.finding("block-line-2-rule-a", .block, rule: "a"),
            Self.finding("block-portfolio-A", .block, portfolio: "A", line: 50),
        ], rejected: [])
        report.sortFindingsBySeverity()
        #expect(report.findings.map(\.id) == ["block-portfolio-A", "block-line-2-rule-a", "block-line-2-rule-b",
                                              "block-line-9", "warn-open", "warn-waived", "data"])
    }

    @Test("gives the same order whatever the input order")
    func stable() {
        let findings = ReportFixtures.report().findings
        var forward = ScreeningReport(run: ReportFixtures.run, findings: findings, rejected: [])
        var backward = ScreeningReport(run: ReportFixtures.run, findings: findings.reversed(), rejected: [])
        forward.sortFindingsBySeverity()
        backward.sortFindingsBySeverity()
        #expect(forward.findings == backward.findings)
        #expect(ReportFormat.json.render(forward) == ReportFormat.json.render(backward))
    }
}
