@testable import OpsLens
import Testing

@Suite("The holdings date a preamble line states")
struct PreambleDateTests {
    @Test("reads iShares' line and the other usual date forms", arguments: [
        (["Fund Holdings as of", "Mar 10, 2022"], "2022-03-10"),
        (["Holdings As Of", "", "December 31, 2021"], "2021-12-31"),
        (["As of Date", "2022-02-28"], "2022-02-28"),
        (["as of", "08 Feb 2022"], "2022-02-08"),
    ])
    func readsDates(cells: [String], expected: String) {
        #expect(CalendarDate(statedIn: cells)?.description == expected)
    }

    @Test("ignores lines that state no date", arguments: [
        ["Inception Date", "Apr 07, 2011"],
        ["Fund Holdings as of", "-"],
        ["Fund Holdings as of", "Feb 30, 2022"],
        ["Fund Holdings as of"],
    ])
    func ignoresOthers(cells: [String]) {
        #expect(CalendarDate(statedIn: cells) == nil)
    }

    @Test("the sample ETF download states its date above the header")
    func sampleFile() throws {
        let (_, report) = try HoldingsReader().readAll(TestFiles.repository("Portfolios/emerging-asia-etf.csv"))
        #expect(report.holdingsDate == CalendarDate(year: 2022, month: 12, day: 30))
    }
}
