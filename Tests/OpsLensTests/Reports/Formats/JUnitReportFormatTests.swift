import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OpsLens
import Testing

@Suite("JUnit report format")
struct JUnitReportFormatTests {
    /// Element names and attributes in document order, read by an XML parser (which also checks well-formedness).
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
        }
    }

    static func parse(_ xml: String) throws -> [(name: String, attributes: [String: String])] {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        let parsed = parser.parse()
        try #require(parsed, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        return collector.elements
    }

    @Test("is well-formed XML with one suite per rule in force, data last, and one case per finding")
    func structure() throws {
        let elements = try Self.parse(ReportFormat.junit.render(ReportFixtures.report()))
        let suites = elements.filter { $0.name == "testsuite" }
        #expect(suites.map { $0.attributes["name"] } == ["ns-cmic", "ofac-sdn", "nbim-exclusion", "data"])
        #expect(suites.map { $0.attributes["tests"] } == ["2", "1", "0", "1"])
        #expect(elements.filter { $0.name == "testcase" }.count == 4)
        let root = try #require(elements.first)
        #expect(root.name == "testsuites")
        #expect(root.attributes["failures"] == "2")
        #expect(root.attributes["errors"] == "1")
        #expect(root.attributes["skipped"] == "1")
    }

    @Test("open block, warn and review findings fail, data findings error, waived ones are skipped, info passes")
    func outcomes() throws {
        var info = ReportFixtures.reviewFinding
        info.severity = .info
        var waivedData = ReportFixtures.dataFinding
        waivedData.status = .waived
        let report = ScreeningReport(run: ReportFixtures.run, findings: [ReportFixtures.blockFinding, ReportFixtures.hostileFinding,
                                                                         ReportFixtures.reviewFinding, ReportFixtures.dataFinding,
                                                                         info, waivedData], rejected: [])
        let names = try Self.parse(ReportFormat.junit.render(report)).map(\.name)
            .filter { ["failure", "error", "skipped"].contains($0) }
        #expect(names == ["failure", "failure", "skipped", "error", "skipped"])
    }

    @Test("stays well-formed whatever the names contain, control characters included")
    func wellFormedForAnyText() throws {
        let names = CSVReportFormatTests.awkwardNames + ["\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}", "\u{7F}\u{85}\u{FFFE}", "]]>", "<!--", "&#0;"]
        let findings = names.enumerated().map { index, name in
            var finding = ReportFixtures.blockFinding
            finding.id = "f\(index)"
            finding.holding.name = name
            finding.action = name
            return finding
        }
        let xml = ReportFormat.junit.render(ScreeningReport(run: ReportFixtures.run, findings: findings, rejected: []))
        #expect(try Self.parse(xml).filter { $0.name == "testcase" }.count == names.count)
    }

    @Test("escapes hostile names in attributes and text")
    func escapes() throws {
        let xml = ReportFormat.junit.render(ReportFixtures.report())
        #expect(!xml.contains("<script>"))
        #expect(!xml.contains("<img"))
        let cases = try Self.parse(xml).filter { $0.name == "testcase" }
        #expect(cases[2].attributes["name"]?.contains("<script>alert(1)</script>") == true)
        #expect(cases[2].attributes["name"]?.contains("\"><img src=x onerror=alert(1)>") == true)
    }
}
