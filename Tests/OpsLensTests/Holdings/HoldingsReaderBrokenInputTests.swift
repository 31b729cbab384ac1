import OpsLens
import Testing

@Suite("Reading broken holdings files")
struct HoldingsReaderBrokenInputTests {
    private let reader = HoldingsReader()
    private let header = "Ticker,Name,Shares,Market Value,Exchange\n"

    private func expectError(_ code: HoldingsError.Code, reading path: String, mentioning words: [String]) {
        do {
            _ = try reader.readAll(path)
            Issue.record("expected a \(code) error")
        } catch let error as HoldingsError {
            #expect(error.code == code)
            #expect(error.file == path)
            for word in words { #expect(error.description.contains(word), "\(error) should mention \(word)") }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("rejects the row of an unterminated quote with the lines it swallowed")
    func rejectsUnterminatedQuote() throws {
        let path = try TestFiles.temporary(header + "700,TENCENT,100,5,HKEX\n941,\"CHINA MOBILE,200,6,HKEX\n883,CNOOC,300,7,HKEX\n")
        let (holdings, report) = try reader.readAll(path)
        #expect(holdings.map(\.ticker) == ["700"])
        let rejected = try #require(report.rejected.first)
        #expect(rejected.line == 3 && rejected.lastLine == 4)
        #expect(rejected.reason.contains("never closed"))
        #expect(report.linesAddUp)
    }

    @Test("rejects ragged rows with the column where they go wrong")
    func rejectsRaggedRows() throws {
        let path = try TestFiles.temporary(header + "700,TENCENT, HOLDINGS,100,5,HKEX\n941,CHINA MOBILE\n883,CNOOC,300,7,HKEX,\n")
        let (holdings, report) = try reader.readAll(path)
        #expect(holdings.map(\.ticker) == ["883"])
        #expect(report.rejected.map(\.line) == [2, 3])
        #expect(report.rejected.map(\.column) == [6, 3])
        #expect(report.rejected[0].reason.contains("expected 5 fields"))
        #expect(report.rejected[1].reason.contains("Shares"))
        #expect(report.linesAddUp)
    }

    @Test("rejects a value that is not a number, naming its column")
    func rejectsNonNumbers() throws {
        let path = try TestFiles.temporary(header + "700,TENCENT,lots,5,HKEX\n")
        let report = try reader.read(path) { _ in }
        #expect(report.rejected.first?.column == 3)
        #expect(report.rejected.first?.reason.contains("column 3 (Shares): expected a number") == true)
    }

    @Test("refuses binary garbage")
    func refusesBinary() throws {
        var bytes: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<10_000 { state = state &* 1_103_515_245 &+ 12345; bytes.append(UInt8(truncatingIfNeeded: state >> 16)) }
        expectError(.binary, reading: try TestFiles.temporary(bytes, name: "garbage.bin"), mentioning: ["not a text file"])
    }

    @Test("refuses an empty file and a file of blank lines")
    func refusesEmptyFiles() throws {
        expectError(.empty, reading: try TestFiles.temporary(""), mentioning: ["empty"])
        expectError(.empty, reading: try TestFiles.temporary("\n \r\n\u{A0}\n"), mentioning: ["blank"])
    }

    @Test("reads a header-only file as no holdings, with a warning")
    func readsHeaderOnly() throws {
        let (holdings, report) = try reader.readAll(try TestFiles.temporary(header))
        #expect(holdings.isEmpty)
        #expect(report.warnings.contains("no holdings below the header"))
        #expect(report.linesAddUp)
    }

    @Test("says what header it expected when it finds none")
    func explainsMissingHeader() throws {
        let path = try TestFiles.temporary("foo,bar\n1,2\n3,4\n")
        expectError(.noHeader, reading: path, mentioning: ["no header row", "Ticker", "ISIN", "--column"])
    }

    @Test("survives a 50 MB single line and loses no row around it")
    func survivesAHugeLine() throws {
        var bytes = Array((header + "700,TENCENT,100,5,HKEX\n").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 50 << 20)
        bytes += Array("\n941,CHINA MOBILE,200,6,HKEX\n".utf8)
        let (holdings, report) = try reader.readAll(try TestFiles.temporary(bytes))
        #expect(holdings.map(\.ticker) == ["700", "941"])
        #expect(report.rejected.map(\.line) == [3])
        #expect(report.linesAddUp)
    }

    @Test("skips a header repeated mid-file")
    func skipsRepeatedHeader() throws {
        let path = try TestFiles.temporary(header + "700,TENCENT,100,5,HKEX\n" + header + "941,CHINA MOBILE,200,6,HKEX\n")
        let (holdings, report) = try reader.readAll(path)
        #expect(holdings.count == 2)
        #expect(report.skippedLines.map(\.reason) == [.header, .repeatedHeader])
        #expect(report.linesAddUp)
    }

    @Test("keeps a company called Total that has a ticker, and skips a Total row that has none")
    func distinguishesTotalRows() throws {
        let path = try TestFiles.temporary(header + "TTE,TOTAL SE,100,5,XPAR\n,Total,,105,\n")
        let (holdings, report) = try reader.readAll(path)
        #expect(holdings.map(\.name) == ["TOTAL SE"])
        #expect(report.skippedLines.last?.reason == .totalRow)
    }

    @Test("rejects a row with neither identifier nor name")
    func rejectsRowsWithoutIdentity() throws {
        let path = try TestFiles.temporary(header + "-,-,100,5,HKEX\n")
        let report = try reader.read(path) { _ in }
        #expect(report.rejected.first?.reason.contains("no identifier or name") == true)
    }
}
