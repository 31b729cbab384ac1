import Foundation
import OpsLens
import Testing

@Suite("A screening's progress")
struct ScreeningEngineProgressTests {
    @Test("counts bytes read over all files, never backwards, ending at their total size")
    func countsBytesToTheEnd() throws {
        let files = [TestFiles.shared("holdings/ishares_ACWI_2022-03-10.csv"),
                     TestFiles.shared("holdings/ishares_EEM_2022-03_excel-resaved.csv")]
        let total = try files.map { try #require(FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) }.reduce(0, +)
        let book = try RuleBookLoader.load(rulesDirectory: TestFiles.repository("Rules"), ofacDirectories: [])
        let engine = ScreeningEngine(book: book)
        var seen: [ScreeningProgress] = []
        let request = ScreeningRequest(holdings: files.map(InputSource.file), asOf: CalendarDate(iso: "2022-06-30")!)
        let report = try engine.screen(request, now: { "" }, progress: { seen.append($0) }).report
        let bytes = seen.map(\.bytesRead)
        #expect(bytes == bytes.sorted())
        #expect(seen.count > 2, "the 413 KB file is read in segments, each reported")
        #expect(seen.allSatisfy { $0.bytesTotal == total && $0.files == 2 })
        #expect(seen.map(\.file) == seen.map(\.file).sorted())
        #expect(seen.last?.bytesRead == total)
        #expect(seen.last?.fraction == 1)
        #expect(seen.last?.holdings == report.run.inputs.map(\.holdings).reduce(0, +))
    }
}
