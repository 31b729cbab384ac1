import Foundation
@testable import OpsLens
import Testing

/// A finding about the holding on `line` of one file, worth `marketValue` USD.
private func finding(_ severity: Severity, _ status: Finding.Status = .open, line: Int, marketValue: Double) -> Finding {
    var finding = ReportFixtures.blockFinding
    finding.id = "\(severity.rawValue)-\(status.rawValue)-line-\(line)"
    finding.severity = severity
    finding.status = status
    finding.holding = HoldingReference(file: "Portfolios/global.csv", line: line, portfolio: "GLOBAL",
                                       marketValue: marketValue, currency: "USD")
    return finding
}

@Suite("Report summary")
struct ReportSummaryTests {
    @Test("sums the market value affected per currency, each holding once, open block, warn and review findings only")
    func marketValueByCurrency() {
        var second = ReportFixtures.reviewFinding
        second.id = "second-rule-same-holding"
        let summary = ReportSummary(findings: [ReportFixtures.blockFinding, ReportFixtures.hostileFinding,
                                               ReportFixtures.reviewFinding, second, ReportFixtures.dataFinding])
        #expect(summary.marketValueAffectedByCurrency == ["CNY": 512_345.67, "HKD": 99_000])
        #expect(summary.marketValueAffected == 512_345.67 + 99_000)
        #expect(ReportText.marketValueAffected(summary) == "CNY 512,345.67; HKD 99,000.00")
    }

    @Test("counts a holding with several open findings once")
    func holdingWithSeveralFindings() {
        let summary = ReportSummary(findings: [finding(.block, line: 5, marketValue: 1_000),
                                               finding(.review, line: 5, marketValue: 1_000),
                                               finding(.warn, line: 5, marketValue: 1_000),
                                               finding(.warn, line: 6, marketValue: 20)])
        #expect(summary.marketValueAffected == 1_020)
        #expect(summary.marketValueAffectedByCurrency == ["USD": 1_020])
    }

    @Test("counts a holding under review, and one whose info note comes before its violation, once each")
    func everyAffectingSeverity() {
        let summary = ReportSummary(findings: [finding(.info, line: 5, marketValue: 1_000),
                                               finding(.block, line: 5, marketValue: 1_000),
                                               finding(.review, line: 6, marketValue: 300)])
        #expect(summary.marketValueAffected == 1_300)
    }

    @Test("leaves out a holding whose only open finding is an info note")
    func infoOnlyHolding() {
        let summary = ReportSummary(findings: [finding(.info, line: 7, marketValue: 50_000),
                                               finding(.block, line: 8, marketValue: 300)])
        #expect(summary.marketValueAffected == 300)
        #expect(summary.marketValueAffectedByCurrency == ["USD": 300])
    }

    @Test("leaves out a holding whose violation is waived, even with an open info note on it")
    func waivedHolding() {
        let summary = ReportSummary(findings: [finding(.block, .waived, line: 9, marketValue: 70_000),
                                               finding(.info, line: 9, marketValue: 70_000),
                                               finding(.warn, .waived, line: 10, marketValue: 4_000)])
        #expect(summary.open == 1 && summary.waived == 2)
        #expect(summary.marketValueAffected == 0)
        #expect(summary.marketValueAffectedByCurrency == [:])
        #expect(ReportText.marketValueAffected(summary) == "0.00")
    }

    @Test("leaves out data findings, even when they carry a market value")
    func dataFindings() {
        let summary = ReportSummary(findings: [finding(.data, line: 11, marketValue: 900)])
        #expect(summary.marketValueAffected == 0)
    }

    @Test("decodes a summary written before the per-currency sums existed")
    func decodesOlderSummary() throws {
        let json = #"{"findings":0,"open":0,"waived":0,"bySeverity":{},"openBySeverity":{},"byRule":{},"byPortfolio":{},"marketValueAffected":0}"#
        let summary = try JSONDecoder().decode(ReportSummary.self, from: Data(json.utf8))
        #expect(summary.marketValueAffectedByCurrency == nil)
        #expect(ReportText.marketValueAffected(summary) == "0.00")
    }

    @Test("formats scores and amounts the same way everywhere", arguments: [
        (0.875, "0.88", "0.88"), (1, "1.00", "1.00"), (-0.5, "-0.50", "-0.50"), (-0.001, "0.00", "0.00"),
        (1_234_567.891, "1234567.89", "1,234,567.89"), (-1_234.5, "-1234.50", "-1,234.50"),
    ])
    func numberText(value: Double, score: String, amount: String) {
        #expect(ReportText.score(value) == score)
        #expect(ReportText.amount(value) == amount)
    }
}
