import Foundation
import Testing

@Suite("opslens rules")
struct RulesCommandTests {
    static let cons = OpsLensProcess.sharedData.appendingPathComponent("ofac/cons-2025-12").path
    static let designees = OpsLensProcess.sharedData.appendingPathComponent("ofac/derived/designees-2021-12-10").path

    static func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-cli-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url.path
    }

    @Test("validate accepts the project's Rules/ folder (the default)")
    func validateProjectRules() throws {
        let result = try OpsLensProcess.run(["rules", "validate", "--ofac", Self.cons, "--ofac", Self.designees])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("OK: 3 rules, 4 lists"))
        // With no --ofac, the shipped vintage: SDN 8,976 + Consolidated 442 + in-house 4 + curated 3.
        let alone = try OpsLensProcess.run(["rules", "validate"])
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stdout.hasPrefix("OK: 3 rules, 4 lists, 9425 entities"))
    }

    @Test("validate prints every problem with file and line and exits 2")
    func validateReportsEveryProblem() throws {
        let folder = try Self.folder([
            "bad.yaml": "schema: opslens.rule/v1\nid: x\ntitel: X\nrestriction: block\n",
            "broken.yaml": "schema: opslens.list/v1\nid: [oops\n",
        ])
        let result = try OpsLensProcess.run(["rules", "validate", "--rules", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yaml:3:1: error: unknown key 'titel' in the rule; did you mean 'title'?"))
        #expect(result.stderr.contains("bad.yaml:4:14: error: 'restriction' is 'block', which is not one of"))
        #expect(result.stderr.contains("broken.yaml:"))
        #expect(result.stderr.contains("error: YAML syntax"))
        #expect(result.stderr.contains(" errors"))
    }

    @Test("a pinned OFAC file whose hash differs is a load error naming the file")
    func hashMismatch() throws {
        let folder = try Self.folder(["pin.yaml": """
            schema: opslens.list/v1
            id: pinned
            title: Pinned
            provenance: {publisher: U.S. Treasury OFAC}
            ofac:
              directory: \(Self.designees)
              files:
                sdn.csv: \(String(repeating: "a", count: 64))
                alt.csv: \(String(repeating: "b", count: 64))
                add.csv: \(String(repeating: "c", count: 64))

            """])
        let result = try OpsLensProcess.run(["rules", "list", "--rules", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pin.yaml:8:"))
        #expect(result.stderr.contains("error: sdn.csv: SHA-256 of"))
        #expect(result.stderr.contains("alt.csv: SHA-256"))
    }

    @Test("a missing OFAC folder exits 2")
    func missingOFACFolder() throws {
        let result = try OpsLensProcess.run(["rules", "list", "--ofac", "/nonexistent/ofac"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no OFAC main file"))
    }

    struct ListOutput: Decodable {
        struct Rule: Decodable { var id, title, kind, severity: String; var lists: [String] }
        struct File: Decodable { var path, sha256: String }
        struct List: Decodable { var id, publisher: String; var files: [File]; var entities: Int; var programs: [String: Int] }
        var rules: [Rule]
        var lists: [List]
    }

    @Test("list --format json gives rules and lists with files, hashes and program counts")
    func listJSON() throws {
        let result = try OpsLensProcess.run(["rules", "list", "--ofac", Self.cons, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try JSONDecoder().decode(ListOutput.self, from: Data(result.stdout.utf8))
        #expect(output.rules.map(\.id) == ["inhouse-restricted", "ns-cmic", "ofac-sdn"])
        let cmic = try #require(output.rules.first { $0.id == "ns-cmic" })
        #expect(cmic.kind == "no-purchase-or-sale")
        #expect(cmic.severity == "block")
        let consolidated = try #require(output.lists.first { $0.id == "ofac-consolidated" })
        #expect(consolidated.entities == 442)
        #expect(consolidated.programs["CMIC-EO13959"] == 68)
        #expect(consolidated.publisher == "U.S. Treasury OFAC")
        #expect(consolidated.files.map { ($0.path as NSString).lastPathComponent } == ["cons_prim.csv", "cons_comments.csv", "cons_alt.csv", "cons_add.csv"])
        #expect(consolidated.files.first?.sha256 == "7027f6656b7815e38b1a5517e66d7f00ad7bdae814510cddff11771c439f08b2")
    }

    @Test("list --as-of leaves out rules not yet in force and entries not yet listed")
    func listAsOf() throws {
        let result = try OpsLensProcess.run(["rules", "list", "--ofac", Self.cons, "--as-of", "2021-12-12", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let output = try JSONDecoder().decode(ListOutput.self, from: Data(result.stdout.utf8))
        #expect(output.rules.map(\.id) == ["ns-cmic", "ofac-sdn"])
        #expect(output.lists.first { $0.id == "ofac-consolidated" }?.programs["CMIC-EO13959"] == 60)  // Annex 59 + SenseTime
        let bad = try OpsLensProcess.run(["rules", "list", "--as-of", "12/12/2021"])
        #expect(bad.status == 2)
    }

    @Test("show prints one rule with its provenance; an unknown id exits 2")
    func show() throws {
        let result = try OpsLensProcess.run(["rules", "show", "ns-cmic"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("subsidiaries:  listed-only"))
        #expect(result.stdout.contains("timing:        ns-cmic"))
        #expect(result.stdout.contains("publisher:     U.S. Treasury OFAC"))
        #expect(result.stdout.contains("Rules/rules/ns-cmic.yaml"))
        let missing = try OpsLensProcess.run(["rules", "show", "ns-cmc"])
        #expect(missing.status == 2)
    }

    @Test("entity 33114 shows OFAC's entry, the curated mapping and what applies on the day")
    func entity() throws {
        let result = try OpsLensProcess.run(["rules", "entity", "33114", "--ofac", Self.cons, "--as-of", "2022-06-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.hasPrefix("ofac-consolidated:33114  SENSETIME GROUP LIMITED  (organisation)"))
        #expect(text.contains("cons-2025-12/cons_prim.csv:433"))
        #expect(text.contains("SENSETIME GROUP LTD  (aka, strong, alt 52095)"))
        #expect(text.contains("dates (CMIC): listing 2021-12-10, effective 2022-02-08, divestment 2022-12-10"))
        #expect(text.contains("C.R. No. 2162198 (Hong Kong)"))
        #expect(text.contains("ns-cmic: divestment-window, no-purchase"))
        #expect(text.contains("opslens-sensetime-curated:sensetime-group-inc  SenseTime Group Inc."))
        #expect(text.contains("[CURATED - not published by the list's publisher]"))
        #expect(text.contains("Beijing SenseTime Technology Development Co., Ltd."))
        #expect(text.contains("ticker:        0020 HK"))
    }

    @Test("entity works without --ofac from the shipped vintage, and as JSON")
    func entityJSON() throws {
        let result = try OpsLensProcess.run(["rules", "entity", "33114", "--as-of", "2023-01-01", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["list"] as? String == "ofac-consolidated")
        let location = (entries.first?["entity"] as? [String: Any])?["location"] as? [String: Any]
        #expect((location?["file"] as? String)?.hasSuffix("Rules/ofac/2025-12-19/cons_prim.csv") == true)
        let statuses = try #require(entries.first?["statuses"] as? [[String: Any]])
        #expect(statuses.first?["phase"] as? String == "after-divestment")
        let missing = try OpsLensProcess.run(["rules", "entity", "99999999"])
        #expect(missing.status == 2)
    }
}
