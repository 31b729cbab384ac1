import Foundation
import OpsLens
import Testing

/// The quarterly report's HTML opened in headless Chromium: it renders, logs no console error and asks
/// the network for nothing. Skipped, with the reason, when Chromium is not installed.
@Suite("The quarterly HTML report in a real browser", .enabled(if: HeadlessChromium.path != nil, Comment(rawValue: HeadlessChromium.missing)))
struct QuarterlyHTMLBrowserTests {
    /// Where the screenshot kept in the repository lives (README links it); rewritten when
    /// OPSLENS_UPDATE_SCREENSHOT=1.
    static let keptScreenshot = "Tests/OpsLensTests/Quarterly/Screenshots/quarterly-2022Q1.png"

    @Test("the worked example's page renders with no console error and no network request")
    func workedExample() throws {
        var report = try QuarterlyExample.report()
        report.signOff.preparedBy = "Compliance <script>alert(1)</script>"
        let html = QuarterlyReportFormat.html.render(report)
        let visit = try HeadlessChromium.visit(html, width: 1100, height: 1300)
        #expect(visit.console.isEmpty, "console: \(visit.console)")
        #expect(visit.networkRequests.isEmpty, "requests: \(visit.networkRequests)")
        #expect(visit.screenshot.starts(with: [0x89, 0x50, 0x4E, 0x47]), "no PNG screenshot was written")
        #expect(visit.screenshot.count > 20_000, "the screenshot looks blank")
        if ProcessInfo.processInfo.environment["OPSLENS_UPDATE_SCREENSHOT"] == "1" {
            try visit.screenshot.write(to: URL(fileURLWithPath: TestFiles.repository(Self.keptScreenshot)))
        }
    }

    @Test("the checks see a page that logs an error and one that loads from the network")
    func checksCanFail() throws {
        let noisy = try HeadlessChromium.visit("<!DOCTYPE html><html><body><script>console.error('broken')</script></body></html>")
        #expect(!noisy.console.isEmpty)
        let fetching = try HeadlessChromium.visit("<!DOCTYPE html><html><body><img src=\"http://example.com/pixel.png\"></body></html>")
        #expect(fetching.networkRequests.contains { $0.contains("example.com/pixel.png") })
    }
}
