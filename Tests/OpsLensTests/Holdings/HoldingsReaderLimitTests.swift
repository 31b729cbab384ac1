import Foundation
@testable import OpsLens
import Testing

/// Limits on what a holdings file may hold: rows that break them are rejected with their line
/// and column, files that break them are refused quickly, and memory stays bounded.
@Suite("Limits on holdings files")
struct HoldingsReaderLimitTests {
    private let header = "Ticker,Name,Quantity\n"

    private func reader(_ change: (inout ReadLimits) -> Void, segmentSize: Int? = nil) -> HoldingsReader {
        var limits = ReadLimits.standard
        change(&limits)
        var reader = HoldingsReader(options: HoldingsReadOptions(limits: limits))
        if let segmentSize { reader.segmentSize = segmentSize; reader.threads = 3 }
        return reader
    }

    private func expectRefusal(_ reader: HoldingsReader, _ path: String, line: Int?, column: Int?, mentioning word: String) {
        do {
            _ = try reader.readAll(path)
            Issue.record("expected the file to be refused")
        } catch let error as HoldingsError {
            #expect(error.code == .tooLarge && error.file == path)
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.description.contains(word), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("a value longer than the limit rejects its row with line and column, whole or in segments",
          arguments: [0, 50, 4_096])
    func overLongField(segmentSize: Int) throws {
        let long = String(repeating: "LONG NAME\n", count: 2_000)  // 20 KB over 2,000 lines, quoted
        let path = try TestFiles.temporary(header + "700,TENCENT,1\n941,\"\(long)\",2\r\n883,CNOOC,3\n")
        let (holdings, report) = try reader({ $0.fieldBytes = 1_000 }, segmentSize: segmentSize).readAll(path)
        #expect(holdings.map(\.ticker) == ["700", "883"])
        let rejected = try #require(report.rejected.first)
        #expect(rejected.line == 3 && rejected.lastLine == 2_003 && rejected.column == 2)
        #expect(rejected.reason.contains("column 2 (Name) has a value longer than 1000 bytes"))
        #expect(holdings.last?.line == 2_004 && report.lines == 2_004 && report.linesAddUp)
    }

    @Test("a value longer than the chunks libcsv is fed is dropped as it is read")
    func fieldLongerThanAChunk() throws {
        let path = try TestFiles.temporary(header + "941,\"" + String(repeating: "X", count: 3 << 20) + "\",2\n883,CNOOC,3")
        let (holdings, report) = try reader { $0.fieldBytes = 1 << 16 }.readAll(path)
        #expect(holdings.map(\.ticker) == ["883"])
        #expect(report.rejected.map(\.column) == [2] && report.lines == 3 && report.linesAddUp)
    }

    @Test("a row with more values or bytes than allowed is rejected as a whole")
    func overWideRows() throws {
        let wide = Array(repeating: "", count: 50).joined(separator: ",")
        let path = try TestFiles.temporary(header + "700,TENCENT,1\n941,CHINA MOBILE,2\(wide)\n" + "883,\(String(repeating: "C", count: 900)),3\n")
        let report = try reader { $0.columns = 20; $0.lineBytes = 500 }.read(path) { _ in }
        #expect(report.rejected.map(\.line) == [3, 4])
        #expect(report.rejected[0].reason.contains("the row has more than 20 values"))
        #expect(report.rejected[1].reason.contains("the row has more than 500 bytes of values"))
        #expect(report.holdings == 1 && report.linesAddUp)
    }

    @Test("a header wider than allowed refuses the file, naming the line and the first column too many")
    func overWideHeader() throws {
        let path = try TestFiles.temporary((1...100_000).map { "C\($0)" }.joined(separator: ",") + "\nA,B\n")
        expectRefusal(reader { _ in }, path, line: 1, column: 4_097, mentioning: "more than 4096 values")
    }

    @Test("an endless line with no header is refused after the line limit, not read to its end")
    func endlessLineFromAPipe() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("endless.csv").path
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)!
            let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 16)
            // Stops when the reader closes the pipe (the write then fails), or after 2 GB.
            for _ in 0..<(1 << 15) { guard (try? handle.write(contentsOf: chunk)) != nil else { break } }
            try? handle.close()
        }
        signal(SIGPIPE, SIG_IGN)
        writer.start()
        let start = Date()
        expectRefusal(reader { _ in }, path, line: 1, column: 1, mentioning: "a value longer than 64 KiB")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("a file larger than allowed is refused before it is read; so is one with too many lines")
    func fileSizeAndLines() throws {
        let path = try TestFiles.temporary(header + String(repeating: "700,TENCENT,1\n", count: 100))
        expectRefusal(reader { $0.fileBytes = 1_000 }, path, line: nil, column: nil, mentioning: "larger than 1000 bytes")
        expectRefusal(reader { $0.lines = 50 }, path, line: 51, column: 1, mentioning: "more than 50 lines")
        expectRefusal(reader({ $0.lines = 50 }, segmentSize: 64), path, line: 51, column: 1, mentioning: "more than 50 lines")
        #expect(try reader { $0.lines = 101 }.read(path) { _ in }.holdings == 100)
    }
}
