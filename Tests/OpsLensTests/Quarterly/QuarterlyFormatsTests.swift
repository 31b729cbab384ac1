import Foundation
import OpsLens
import Testing

@Suite("The quarterly report's formats")
struct QuarterlyFormatsTests {
    /// The worked example with hostile text where users' text goes.
    private func hostile() throws -> QuarterlyReport {
        var report = try QuarterlyExample.report()
        report.breaches[0].description = "<img src=x onerror=alert(1)> & \"quoted\""
        report.breaches[0].portfolio = "=HYPERLINK(\"http://evil.example\")"
        report.signOff.comments = "</section><script>alert(2)</script>"
        return report
    }

    @Test("HTML escapes every text and loads nothing: no script, no external source, a CSP that forbids both")
    func htmlEscapes() throws {
        let html = QuarterlyReportFormat.html.render(try hostile())
        #expect(!html.contains("<script") && !html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;"))
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("src=\"") && !html.contains("href=") && !html.contains("url("))
        #expect(html.contains("@page wide{size:landscape") && html.contains("<svg role=\"img\""))
    }

    @Test("CSV neutralises formulas in the register, one row per breach")
    func csvNeutralises() throws {
        let csv = QuarterlyReportFormat.csv.render(try hostile())
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""))
        #expect(csv.split(separator: "\n").count == 3)
    }

    @Test("Markdown and JSON carry the same breaches, trades and waivers")
    func sameContent() throws {
        let report = try QuarterlyExample.report()
        let markdown = QuarterlyReportFormat.markdown.render(report)
        let json = QuarterlyReportFormat.json.render(report)
        for breach in report.breaches {
            #expect(markdown.contains("`\(breach.id)`") && json.contains("\"\(breach.id)\""))
            #expect(markdown.contains(breach.startDate) && markdown.contains("| \(breach.daysOpen) |"))
        }
        for trade in report.trades {
            #expect(markdown.contains("**\(trade.readings[0].verdict.rawValue)**"))
        }
        #expect(markdown.contains("W-Q1-001") && markdown.contains("granted, used"))
        #expect(markdown.contains("## Sign-off") && markdown.contains("## Provenance appendix"))
        #expect(try QuarterlyReport(.bytes(Array(json.utf8), name: "q.json")) == report)
    }
}
