import Foundation
import OpsLens
import Testing

@Suite("Screening on any number of threads")
struct ScreeningEngineThreadsTests {
    static let engine = Result {
        try ScreeningEngine.load(rulesDirectory: TestFiles.repository("Rules"),
                                 ofacDirectories: [TestFiles.shared("ofac/cons-2025-12")])
    }

    static func json(_ inputs: [InputSource], threads: Int) throws -> String {
        let request = ScreeningRequest(holdings: inputs, asOf: CalendarDate(iso: "2022-06-30")!, threads: threads)
        return ReportFormat.json.render(try engine.get().screen(request, now: { "" }).report)
    }

    @Test("gives the same report, byte for byte, for a folder of many files on 1, 2 and 4 threads")
    func manyFiles() throws {
        let samples = ["custodian-global-equity.csv", "emerging-asia-etf.csv", "european-balanced-fund.csv"]
            .map { TestFiles.repository("Portfolios/\($0)") }
            + ["ishares_ACWI_2022-03-10.csv", "ishares_EEM_2022-03_excel-resaved.csv"].map { TestFiles.shared("holdings/\($0)") }
        // Many inputs of different sizes, so that threads finish out of order.
        let inputs = (0..<24).map { InputSource.file(samples[$0 % samples.count]) }
            .enumerated().map { InputSource(name: "fund-\($0.offset).csv", content: $0.element.content) }
        let one = try Self.json(inputs, threads: 1)
        #expect(one.contains("fund-23.csv"))
        #expect(try Self.json(inputs, threads: 2) == one)
        #expect(try Self.json(inputs, threads: 4) == one)
    }

    @Test("gives the same report for one large file read on one thread or several")
    func oneLargeFile() throws {
        let acwi = try String(contentsOfFile: TestFiles.shared("holdings/ishares_ACWI_2022-03-10.csv"), encoding: .utf8)
        let lines = acwi.split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.firstIndex { $0.hasPrefix("Ticker,") }!
        let rows = lines[(header + 1)...].filter { $0.hasPrefix("\"") }
        // About 5 MB: more than one segment.
        let body = (0..<8).map { _ in rows.joined(separator: "\n") }.joined(separator: "\n")
        let file = try TestFiles.temporary(lines[...header].joined(separator: "\n") + "\n" + body + "\n", name: "large.csv")
        let one = try Self.json([.file(file)], threads: 1)
        #expect(try Self.json([.file(file)], threads: 2) == one)
        #expect(try Self.json([.file(file)], threads: 4) == one)
    }

    @Test("reports the first failing input in the order given, whichever thread met it first")
    func firstFailureInOrder() throws {
        let good = TestFiles.repository("Portfolios/emerging-asia-etf.csv")
        let inputs: [InputSource] = [.file(good), .bytes([], name: "empty-1.csv"), .file(good), .bytes([], name: "empty-2.csv")]
        for threads in [1, 2, 4] {
            #expect { try Self.json(inputs, threads: threads) } throws: { ($0 as? InputError)?.file == "empty-1.csv" }
        }
    }
}
