import Foundation
import Synchronization
@testable import OpsLens
import Testing

/// A large file is cut into segments read on two threads; whatever the cuts, the result must be
/// exactly what one parser reading the file from start to end gives.
@Suite("Reading a large file in segments on two threads")
struct SegmentedHoldingsReadTests {
    /// A deterministic ~400 KB holdings file with every quirk that could trip a cut: quoted
    /// fields spanning lines, blank and no-break-space lines, Total rows, a repeated header,
    /// ragged and non-numeric rows, repairable SEDOLs, invalid UTF-8, and one line longer than
    /// the segmenter's look-ahead.
    static func quirkyFile(lineBreak: String = "\n", byteOrderMark: Bool = false, unterminatedAtEnd: Bool = false) -> [UInt8] {
        var random: UInt64 = 20211210
        func next(_ bound: Int) -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int((random >> 33) % UInt64(bound))
        }
        var bytes: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        func line(_ text: String) { bytes += Array((text + lineBreak).utf8) }
        line("Synthetic fund,\"Dec 10, 2021\"")
        line("\u{A0}")
        let header = "Ticker,Name,SEDOL,Shares,Market Value,Exchange"
        line(header)
        for row in 0..<3_200 {
            switch next(40) {
            case 0: line("")
            case 1: line("\u{A0}")
            case 2: line("Total,,,,\"1,234.00\",")
            case 3: line(header)
            case 4: line("\(row),RAGGED ROW \(row)")
            case 5: line("\(row),NOT A NUMBER \(row),,lots,5,HKEX")
            case 6: line("\(row),\"MULTI\(lineBreak)LINE\(lineBreak)NAME \(row)\",,100,\"1,000.50\",New York Stock Exchange")
            case 7: line("\(row),\"QUOTED \"\"NAME\"\", WITH COMMA \(row)\",,200,300,NASDAQ")
            case 8:
                bytes += Array("\(row),BAD UTF8 ".utf8) + [0xC3, 0x28] + Array(" NAME,,1,2,HKEX\(lineBreak)".utf8)
            case 9: line("\(row),SEDOL TO REPAIR \(row),263494,10,20,London Stock Exchange")
            default:
                line("T\(row),ISSUER \(next(500)) HOLDINGS LTD,,\"\(next(90_000)),\(100 + next(899)).00\",\(next(1_000_000)),Hong Kong Exchanges And Clearing Ltd")
            }
            if row == 1_600 {
                line("LONG,\"" + String(repeating: "A VERY LONG NAME ", count: 6_000) + "\",,1,2,HKEX")
            }
        }
        line("\u{A0}")
        line("\"The content is for information only.\(lineBreak)It is not an offer to buy or sell.\"")
        if unterminatedAtEnd { bytes += Array("LAST,\"NEVER CLOSED,1,2,HKEX\(lineBreak)AND MORE".utf8) }
        return bytes
    }

    private func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-segments-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Where two reads differ, briefly (a whole report is too long to read in a failure).
    private func differences(_ expected: ([Holding], HoldingsFileReport), _ actual: ([Holding], HoldingsFileReport)) -> [String] {
        func first<T: Equatable>(_ name: String, _ left: [T], _ right: [T]) -> [String] {
            if left == right { return [] }
            guard let index = zip(left, right).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
                return ["\(name): \(left.count) expected, \(right.count) read"]
            }
            return ["\(name)[\(index)]: expected \(left[index]), read \(right[index])"]
        }
        let (e, a) = (expected.1, actual.1)
        var found = first("holdings", expected.0, actual.0)
        found += first("skippedLines", e.skippedLines, a.skippedLines) + first("rejected", e.rejected, a.rejected)
        found += first("repairs", e.repairs, a.repairs) + first("warnings", e.warnings, a.warnings)
        found += first("counts", [e.lines, e.holdings, e.holdingLines, e.skipped, e.rejectedLines, e.repairCount, e.headerLine ?? -1],
                       [a.lines, a.holdings, a.holdingLines, a.skipped, a.rejectedLines, a.repairCount, a.headerLine ?? -1])
        found += first("sha256", [e.sha256], [a.sha256])
        if found.isEmpty && e != a { found.append("the reports differ elsewhere") }
        return found
    }

    private func read(_ path: String, segmentSize: Int, threads: Int = 3) throws -> ([Holding], HoldingsFileReport) {
        var reader = HoldingsReader(threads: threads)
        reader.segmentSize = segmentSize
        return try reader.readAll(path)
    }

    @Test("gives the holdings and report of one parser whatever the segment size and number of threads",
          arguments: [1, 97, 4_096, 65_536, 300_000], [2, 4])
    func matchesOneParser(segmentSize: Int, threads: Int) throws {
        let path = try write(Self.quirkyFile())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (expectedHoldings, expected) = try read(path, segmentSize: 0, threads: 1)
        let (holdings, report) = try read(path, segmentSize: segmentSize, threads: threads)
        #expect(expected.holdings > 2_500 && expected.rejected.count > 100 && expected.repairCount > 50)
        #expect(expected.linesAddUp)
        let found = differences((expectedHoldings, expected), (holdings, report))
        #expect(found.isEmpty, "\(found)")
    }

    @Test("gives the same result for CRLF line breaks, a byte-order mark and an unterminated quote at the end",
          arguments: [("\r\n", false, false), ("\n", true, false), ("\r\n", true, true)])
    func matchesOneParserForOtherShapes(lineBreak: String, byteOrderMark: Bool, unterminated: Bool) throws {
        let path = try write(Self.quirkyFile(lineBreak: lineBreak, byteOrderMark: byteOrderMark, unterminatedAtEnd: unterminated))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (expectedHoldings, expected) = try read(path, segmentSize: 0)
        for segmentSize in [61, 8_192] {
            let found = differences((expectedHoldings, expected), try read(path, segmentSize: segmentSize))
            #expect(found.isEmpty, "segments of \(segmentSize) bytes: \(found)")
        }
        #expect(expected.linesAddUp)
        #expect(expected.rejected.last?.reason.contains("never closed") == unterminated)
    }

    @Test("gives the same result for a Windows-1252 file")
    func matchesOneParserForWindows1252() throws {
        var bytes = Self.quirkyFile()
        let nameStart = bytes.firstIndex(of: UInt8(ascii: "\n"))!
        bytes.insert(contentsOf: [0x20, 0xE9], at: nameStart)  // an é in Windows-1252, in the preamble
        let path = try write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (expectedHoldings, expected) = try read(path, segmentSize: 0)
        let found = differences((expectedHoldings, expected), try read(path, segmentSize: 4_096))
        #expect(expected.encoding == .windows1252)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("runs the transform on the reading threads and hands kept holdings to the body in file order")
    func transformsAndKeepsOrder() throws {
        let path = try write(Self.quirkyFile())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (all, _) = try read(path, segmentSize: 0)
        var reader = HoldingsReader(threads: 3)
        reader.segmentSize = 4_096
        let caller = pthread_self()
        var kept: [(Holding, Int)] = []
        var onCallerThread = true
        _ = try reader.read(.file(path), preparing: { { holding in holding.name?.hasPrefix("ISSUER 1") == true ? holding.name!.count : nil } }) {
            holding, length in
            kept.append((holding, length))
            onCallerThread = onCallerThread && pthread_equal(pthread_self(), caller) != 0
        }
        let expected = all.filter { $0.name?.hasPrefix("ISSUER 1") == true }
        #expect(kept.map(\.0) == expected)
        #expect(kept.allSatisfy { $0.1 == $0.0.name!.count })
        #expect(!expected.isEmpty)
        #expect(onCallerThread)
    }

    @Test("hands every holding to a consumer on the reading threads, the same holdings as in file order")
    func consumesOnReadingThreads() throws {
        let path = try write(Self.quirkyFile())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (inOrder, expected) = try read(path, segmentSize: 0)
        var reader = HoldingsReader(threads: 3)
        reader.segmentSize = 4_096
        let seen = Mutex<[String]>([])
        let report = try reader.read(.file(path), consumingOnReadingThreads: {
            { holding in seen.withLock { $0.append("\(holding.ticker ?? "") \(holding.name ?? "") \(holding.quantity ?? -1)") } }
        })
        let consumed = seen.withLock { $0 }
        #expect(consumed.sorted() == inOrder.map { "\($0.ticker ?? "") \($0.name ?? "") \($0.quantity ?? -1)" }.sorted())
        #expect(report == expected)
    }
}
