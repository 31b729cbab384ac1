import Foundation
@testable import OpsLens
import Testing

@Suite("JSON report format")
struct JSONReportFormatTests {
    @Test("decodes back to the same report")
    func roundTrips() throws {
        let report = ReportFixtures.report()
        let decoded = try JSONDecoder().decode(ScreeningReport.self, from: Data(ReportFormat.json.render(report).utf8))
        #expect(decoded == report)
    }

    @Test("is versioned and writes keys in sorted order")
    func sortedAndVersioned() throws {
        let text = ReportFormat.json.render(ReportFixtures.report())
        #expect(text.contains("\"schemaVersion\" : \"1.0\""))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["baseline", "findings", "rejected", "resolved", "run", "schemaVersion", "staleWaivers", "summary"])
        let topLevelKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevelKeys == topLevelKeys.sorted())
    }

    @Test("gives byte-identical output for equal reports built apart, whatever the dictionaries' order")
    func byteIdentical() {
        var first = ReportFixtures.report()
        var second = ReportFixtures.report()
        first.findings[0].holding.identifiers = ["isin": "A", "ticker": "B", "sedol": "C"]
        second.findings[0].holding.identifiers = ["sedol": "C", "ticker": "B", "isin": "A"]
        first.refreshSummary()
        second.refreshSummary()
        #expect(first.canonicalJSON() == second.canonicalJSON())
    }
}
