import Foundation
@testable import OpsLens
import Testing

/// Each format rendered from `ReportFixtures.report()` must equal its file under `Golden/`.
///
/// Run with `OPSLENS_UPDATE_GOLDEN=1` to rewrite the files after an intended change, then review the diff.
@Suite("Report format goldens")
struct ReportGoldenTests {
    static func goldenPath(_ name: String) -> String {
        TestFiles.repository("Tests/OpsLensTests/Reports/Golden/\(name)")
    }

    static let cases: [(ReportFormat, Bool, String)] = [
        (.text, false, "report.txt"),
        (.text, true, "report-color.txt"),
        (.json, false, "report.json"),
        (.csv, false, "report.csv"),
        (.markdown, false, "report.md"),
        (.html, false, "report.html"),
        (.sarif, false, "report.sarif"),
        (.junit, false, "report.junit.xml"),
    ]

    @Test("renders the sample report exactly as the golden file", arguments: cases)
    func matchesGolden(format: ReportFormat, color: Bool, file: String) throws {
        let rendered = format.render(ReportFixtures.report(), options: ReportRenderOptions(color: color))
        let path = Self.goldenPath(file)
        if ProcessInfo.processInfo.environment["OPSLENS_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(rendered == golden, "\(file) differs; rerun with OPSLENS_UPDATE_GOLDEN=1 and review the diff")
    }

    @Test("renders the same report to the same bytes every time", arguments: ReportFormat.allCases)
    func deterministic(format: ReportFormat) {
        let report = ReportFixtures.report()
        #expect(format.render(report) == format.render(report))
    }

    @Test("renders numbers that are not finite or are huge without trapping", arguments: ReportFormat.allCases)
    func oddNumbers(format: ReportFormat) {
        var report = ReportFixtures.report()
        report.findings[0].holding.marketValue = .infinity
        report.findings[0].holding.quantity = -.infinity
        report.findings[1].match?.score = .nan
        report.findings[2].holding.marketValue = 1e300
        report.findings[2].match?.score = -1e300
        report.refreshSummary()
        #expect(format.render(report).hasSuffix("\n"))
    }

    @Test("renders a report without findings", arguments: ReportFormat.allCases)
    func emptyReport(format: ReportFormat) {
        let report = ScreeningReport(run: ReportFixtures.run, findings: [], rejected: [])
        let rendered = format.render(report)
        #expect(rendered.hasSuffix("\n"))
        #expect(!rendered.isEmpty)
    }
}
