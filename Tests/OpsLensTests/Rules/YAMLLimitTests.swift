@testable import OpsLens
import Testing

/// Rule, list, waiver and mapping files are held to a size and a nesting depth.
@Suite("Limits on YAML files")
struct YAMLLimitTests {
    /// A rule file whose `provenance` holds `depth` nested one-key mappings (block style) or lists (flow style).
    static func deepRule(_ depth: Int, flow: Bool) -> String {
        let nested = flow ? String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
            : (0..<depth).map { "\n" + String(repeating: "  ", count: $0 + 1) + "k\($0):" }.joined() + " x"
        return RuleFileTests.rule.replacingOccurrences(of: "provenance:\n", with: "deep: \(nested)\nprovenance:\n")
    }

    @Test("a rule file nested deeper than the limit is an error at the node too deep", arguments: [false, true])
    func deepRuleFile(flow: Bool) throws {
        let result = try RuleFileTests.load(Self.deepRule(40, flow: flow))
        let error = try #require(result.errors.first { $0.code == .tooLarge })
        #expect(error.message.contains("nested more than 32 levels"))
        #expect(error.location.line != nil && error.location.file.hasSuffix("house-ban.yaml"))
        // Within the limit, the same shape is only an unknown key.
        let shallow = try RuleFileTests.load(Self.deepRule(20, flow: flow))
        #expect(!shallow.errors.contains { $0.code == .tooLarge })
    }

    @Test("libyaml's own nesting limit is an error, not a crash")
    func thousandsOfLevels() throws {
        let result = try RuleFileTests.load(Self.deepRule(100_000, flow: true))
        #expect(!result.errors.isEmpty)
    }

    @Test("a YAML file larger than the limit is refused before it is decoded")
    func largeFiles() throws {
        var limits = ReadLimits.standard
        limits.yamlBytes = 200
        let folder = try TestData.folder(text: ["lists/house.yaml": RuleFileTests.list, "rules/house-ban.yaml": RuleFileTests.rule])
        let result = RuleBookLoader.read(rulesDirectory: folder, limits: limits)
        #expect(result.errors.contains { $0.code == .tooLarge && $0.location.file.hasSuffix("house-ban.yaml") })
        #expect(throws: WaiverFileError.self) { try WaiverFile(yaml: String(repeating: "# comment\n", count: 30), path: "w.yaml", limits: limits) }
    }

    @Test("a waiver file or a holdings mapping nested deeper than the limit is an error with its line")
    func deepWaiversAndMappings() {
        let deep = "columns: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
        do {
            _ = try WaiverFile(yaml: "- " + deep, path: "w.yaml")
            Issue.record("expected an error")
        } catch let error as WaiverFileError {
            #expect(error.code == .tooLarge && error.line == 1)
        } catch { Issue.record("\(error)") }
        #expect(throws: HoldingsError.self) { try HoldingsReadOptions(mappingFile: "m.yaml", yaml: deep) }
    }
}
