import Foundation
@testable import OpsLens
import Testing

/// Every physical line of every file is a holding, a skipped line or a rejected row, and a file
/// of N lines is N lines: checked over many generated files full of quirks, read by one parser
/// and in small segments, against a line count made here from the bytes alone.
@Suite("Line accounting over generated files")
struct LineAccountingPropertyTests {
    /// The physical lines of `bytes`: LF, CRLF and a lone CR each end one; a last line without
    /// a break counts too.
    static func physicalLines(_ bytes: [UInt8]) -> Int {
        var lines = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { if index == 0 || bytes[index - 1] != 0x0D { lines += 1 } } else if byte == 0x0D { lines += 1 }
        }
        if let last = bytes.last, last != 0x0A && last != 0x0D { lines += 1 }
        return lines
    }

    /// A small holdings file made of randomly chosen quirky pieces.
    static func generatedFile(seed: UInt64) -> [UInt8] {
        var random = SplitMix(state: seed)
        let breaks = ["\n", "\r\n", "\r"]
        let fileBreak = breaks[random.below(3)]
        func lineBreak() -> String { random.below(8) == 0 ? breaks[random.below(3)] : fileBreak }
        var text = random.below(4) == 0 ? "Fund facts,\"as of\(lineBreak())Dec 10\"\(lineBreak())\(lineBreak())" : ""
        text += "Ticker,Name,Shares,Market Value" + lineBreak()
        for row in 0..<(1 + random.below(30)) {
            switch random.below(16) {
            case 0: text += lineBreak()
            case 1: text += ",,," + lineBreak()
            case 2: text += "Total,,,\"1,234\"" + lineBreak()
            case 3: text += "\(row),RAGGED" + lineBreak()
            case 4: text += "\(row),\"SPANS\(lineBreak())\(lineBreak())LINES\",1,2" + lineBreak()
            case 5: text += "\(row),NOT A NUMBER,lots,2" + lineBreak()
            case 6: text += "\"A note that reads like a sentence,\(lineBreak())over two lines.\"" + lineBreak()
            case 7: text += "\(row),QUOTE\"INSIDE,1,2" + lineBreak()
            case 8: text += "Ticker,Name,Shares,Market Value" + lineBreak()
            case 9: text += "\u{A0}" + lineBreak()
            case 10: text += ",,,,,,," + lineBreak()
            default: text += "T\(row),ISSUER \(random.below(100)) LTD,\(random.below(1000)),\(random.below(9999)).5" + lineBreak()
            }
        }
        switch random.below(5) {
        case 0: text += "LAST,\"NEVER CLOSED,1" + (random.below(2) == 0 ? lineBreak() : "")
        case 1: text += "LAST,\"NEVER CLOSED\(lineBreak())STILL OPEN" + lineBreak()
        case 2: text += "END,NO LINE BREAK,1,2"
        case 3: text += lineBreak() + lineBreak()
        default: break
        }
        return Array(text.utf8)
    }

    @Test("the three-line file whose last row opens a quote is three lines that add up")
    func unterminatedQuoteAtTheEnd() throws {
        for ending in ["\n", "\r\n", "\r", ""] {
            let bytes = Array("Ticker,Name,Quantity\nA,Apple,1\nA,\"BYD,2\(ending)".utf8)
            let (holdings, report) = try HoldingsReader().readAll(try TestFiles.temporary(bytes))
            #expect(report.lines == 3, "ending \(ending.debugDescription)")
            #expect(holdings.count == 1 && report.skipped == 1 && report.rejected.count == 1 && report.rejectedLines == 1)
            #expect(report.linesAddUp)
        }
    }

    @Test("a quote never closed, longer than a value may be, ending on a line break (found by fuzzing) is not one line too many")
    func unterminatedQuoteOverTheLimit() throws {
        let path = TestFiles.repository("Tests/OpsLensTests/Holdings/Fixtures/fuzz-unterminated-over-limit.csv")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let limits = ReadLimits(lineBytes: 200, fieldBytes: 40, columns: 12, lines: 500)
        let report = try HoldingsReader(options: HoldingsReadOptions(limits: limits)).read(path) { _ in }
        #expect(report.lines == Self.physicalLines(bytes) && report.lines == 9 && report.linesAddUp)
        for ending in ["\n", "\r\n", "\r", ""] {
            let text = "Ticker,Name\nA,Apple\nB,\"" + String(repeating: "LONG\n", count: 30) + "END" + ending
            let (_, short) = try HoldingsReader(options: HoldingsReadOptions(limits: limits)).readAll(try TestFiles.temporary(text))
            #expect(short.lines == Self.physicalLines(Array(text.utf8)) && short.linesAddUp, "ending \(ending.debugDescription)")
        }
    }

    @Test("every physical line of 400 generated files is accounted for once, read whole or in segments")
    func countsAddUp() throws {
        var failures: [String] = []
        for seed in UInt64(1)...400 {
            let bytes = Self.generatedFile(seed: seed)
            let path = try TestFiles.temporary(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            for segmentSize in [0, 7, 64] {
                var reader = HoldingsReader(threads: 3)
                reader.segmentSize = segmentSize
                let (holdings, report) = try reader.readAll(path)
                let stamp = InputStamp(path: path, sha256: report.sha256, rowsRead: report.lines, holdings: report.holdings,
                                       holdingLines: report.holdingLines, skipped: report.skipped,
                                       rejected: report.rejected.count, rejectedLines: report.rejectedLines)
                let expectedLines = Self.physicalLines(bytes)
                if report.lines != expectedLines || !report.linesAddUp || !stamp.countsAddUp || holdings.count != report.holdings
                    || report.rejectedLines != report.rejected.map({ $0.lastLine - $0.line + 1 }).reduce(0, +)
                    || report.skipped != report.skippedLines.map({ $0.lastLine - $0.line + 1 }).reduce(0, +) {
                    failures.append("seed \(seed), segments \(segmentSize): \(expectedLines) lines in the file, report says \(report.lines) = "
                                    + "\(report.holdingLines) + \(report.skipped) + \(report.rejectedLines)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
