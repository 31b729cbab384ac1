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

    /// Deterministic awkward names: quotes, separators, line breaks, formula starts, non-ASCII.
    static let awkwardNames: [String] = {
        let pieces = ["\"", ",", ";", "\n", "\r\n", "\r", " ", "=", "+", "-", "@", "\t", "é", "漢", "🙂", "''", "a", "Z9", "\\"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<200).map { _ in
            (0..<(1 + Int(state % 7))).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return pieces[Int((state >> 33) % UInt64(pieces.count))]
            }.joined()
        }
    }()

    @Test("round-trips awkward text through libcsv: what a reader gets back is the text, neutralised")
    func roundTrips() {
        let findings = Self.awkwardNames.enumerated().map { index, name in
            var finding = ReportFixtures.dataFinding
            finding.id = "f\(index)"
            finding.holding.name = name
            return finding
        }
        let rows = Self.parse(ReportFormat.csv.render(ScreeningReport(run: ReportFixtures.run, findings: findings, rejected: [])))
        #expect(rows.count == findings.count + 1)
        let nameColumn = rows[0].firstIndex(of: "name")!
        for (row, name) in zip(rows.dropFirst(), Self.awkwardNames) {
            // libcsv reports every line break inside quotes as it was, so the text comes back byte for byte.
            #expect(row[nameColumn] == (name.isEmpty ? "" : CSVWriter.neutralised(name)), "\(name.debugDescription)")
            #expect(row.count == rows[0].count)
        }
    }

    @Test("libcsv doubles inner quotes", arguments: [("", "\"\""), ("a\"b", "\"a\"\"b\""), ("\"", "\"\"\"\"")])
    func quoting(text: String, expected: String) {
        #expect(CSVWriter.quoted(text) == expected)
    }
}
