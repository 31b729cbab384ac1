import Foundation
import OpsLens
import Testing

/// A custodian export that names NS-CMIC issuers by name only (no identifier; currency CNY, HKD or USD),
/// with look-alike issuers that are not listed (AviChina, Avicopter, Inspur Electronic) and disguised
/// spellings of SENSETIME GROUP LIMITED. The `Listed` column says which rows name a listed issuer.
@Suite("Screening a name-only custodian export")
struct CustodianNameOnlyTests {
    @Test("blocks every listed issuer, blocks nothing else, and leaves at most two rows for review")
    func blocksListedIssuersByName() throws {
        let book = try RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: [TestFiles.shared("ofac/cons-2025-12")])
        let path = TestFiles.repository("Tests/OpsLensTests/Resolution/Fixtures/custodian-name-only.csv")
        let request = ScreeningRequest(holdings: [.file(path)], asOf: CalendarDate(iso: "2022-06-30")!)
        let report = try ScreeningEngine(book: book).screen(request, now: { "" }).report
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
        var blocked = 0, reviewed = 0
        for (offset, row) in rows.enumerated() {
            let line = offset + 2
            let findings = report.findings.filter { $0.holding.line == line }
            let listed = row.hasSuffix(",yes")
            if listed {
                #expect(findings.contains { $0.severity == .block }, "line \(line): \(row)")
                blocked += 1
            } else {
                #expect(!findings.contains { $0.severity == .block }, "line \(line): \(row)")
                if findings.contains(where: { $0.severity == .review }) { reviewed += 1 }
            }
        }
        #expect(blocked == 44)
        // Measured: CHINA UNITED NETWORK COMMUNICATIONS LTD-A (a subsidiary of the listed group) and
        // SENSETIME GROUP INC (the Cayman issuer; another legal form and country than the listed entry).
        #expect(reviewed <= 2)
        let disguised = report.findings.filter { $0.match?.notes.contains { $0.hasPrefix("obfuscated:") } == true }
        #expect(Set(disguised.map(\.holding.line)).count == 4, "a soft hyphen, Cyrillic Е, full-width letters, a zero-width space")
        let hikvision = try #require(report.findings.first { $0.holding.name?.hasPrefix("HANGZHOU HIKVISION") == true })
        #expect(hikvision.match?.notes.contains { $0.hasPrefix("agreed: currency CNY ⇒ CN") } == true)
    }
}
