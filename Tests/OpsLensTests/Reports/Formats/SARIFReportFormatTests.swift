import Foundation
@testable import OpsLens
import Testing

@Suite("SARIF report format")
struct SARIFReportFormatTests {
    /// The SARIF log of the sample report, as JSON objects.
    static func log() throws -> [String: Any] {
        let text = ReportFormat.sarif.render(ReportFixtures.report())
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func run() throws -> [String: Any] {
        let runs = try #require(try log()["runs"] as? [[String: Any]])
        return try #require(runs.first)
    }

    @Test("is a SARIF 2.1.0 log with OpsLens as the driver")
    func envelope() throws {
        let log = try Self.log()
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let driver = try #require((try Self.run()["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "OpsLens")
        #expect(driver["version"] as? String == "0.1.0")
    }

    @Test("lists the rules in force, then data, with the list's source URL as helpUri")
    func rules() throws {
        let driver = try #require((try Self.run()["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["ns-cmic", "ofac-sdn", "nbim-exclusion", "data"])
        #expect(rules[0]["helpUri"] as? String == ReportFixtures.nsCMIC.sourceUrl)
        #expect((rules[0]["shortDescription"] as? [String: Any])?["text"] as? String == "No purchase or sale of NS-CMIC securities")
        #expect(rules[1]["helpUri"] == nil)  // the fixture's javascript: URL is not offered as a link
        #expect(rules[2]["helpUri"] == nil)
    }

    @Test("maps severity to level and kind", arguments: [
        (0, "error", "fail"), (1, "warning", "fail"), (2, "none", "review"), (3, "note", "fail"),
    ])
    func levels(index: Int, level: String, kind: String) throws {
        let results = try #require(try Self.run()["results"] as? [[String: Any]])
        #expect(results[index]["level"] as? String == level)
        #expect(results[index]["kind"] as? String == kind)
        let properties = try #require(results[index]["properties"] as? [String: Any])
        #expect(properties["severity"] as? String == ReportFixtures.report().findings[index].severity.rawValue)
    }

    @Test("locates a result at the holdings file and line, fingerprinted by the finding id")
    func location() throws {
        let results = try #require(try Self.run()["results"] as? [[String: Any]])
        let first = results[0]
        #expect(first["ruleId"] as? String == "ns-cmic")
        #expect(first["ruleIndex"] as? Int == 0)
        #expect((first["partialFingerprints"] as? [String: String])?["opslensFindingId/v1"] == "0a1b2c3d4e5f60718293")
        let locations = try #require(first["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "Portfolios/em%20asia.csv")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 14)
        #expect(first["baselineState"] as? String == "new")
        #expect(results[3]["ruleId"] as? String == "data")
    }

    @Test("a waived finding carries an accepted external suppression with the expiry in its properties")
    func suppressions() throws {
        let results = try #require(try Self.run()["results"] as? [[String: Any]])
        let suppressions = try #require(results[1]["suppressions"] as? [[String: Any]])
        #expect(suppressions.count == 1)
        #expect(suppressions[0]["kind"] as? String == "external")
        #expect(suppressions[0]["status"] as? String == "accepted")
        #expect(suppressions[0]["justification"] as? String == "Custodian already froze it &amp; reported")
        let properties = try #require(suppressions[0]["properties"] as? [String: String])
        #expect(properties["expiresAt"] == "2026-06-30")
        #expect(properties["approvedBy"] == "cco@example.com")
        #expect(results[0]["suppressions"] == nil)
    }
}
