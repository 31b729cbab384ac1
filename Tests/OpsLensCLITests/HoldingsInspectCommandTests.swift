import Foundation
import Testing

@Suite("opslens holdings inspect")
struct HoldingsInspectCommandTests {
    private func json(_ result: OpsLensProcess.Result) throws -> [[String: Any]] {
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(parsed as? [[String: Any]])
    }

    @Test("shows what it understood of every sample portfolio")
    func inspectsThePortfoliosFolder() throws {
        let result = try OpsLensProcess.run(["holdings", "inspect", "Portfolios"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Portfolios/emerging-asia-etf.csv"))
        #expect(result.stdout.contains("header      line 10"))
        #expect(result.stdout.contains("32 = 18 in 18 holdings + 14 skipped + 0 in 0 rejected"))
        #expect(result.stdout.contains("sedol 540528 → 0540528"))
        #expect(result.stdout.contains("semicolon, decimal separator \",\""))
    }

    @Test("prints the documented JSON fields per file")
    func printsJSON() throws {
        let result = try OpsLensProcess.run(["holdings", "inspect", "--format", "json",
                                             "../shared/data/holdings/ishares_EEM_2022-03_excel-resaved.csv"])
        #expect(result.status == 0)
        let file = try #require(try json(result).first)
        for key in ["path", "encoding", "delimiter", "headerLine", "columns", "holdings", "skipped", "rejected", "repairs"] {
            #expect(file[key] != nil, "missing \(key)")
        }
        #expect(file["holdings"] as? Int == 1248)
        #expect(file["headerLine"] as? Int == 1)
        #expect(file["lines"] as? Int == 1251)
        let repairs = try #require(file["repairs"] as? [[String: Any]])
        #expect(repairs.contains { $0["original"] as? String == "5930" && $0["repaired"] as? String == "005930" })
    }

    @Test("lists every rejected row with its line and reason")
    func listsRejectedRows() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID()).csv").path
        try "Ticker,Name,Shares\n700,TENCENT,100\n941,CHINA MOBILE,many\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try OpsLensProcess.run(["holdings", "inspect", "--format", "json", path])
        #expect(result.status == 0)
        let rejected = try #require(try json(result).first?["rejected"] as? [[String: Any]])
        #expect(rejected.count == 1)
        #expect(rejected.first?["line"] as? Int == 3)
        #expect((rejected.first?["reason"] as? String)?.contains("Shares") == true)
    }

    @Test("takes an explicit column mapping")
    func takesColumnOptions() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mapped-\(UUID()).csv").path
        try "Code|Desc|Qty\n700|TENCENT|5\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try OpsLensProcess.run(["holdings", "inspect", "--column", "ticker=Code", "--column", "name=Desc",
                                             "--column", "quantity=3", "--format", "json", path])
        #expect(result.status == 0)
        #expect(try json(result).first?["holdings"] as? Int == 1)
    }

    @Test("exits with 2 and names the file when a file cannot be read as holdings")
    func failsOnUnreadableFiles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID()).csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try OpsLensProcess.run(["holdings", "inspect", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains("empty"))
        let missing = try OpsLensProcess.run(["holdings", "inspect", "no/such/file.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/file.csv"))
    }
}
