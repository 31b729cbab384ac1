@testable import OpsLens
import Testing

@Suite("Text and Markdown report formats")
struct TextReportFormatTests {
    @Test("uses ANSI colour only when asked")
    func colourOnlyWhenAsked() {
        let report = ReportFixtures.report()
        #expect(!ReportFormat.text.render(report).contains("\u{1B}["))
        #expect(ReportFormat.text.render(report, options: ReportRenderOptions(color: true)).contains("\u{1B}[1;31mblock"))
    }

    @Test("neutralises control characters from the input, even with colour on")
    func noTerminalInjection() {
        var finding = ReportFixtures.dataFinding
        finding.holding.name = "\u{1B}]0;pwned\u{7}\u{1B}[2J"
        finding.action = "line\nbreak"
        let report = ScreeningReport(run: ReportFixtures.run, findings: [finding], rejected: [])
        for color in [false, true] {
            let text = ReportFormat.text.render(report, options: ReportRenderOptions(color: color))
            #expect(!text.contains("\u{1B}]"))
            #expect(!text.contains("\u{1B}[2J"))
            #expect(!text.contains("\u{7}"))
            #expect(text.contains("line\u{FFFD}break"))
        }
    }

    @Test("aligns the table's columns")
    func aligned() throws {
        let lines = ReportFormat.text.render(ReportFixtures.report()).split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("SEVERITY") })
        let column = try #require(lines[header].range(of: "STATUS")).lowerBound.utf16Offset(in: lines[header])
        for row in lines[(header + 1)...(header + 4)] {
            let status = row.dropFirst(column).prefix(6)
            #expect(["open (", "waived"].contains(String(status)), "\(row)")
        }
    }

    @Test("cuts long locations at the start, so the line number stays visible")
    func keepsLineNumber() {
        var finding = ReportFixtures.blockFinding
        finding.holding.file = "Portfolios/a-very-long-folder-name/custodian-global-equity-2026-03-31.csv"
        let report = ScreeningReport(run: ReportFixtures.run, findings: [finding], rejected: [])
        let text = ReportFormat.text.render(report)
        #expect(text.contains("…global-equity-2026-03-31.csv:14  "))
    }

    @Test("says when an input's SHA-256 is missing instead of printing nothing", arguments: ReportFormat.allCases)
    func missingDigest(format: ReportFormat) {
        var run = ReportFixtures.run
        run.inputs[0].sha256 = ""
        let rendered = format.render(ScreeningReport(run: run, findings: [], rejected: []))
        if [.text, .markdown, .html].contains(format) {
            #expect(rendered.contains("(missing)"))
        }
    }

    @Test("Markdown escapes markup and table pipes", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a | b", "a \\| b"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("two\nlines", "two lines"),
        ("&amp;", "&amp;amp;"),
    ])
    func markdownEscaping(text: String, expected: String) {
        #expect(MarkdownReportFormat.escaped(text) == expected)
    }

    @Test("Markdown tables keep one cell per column whatever the names contain")
    func markdownCells() {
        let markdown = ReportFormat.markdown.render(ReportFixtures.report())
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("EM-ASIA") }
        #expect(rows.count == 4)
        for row in rows {
            var pipes = 0
            var previous: Character = " "
            for character in row {
                if character == "|" && previous != "\\" { pipes += 1 }
                previous = character
            }
            #expect(pipes == 11, "\(row)")
        }
    }
}
