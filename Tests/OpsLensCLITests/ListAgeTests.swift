import Foundation
import Testing

@Suite("Stale lists are said out loud")
struct ListAgeTests {
    static let warning = "warning: the OFAC lists in use are the vintage of 2025-12-19 (Rules/ofac/2025-12-19)"

    @Test("screening with the shipped vintage, older than 7 days, warns on standard error and still screens")
    func warns() throws {
        let result = try OpsLensProcess.run(["screen", "Portfolios", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(Self.warning), "\(result.stderr)")
        #expect(result.stderr.contains("days old; run 'opslens lists update' for current lists"))
        #expect(result.stdout.contains("\"findings\""))
    }

    @Test("--max-list-age turns it into exit code 2 before screening; a larger --warn-list-age silences it")
    func maxListAge() throws {
        let stale = try OpsLensProcess.run(["screen", "Portfolios", "--max-list-age", "30"])
        #expect(stale.status == 2)
        #expect(stale.stderr.contains("more than --max-list-age 30; run 'opslens lists update' for current lists"), "\(stale.stderr)")
        #expect(stale.stdout.isEmpty)
        let lenient = try OpsLensProcess.run(["screen", "Portfolios", "--max-list-age", "100000", "--warn-list-age", "100000"])
        #expect(lenient.status == 1)
        #expect(!lenient.stderr.contains("warning:"), "\(lenient.stderr)")
    }

    @Test("a vintage updated today gives no warning, passes --max-list-age 0, and is the one the report names")
    func freshVintage() throws {
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        for folder in ["rules", "lists"] {
            try FileManager.default.copyItem(atPath: OpsLensProcess.packageRoot.appendingPathComponent("Rules/\(folder)").path, toPath: "\(rules)/\(folder)")
        }
        let update = try OpsLensProcess.run(["lists", "update", "--source", "Rules/ofac/2025-12-19", "--into", "\(rules)/ofac"])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("No earlier vintage to compare with."))
        let result = try OpsLensProcess.run(["screen", "Portfolios", "--rules", rules, "--max-list-age", "0", "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let lists = try #require((json["run"] as? [String: Any])?["lists"] as? [[String: Any]])
        let run = try #require(json["run"] as? [String: Any])
        let vintage = try #require(lists.first { $0["id"] as? String == "ofac-sdn" }?["vintage"] as? [String: Any])
        #expect((vintage["directory"] as? String)?.hasPrefix("\(rules)/ofac/") == true)
        #expect(vintage["date"] as? String == run["asOf"] as? String)  // today, the default as-of date
    }
}
