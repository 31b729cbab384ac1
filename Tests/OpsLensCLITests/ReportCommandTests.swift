import Foundation
import Testing

@Suite("opslens report")
struct ReportCommandTests {
    /// The worked example's command, as Portfolios/quarterly/README.md gives it.
    static let example: [String] = {
        let folder = "Portfolios/quarterly/.snapshots"
        return ["report", "--period", "2022Q1", "--holdings", folder, "--waivers", "Portfolios/quarterly/waivers.yaml"]
            + ["2021-12-31", "2022-02-28", "2022-03-31"].flatMap { ["--holdings-date", "\(folder)/\($0)/growth.csv=\($0)"] }
    }()

    @Test("writes the worked example's register as JSON: one active and one passive breach")
    func json() throws {
        let result = try OpsLensProcess.run(Self.example + ["--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let breaches = try #require(json["breaches"] as? [[String: Any]])
        #expect(breaches.compactMap { $0["kind"] as? String } == ["active", "passive"])
        #expect(breaches.compactMap { $0["portfolio"] as? String } == ["QTR-GROWTH", "legacy-asia"])
        #expect((json["period"] as? [String: Any])?["label"] as? String == "2022Q1")
    }

    @Test("writes the register as CSV, one row per breach, to the file given")
    func csv() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-report-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try OpsLensProcess.run(Self.example + ["--format", "csv", "--output", output])
        #expect(result.status == 0 && result.stdout.isEmpty)
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("\"breach_id\",\"portfolio\"") == true)
    }

    @Test("refuses a snapshot without a date with exit code 2, naming the file and --holdings-date")
    func undated() throws {
        let result = try OpsLensProcess.run(["report", "--period", "2022Q1", "--holdings", "Portfolios/quarterly/.snapshots"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("growth.csv") && result.stderr.contains("--holdings-date"))
    }

    @Test("refuses a period given twice, a bad quarter and a date for a file not given", arguments: [
        ["--period", "2022Q1", "--from", "2022-01-01", "--to", "2022-03-31"],
        ["--period", "2022Q7"],
        ["--period", "2022Q1", "--holdings-date", "elsewhere.csv=2022-03-31"],
    ])
    func usage(arguments: [String]) throws {
        let result = try OpsLensProcess.run(["report", "--holdings", "Portfolios/quarterly/.snapshots/2022-03-31/legacy-asia.csv"] + arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }
}
