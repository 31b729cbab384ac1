import Foundation
@testable import OpsLens
import Testing

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

    @Test("formats scores and amounts the same way everywhere", arguments: [
        (0.875, "0.88", "0.88"), (1, "1.00", "1.00"), (-0.5, "-0.50", "-0.50"), (-0.001, "0.00", "0.00"),
        (1_234_567.891, "1234567.89", "1,234,567.89"), (-1_234.5, "-1234.50", "-1,234.50"),
    ])
    func numberText(value: Double, score: String, amount: String) {
        #expect(ReportText.score(value) == score)
        #expect(ReportText.amount(value) == amount)
    }
}
