import Foundation
import Testing

@Suite("opslens match")
struct MatchCommandTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-pairs-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("explains one comparison: normalised forms, pairs, weights, score and decision")
    func explainsOneComparison() throws {
        let result = try OpsLensProcess.run(["match", "GUANGZHOU HAIGE COMM GRP", "HAIGE GUANGZHOU COMMUNICATIONS GROUP CO., LTD."])
        #expect(result.status == 0)
        #expect(result.stdout.contains("normalised: guangzhou haige communications group\n"))
        #expect(result.stdout.contains("normalised: haige guangzhou communications group  [legal form: ltd]"))
        #expect(result.stdout.contains("haige ~ haige  exact  similarity 1  weight 1"))
        #expect(result.stdout.contains("group ~ group  exact  similarity 1  weight 0.1"))
        #expect(result.stdout.contains("score:       1\n"))
        #expect(result.stdout.contains("decision:    match\n"))
    }

    @Test("says why a person-name look-alike is no match")
    func explainsNoMatch() throws {
        let result = try OpsLensProcess.run(["match", "GEORGE BUSH", "GEORGE HABBASH"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("bush ~ (nothing)"))
        #expect(result.stdout.contains("(nothing) ~ habbash"))
        #expect(result.stdout.contains("decision:    no-match\n"))
    }

    @Test("compares exact-only with --exact-only")
    func exactOnly() throws {
        let result = try OpsLensProcess.run(["match", "--exact-only", "AVICOPTER", "AVIC"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("mode:       exact only"))
        #expect(result.stdout.contains("decision:    no-match\n"))
    }

    @Test("writes one comparison as JSON with its pairs, weights and reasons")
    func oneComparisonAsJSON() throws {
        let result = try OpsLensProcess.run(["match", "SENSETIME GROUP INC", "SENSETIME GROUP LIMITED", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["decision"] as? String == "review")
        #expect(object["legalForms"] as? String == "differ")
        #expect((object["pairs"] as? [Any])?.count == 2)
        #expect((object["reasons"] as? [String])?.contains { $0.hasPrefix("legal forms differ (inc vs ltd)") } == true)
    }

    @Test("scores a pairs file as JSON, in input order")
    func pairsAsJSON() throws {
        let path = try Self.temporaryFile("name1,name2\n\"SENSETIME GROUP INC\",SENSETIME GROUP LIMITED\nLUKOIL OIL COMP,LUKOIL OIL COMPANY\nemma daniels,EMMA LLC\n")
        let result = try OpsLensProcess.run(["match", "--pairs", path, "--format", "json"])
        #expect(result.status == 0)
        struct Row: Decodable { var name1: String; var name2: String; var score: Double; var decision: String }
        let rows = try JSONDecoder().decode([Row].self, from: Data(result.stdout.utf8))
        #expect(rows.map(\.name1) == ["SENSETIME GROUP INC", "LUKOIL OIL COMP", "emma daniels"])
        #expect(rows.map(\.decision) == ["review", "match", "no-match"])
        #expect(rows.allSatisfy { (0...1).contains($0.score) })
    }

    @Test("scores a pairs file as CSV, quoting names with commas")
    func pairsAsCSV() throws {
        let path = try Self.temporaryFile("name1,name2\n\"AVIC JONHON OPTRONIC TECHNOLOGY CO., LTD.\",AVIC JONHON OPTRONIC TECHNOLOGY LT\n")
        let result = try OpsLensProcess.run(["match", "--pairs", path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == "name1,name2,score,decision\n\"AVIC JONHON OPTRONIC TECHNOLOGY CO., LTD.\",AVIC JONHON OPTRONIC TECHNOLOGY LT,1.0,match\n")
    }

    @Test("writes pairs CSV a spreadsheet cannot run: a name that starts like a formula gets a quote mark")
    func pairsAsFormulaSafeCSV() throws {
        let path = try Self.temporaryFile("name1,name2\n=HYPERLINK(\"x\"),-ROSNEFT\n")
        let result = try OpsLensProcess.run(["match", "--pairs", path, "--format", "csv"])
        #expect(result.status == 0)
        let row = result.stdout.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(row.hasPrefix("\"'=HYPERLINK(\"\"x\"\")\",'-ROSNEFT,"))
    }

    @Test("exits with code 2 on bad usage or a bad file", arguments: [
        ["match", "ONLY ONE NAME"],
        ["match", "--pairs", "/no/such/file.csv"],
        ["match", "A", "B", "--pairs", "x.csv"],
        ["match", "A", "B", "--format", "xml"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try OpsLensProcess.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test("exits with code 2 when the pairs file lacks its columns")
    func missingColumns() throws {
        let path = try Self.temporaryFile("first,second\nA,B\n")
        let result = try OpsLensProcess.run(["match", "--pairs", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("name1 and name2"))
    }
}
