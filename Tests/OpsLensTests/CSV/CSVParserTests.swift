@testable import OpsLens
import Testing

@Suite("CSVParser")
struct CSVParserTests {
    /// Parses `text` in chunks of `chunkSize` bytes and returns (first line, last line, fields) per record.
    private func records(_ text: String, chunkSize: Int = 1 << 16, delimiter: Character = ",") -> [(Int, Int, [String])] {
        let parser = CSVParser(delimiter: delimiter.asciiValue!)
        var batch = CSVRecordBatch()
        var result: [(Int, Int, [String])] = []
        func drain() {
            for record in batch.records {
                let fields = (0..<record.fieldCount).map { index in
                    batch.withField(record.firstField + index) { String(decoding: $0, as: UTF8.self) }
                }
                result.append((record.firstLine, record.lastLine, fields))
            }
            batch.removeClosedRecords()
        }
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + chunkSize, bytes.count)
            bytes[start..<end].withUnsafeBytes { parser.parse($0, into: &batch) }
            drain()
            start = end
        }
        _ = parser.finish(into: &batch)
        drain()
        return result
    }

    @Test("numbers lines from 1 and gives blank lines a record of their own")
    func numbersLinesAndKeepsBlankLines() {
        let parsed = records("a,b\n\nc,d\n")
        #expect(parsed.map(\.0) == [1, 2, 3])
        #expect(parsed.map(\.2) == [["a", "b"], [], ["c", "d"]])
    }

    @Test("counts CRLF, lone CR and LF line ends alike")
    func countsEveryLineEnding() {
        let parsed = records("a\r\nb\rc\nd")
        #expect(parsed.map(\.0) == [1, 2, 3, 4])
        #expect(parsed.map(\.2) == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test("gives a record with a multi-line quoted field the line it starts on and the line it ends on")
    func spansMultiLineQuotedFields() {
        let parsed = records("x,\"one\r\ntwo\nthree\"\ny,z\n")
        #expect(parsed.count == 2)
        #expect(parsed[0].0 == 1 && parsed[0].1 == 3)
        #expect(parsed[0].2[1] == "one\r\ntwo\nthree")
        #expect(parsed[1].0 == 4)
    }

    @Test("keeps records whole across chunk boundaries", arguments: [1, 2, 3, 7, 64])
    func keepsRecordsWholeAcrossChunks(chunkSize: Int) {
        let text = "Ticker,Name,Value\n\"700\",\"TENCENT, HOLDINGS\",\"1,234.50\"\n\n941,CHINA MOBILE,\"2\n3\"\nlast,row,1"
        let whole = records(text)
        let chunked = records(text, chunkSize: chunkSize)
        #expect(chunked.map(\.2) == whole.map(\.2))
        #expect(chunked.map(\.0) == whole.map(\.0))
        #expect(whole.map(\.0) == [1, 2, 3, 4, 6])
    }

    @Test("reports an unterminated quote at the end of the input")
    func reportsUnterminatedQuote() {
        let parser = CSVParser(delimiter: UInt8(ascii: ","))
        var batch = CSVRecordBatch()
        Array("a,b\nc,\"never closed\nmore".utf8).withUnsafeBytes { parser.parse($0, into: &batch) }
        #expect(parser.finish(into: &batch))
        #expect(batch.records.last?.firstLine == 2)
        #expect(batch.records.last?.lastLine == 3)
    }
}
