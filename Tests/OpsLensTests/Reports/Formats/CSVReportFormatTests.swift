@testable import OpsLens
import Testing

@Suite("CSV report format")
struct CSVReportFormatTests {
    /// The rendered CSV parsed back by libcsv, as rows of fields.
    static func parse(_ text: String) -> [[String]] {
        let parser = CSVParser(delimiter: UInt8(ascii: ","))
        var batch = CSVRecordBatch()
        Array(text.utf8).withUnsafeBytes { parser.parse($0, into: &batch) }
        _ = parser.finish(into: &batch)
        return batch.records.map { record in
            (0..<record.fieldCount).map { index in
                batch.withField(record.firstField + index) { String(decoding: $0, as: UTF8.self) }
            }
        }.filter { !$0.isEmpty }
    }

    static func row(_ finding: Finding) throws -> [String: String] {
        let report = ScreeningReport(run: ReportFixtures.run, findings: [finding], rejected: [])
        let rows = parse(ReportFormat.csv.render(report))
        try #require(rows.count == 2)
        return Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
    }

    @Test("has one row per finding under a header of the §4.2 columns")
    func columns() {
        let rows = Self.parse(ReportFormat.csv.render(ReportFixtures.report()))
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        for column in ["fingerprint", "severity", "status", "file", "line", "portfolio", "name", "isin", "cusip", "sedol",
                       "ticker", "quantity", "market_value", "currency", "entity_id", "entity_source_id", "entity_name", "list",
                       "rule_id", "rule_title", "rule_kind", "match_method", "match_score", "matched_name", "match_path",
                       "publisher", "authority", "program", "source_url", "listing_date", "effective_date",
                       "divestment_date", "phase", "action", "waiver_id", "waiver_justification", "waiver_approved_by",
                       "waiver_approved_at", "waiver_expires"] {
            #expect(rows[0].contains(column), "\(column)")
        }
    }

    @Test("neutralises text that a spreadsheet would run as a formula",
          arguments: ["=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"])
    func neutralisesFormulas(name: String) throws {
        var finding = ReportFixtures.dataFinding
        finding.holding.name = name
        #expect(try Self.row(finding)["name"] == "'" + name)
    }

    @Test("leaves ordinary text alone, quotes and commas included", arguments: ["A, B & \"C\"", "Société Générale", "1=1", "x\ny"])
    func keepsText(name: String) throws {
        var finding = ReportFixtures.dataFinding
        finding.holding.name = name
        #expect(try Self.row(finding)["name"] == name)
    }

    @Test("writes numbers bare, negative ones too, and quotes all text")
    func numbersStayNumbers() throws {
        let report = ScreeningReport(run: ReportFixtures.run, findings: [ReportFixtures.hostileFinding], rejected: [])
        let line = ReportFormat.csv.render(report).split(separator: "\n")[1]
        #expect(line.contains(",-500,-1234.5,\"USD\","))
        #expect(line.contains(",27,\"EM-ASIA\","))
        let row = try Self.row(ReportFixtures.hostileFinding)
        #expect(row["quantity"] == "-500")
        #expect(row["market_value"] == "-1234.5")
        #expect(row["portfolio"] == "EM-ASIA")
    }

    @Test("leaves absent values empty and keeps fractional scores")
    func emptyAndFractions() throws {
        let row = try Self.row(ReportFixtures.reviewFinding)
        #expect(row["quantity"] == "")
        #expect(row["isin"] == "")
        #expect(row["sedol"] == "6073556")
        #expect(row["match_score"] == "0.87")
        #expect(row["market_value"] == "99000")
    }

    @Test("libcsv doubles inner quotes", arguments: [("", "\"\""), ("a\"b", "\"a\"\"b\""), ("\"", "\"\"\"\"")])
    func quoting(text: String, expected: String) {
        #expect(CSVReportFormat.quoted(text) == expected)
    }
}
