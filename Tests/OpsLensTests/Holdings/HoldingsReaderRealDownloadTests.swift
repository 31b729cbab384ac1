import OpsLens
import Testing

@Suite("Reading real iShares downloads from ../shared/data")
struct HoldingsReaderRealDownloadTests {
    private let reader = HoldingsReader()

    @Test("finds the ACWI header below the preamble and the lone no-break space")
    func readsACWI() throws {
        let (holdings, report) = try reader.readAll(TestFiles.shared("holdings/ishares_ACWI_2022-03-10.csv"))
        #expect(report.headerLine == 10)
        #expect(report.holdingsDate == CalendarDate(year: 2022, month: 3, day: 10))
        #expect(report.lines == 2391)
        // 2,371 rows below the header minus the no-break-space line and the disclaimer.
        #expect(holdings.count == 2369)
        #expect(report.rejected.isEmpty)
        #expect(report.linesAddUp)
        #expect(!holdings.contains { ($0.name ?? "").contains("BlackRock") || ($0.name ?? "").count > 60 })
        let disclaimer = try #require(report.skippedLines.last)
        #expect(disclaimer.reason == .note)
        #expect(disclaimer.line == 2381 && disclaimer.lastLine == 2391)
        let tencent = try #require(holdings.first { $0.name == "TENCENT HOLDINGS LTD" })
        #expect(tencent.ticker == "700")
        #expect(tencent.mic == "XHKG")
        #expect(tencent.marketValue == 81_251_310.31)
        #expect(tencent.quantity == 1_650_900)
    }

    @Test("reads the Excel-resaved EEM file and restores the leading zeros Excel stripped")
    func readsExcelDamagedEEM() throws {
        let (holdings, report) = try reader.readAll(TestFiles.shared("holdings/ishares_EEM_2022-03_excel-resaved.csv"))
        #expect(report.headerLine == 1)
        #expect(report.holdingsDate == nil)
        #expect(holdings.count == 1248)
        #expect(report.rejected.isEmpty)
        #expect(report.linesAddUp)
        #expect(report.skippedLines.last?.reason == .emptyRow)
        let samsung = try #require(holdings.first { $0.name == "SAMSUNG ELECTRONICS LTD" })
        #expect(samsung.ticker == "005930")
        #expect(samsung.repairs.first?.original == "5930")
        let inspur = try #require(holdings.first { $0.name == "INSPUR ELECTRONIC INFORMATION INDU" })
        #expect(inspur.ticker == "000977")
        #expect(inspur.mic == "XSHE")
        let avicopter = try #require(holdings.first { $0.name == "AVICOPTER PLC A" })
        #expect(avicopter.ticker == "600038")
        #expect(avicopter.repairs.isEmpty)
        #expect(holdings.first { $0.name == "ALIBABA GROUP HOLDING LTD" }?.ticker == "9988")
        #expect(report.repairCount == holdings.filter { !$0.repairs.isEmpty }.count)
    }

    @Test("fingerprints each file with the SHA-256 of its bytes while reading it")
    func fingerprintsTheFile() throws {
        for file in ["holdings/ishares_ACWI_2022-03-10.csv", "holdings/ishares_EEM_2022-03_excel-resaved.csv"] {
            let path = TestFiles.shared(file)
            let report = try reader.read(path) { _ in }
            #expect(report.sha256 == FileDigest.sha256(ofFileAt: path))
            #expect(report.sha256.count == 64)
        }
    }
}
