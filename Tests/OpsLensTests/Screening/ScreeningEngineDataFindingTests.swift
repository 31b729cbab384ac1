import Foundation
import OpsLens
import Testing

@Suite("Data findings for rows that could not be screened")
struct ScreeningEngineDataFindingTests {
    static let header = "Ticker,Name,Shares\n"
    static let badRow = "AAPL,APPLE INC,12x\n"

    static func dataFindings(_ text: String) throws -> [Finding] {
        let file = try TestFiles.temporary(text, name: "fund.csv")
        let book = try RuleBookLoader.load(rulesDirectory: TestFiles.repository("Rules"), ofacDirectories: [])
        let request = ScreeningRequest(holdings: [.file(file)], asOf: CalendarDate(iso: "2022-06-30")!)
        return try ScreeningEngine(book: book).screen(request, now: { "" }).report.findings.filter { $0.severity == .data }
    }

    @Test("keep their ids when rows are added above them, so waivers and baselines still find them")
    func keepTheirIdsWhenLinesMove() throws {
        let before = try Self.dataFindings(Self.header + Self.badRow)
        let after = try Self.dataFindings(Self.header + "MSFT,MICROSOFT CORP,5\n\n" + Self.badRow)
        #expect(before.count == 1 && after.count == 1)
        #expect(before.first?.holding.line == 2 && after.first?.holding.line == 4)
        #expect(before.first?.id == after.first?.id)
    }

    @Test("differ for different rows, and for each repeat of the same row")
    func differForDifferentRowsAndRepeats() throws {
        let findings = try Self.dataFindings(Self.header + Self.badRow + "AAPL,APPLE INC,13x\n" + Self.badRow)
        #expect(findings.count == 3)
        #expect(Set(findings.map(\.id)).count == 3)
        let again = try Self.dataFindings(Self.header + "AAPL,APPLE INC,13x\n" + Self.badRow + Self.badRow)
        #expect(Set(again.map(\.id)) == Set(findings.map(\.id)))
    }
}
