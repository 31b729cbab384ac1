import Foundation
import OpsLens
import Testing

/// The quarterly report of the worked example (Portfolios/quarterly), rendered in each format, must equal
/// its file under `Golden/`, with the package root's path left out.
///
/// Run with `OPSLENS_UPDATE_GOLDEN=1` to rewrite the files after an intended change, then review the diff.
@Suite("Quarterly report goldens")
struct QuarterlyGoldenTests {
    @Test("renders the worked example exactly as the golden file", arguments: [(QuarterlyReportFormat.html, "quarterly-2022Q1.html")])
    func matchesGolden(format: QuarterlyReportFormat, file: String) throws {
        let rendered = format.render(try QuarterlyExample.report())
            .replacingOccurrences(of: TestFiles.packageRoot.path + "/", with: "")
        let path = TestFiles.repository("Tests/OpsLensTests/Quarterly/Golden/\(file)")
        if ProcessInfo.processInfo.environment["OPSLENS_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(rendered == golden, "\(file) differs; rerun with OPSLENS_UPDATE_GOLDEN=1 and review the diff")
        #expect(rendered.contains("<h2>Breach register</h2>") && rendered.contains("<td class=\"num\">"))
    }
}
