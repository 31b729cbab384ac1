import OpsLens
import Testing

@Suite("Reading the sample portfolios")
struct HoldingsReaderSampleTests {
    private let reader = HoldingsReader()

    @Test("finds the ETF download's header below its preamble and skips its footer")
    func readsTheETFDownload() throws {
        let (holdings, report) = try reader.readAll(TestFiles.repository("Portfolios/emerging-asia-etf.csv"))
        #expect(report.encoding == .utf8BOM)
        #expect(report.headerLine == 10)
        #expect(holdings.count == 18)
        #expect(report.rejected.isEmpty)
        #expect(report.linesAddUp)
        #expect(report.skippedLines.map(\.reason) == [.preamble, .blank, .header, .blank, .note])
        let sensetime = try #require(holdings.first { $0.ticker == "20" })
        #expect(sensetime.name == "SENSETIME GROUP INC CLASS B")
        #expect(sensetime.mic == "XHKG")
        #expect(sensetime.quantity == 8_200_000)
        #expect(sensetime.line == 22)
        let cash = try #require(holdings.first { $0.name == "USD CASH" })
        #expect(cash.marketValue == -85_004.12)
        #expect(holdings.allSatisfy { $0.portfolio == "emerging-asia-etf" })
    }

    @Test("reads the custodian export's identifiers and repairs its damaged SEDOL and ticker codes")
    func readsTheCustodianExport() throws {
        let (holdings, report) = try reader.readAll(TestFiles.repository("Portfolios/custodian-global-equity.csv"))
        #expect(holdings.count == 12)
        #expect(report.linesAddUp)
        #expect(Set(holdings.map(\.portfolio)) == ["GLOBAL-EQ-01", "GLOBAL-EQ-02"])
        let hsbc = try #require(holdings.first { $0.isin == "GB0005405286" })
        #expect(hsbc.sedol == "0540528")
        #expect(hsbc.repairs.map(\.original) == ["540528"])
        let hikvision = try #require(holdings.first { $0.isin == "CNE100000PM8" })
        #expect(hikvision.ticker == "002415")
        #expect(hikvision.mic == "XSHE")
        let sensetime = try #require(holdings.first { $0.name == "SENSETIME GROUP INC" })
        #expect(sensetime.ticker == "20")
        #expect(sensetime.isin == nil)
        #expect(report.skippedLines.last?.reason == .totalRow)
    }

    @Test("reads the European export's semicolons and decimal commas")
    func readsTheEuropeanExport() throws {
        let (holdings, report) = try reader.readAll(TestFiles.repository("Portfolios/european-balanced-fund.csv"))
        #expect(report.delimiter == ";")
        #expect(report.decimalSeparator == ",")
        #expect(holdings.count == 10)
        let nestle = try #require(holdings.first)
        #expect(nestle.name == "Nestlé SA")
        #expect(nestle.quantity == 18_500)
        #expect(nestle.marketValue == 1_921_410)
        #expect(nestle.weight == 6.41)
        #expect(holdings.first { $0.isin == "CNE1000003X6" }?.marketValue == -12_500)
        #expect(holdings.contains { $0.name == "Sberbank of Russia PJSC (ПАО Сбербанк)" })
    }
}
