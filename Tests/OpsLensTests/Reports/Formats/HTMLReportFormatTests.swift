@testable import OpsLens
import Testing

@Suite("HTML report format")
struct HTMLReportFormatTests {
    let html = ReportFormat.html.render(ReportFixtures.report())

    @Test("escapes hostile names so that no markup from the input survives",
          arguments: ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<blocked>"])
    func escapesHostileText(hostile: String) {
        #expect(!html.contains(hostile))
        #expect(html.contains(ReportText.xmlEscaped(hostile)))
    }

    @Test("escapes an ampersand that is already an entity")
    func doubleEscapesEntities() {
        #expect(html.contains("Custodian already froze it &amp;amp; reported"))
    }

    @Test("has no script, no external resource and a policy that forbids both")
    func selfContained() {
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains(" src=\""))
        #expect(!html.contains("url("))
        #expect(!html.contains("<link"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""))
        #expect(html.contains("@media print"))
    }

    @Test("links only http(s) source URLs")
    func links() {
        #expect(html.contains("<a href=\"https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists/ns-cmic-list\">"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("javascript:alert(1)"))
    }

    @Test("has the summary, findings, provenance appendix with SHA-256 and a sign-off block")
    func sections() {
        for id in ["summary", "findings", "stale-waivers", "resolved", "rejected", "provenance", "sign-off"] {
            #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
        }
        let run = ReportFixtures.run
        for hash in [run.inputs[0].sha256, run.rules[0].sha256, run.lists[0].files[0].sha256] {
            #expect(html.contains(hash))
        }
        for label in ["Reviewer (name and role)", "Date", "Signature"] {
            #expect(html.contains("</span>\(label)</div>"))
        }
    }

    @Test("replaces control characters, which XML and HTML do not allow")
    func controlCharacters() {
        var finding = ReportFixtures.dataFinding
        finding.holding.name = "A\u{0}B\u{1B}[31mC"
        let html = ReportFormat.html.render(ScreeningReport(run: ReportFixtures.run, findings: [finding], rejected: []))
        #expect(html.contains("A\u{FFFD}B\u{FFFD}[31mC"))
        #expect(!html.contains("\u{1B}"))
    }
}
