@testable import OpsLens
import Testing

@Suite("Waiver files")
struct WaiverFileTests {
    static let valid = """
    # Approved exceptions
    - id: W-1
      finding: 0a1b2c3d4e5f60718293
      justification: Passive breach; divestment order placed.
      approvedBy: cco@example.com
      approvedAt: 2026-03-02
      expires: 2026-06-30
    - portfolio: NO
      security: "isin:CNE100000PM8"
      rule: ns-cmic
      justification: >
        Held in a frozen account.
      approvedBy: Jane Doe
      approvedAt: 2026-01-15
      expires: 2026-12-31
    """

    @Test("decodes both ways of naming a finding, reading values as written")
    func decodesValid() throws {
        let file = try WaiverFile(yaml: Self.valid, path: "Rules/waivers.yaml")
        #expect(file.waivers.count == 2)
        let first = try #require(file.waivers.first)
        #expect(first == Waiver(id: "W-1", findingId: "0a1b2c3d4e5f60718293", justification: "Passive breach; divestment order placed.",
                                approvedBy: "cco@example.com", approvedAt: "2026-03-02", expiresAt: "2026-06-30"))
        let second = file.waivers[1]
        #expect(second.portfolio == "NO")  // not `false`: values are never coerced
        #expect(second.security == "isin:CNE100000PM8")
        #expect(second.rule == "ns-cmic")
        #expect(second.justification == "Held in a frozen account.")
        #expect(second.id == "waivers.yaml:8")  // no id: file name and line
    }

    @Test("also reads the list under `waivers:` of a file that declares its schema, like the rule files")
    func decodesSchemaForm() throws {
        let indented = Self.valid.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            .joined(separator: "\n")
        let file = try WaiverFile(yaml: "schema: opslens.waivers/v1\nwaivers:\n" + indented, path: "Rules/waivers.yaml")
        #expect(file.waivers.map(\.id) == ["W-1", "waivers.yaml:10"])
        #expect(try WaiverFile(yaml: "schema: opslens.waivers/v1\nwaivers: []\n", path: "w.yaml").waivers.isEmpty)
        #expect(try WaiverFile(yaml: "schema: opslens.waivers/v1\n", path: "w.yaml").waivers.isEmpty)
    }

    @Test("an empty file or one with only comments has no waivers")
    func empty() throws {
        #expect(try WaiverFile(yaml: "", path: "w.yaml").waivers.isEmpty)
        #expect(try WaiverFile(yaml: "# nothing yet\n", path: "w.yaml").waivers.isEmpty)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let yaml: String
        let code: WaiverFileError.Code
        let line: Int
        let fragment: String
        var testDescription: String { label }
    }

    static let entry = """
      justification: ok
      approvedBy: me
      approvedAt: 2026-03-02
      expires: 2026-06-30
    """

    static let invalid: [Case] = [
        Case(label: "misspelt key", yaml: "- finding: abc\n  justfication: x\n  approvedBy: me\n  approvedAt: 2026-03-02\n  expires: 2026-06-30\n",
             code: .unknownKey, line: 2, fragment: "unknown key \"justfication\" (did you mean \"justification\"?)"),
        Case(label: "snake-case key", yaml: "- finding: abc\n  approved_by: me\n", code: .unknownKey, line: 2,
             fragment: "(did you mean \"approvedBy\"?)"),
        Case(label: "a list where text belongs", yaml: "- finding: [a, b]\n" + entry, code: .wrongType, line: 1,
             fragment: "\"finding\" must be text, not a list"),
        Case(label: "a mapping where text belongs", yaml: "- finding: abc\n  justification: {a: 1}\n  approvedBy: me\n",
             code: .wrongType, line: 2, fragment: "\"justification\" must be text, not a set of keys"),
        Case(label: "a mapping without a schema", yaml: "waivers:\n  - finding: abc\n", code: .missingKey, line: 1,
             fragment: "needs \"schema: opslens.waivers/v1\""),
        Case(label: "a mapping with another key", yaml: "schema: opslens.waivers/v1\nwaiver:\n  - finding: abc\n",
             code: .unknownKey, line: 2, fragment: "unknown key \"waiver\" in a waiver file (did you mean \"waivers\"?)"),
        Case(label: "a rule file's schema", yaml: "schema: opslens.rule/v1\nwaivers: []\n", code: .wrongType, line: 1,
             fragment: "unknown schema \"opslens.rule/v1\"; expected \"opslens.waivers/v1\""),
        Case(label: "waivers not a list", yaml: "schema: opslens.waivers/v1\nwaivers: abc\n", code: .wrongType, line: 2,
             fragment: "\"waivers\" is a list of waivers"),
        Case(label: "top level is a single value", yaml: "abc\n", code: .wrongType, line: 1,
             fragment: "a waiver file is a list of waivers"),
        Case(label: "an entry is not a mapping", yaml: "- just a string\n", code: .wrongType, line: 1,
             fragment: "not a single value"),
        Case(label: "impossible date", yaml: "- finding: abc\n  justification: ok\n  approvedBy: me\n  approvedAt: 2026-02-30\n  expires: 2026-06-30\n",
             code: .badDate, line: 4, fragment: "\"approvedAt\" must be a date YYYY-MM-DD, not \"2026-02-30\""),
        Case(label: "date not zero-padded", yaml: "- finding: abc\n  justification: ok\n  approvedBy: me\n  approvedAt: 2026-03-02\n  expires: 2026-6-30\n",
             code: .badDate, line: 5, fragment: "\"expires\" must be a date"),
        Case(label: "expiry before approval", yaml: "- finding: abc\n  justification: ok\n  approvedBy: me\n  approvedAt: 2026-03-02\n  expires: 2026-03-01\n",
             code: .badDate, line: 5, fragment: "expires (2026-03-01) before it was approved (2026-03-02)"),
        Case(label: "missing justification", yaml: "- finding: abc\n  approvedBy: me\n  approvedAt: 2026-03-02\n  expires: 2026-06-30\n",
             code: .missingKey, line: 1, fragment: "the waiver has no \"justification\""),
        Case(label: "empty justification", yaml: "- finding: abc\n  justification: \"  \"\n  approvedBy: me\n  approvedAt: 2026-03-02\n  expires: 2026-06-30\n",
             code: .missingKey, line: 1, fragment: "no \"justification\""),
        Case(label: "missing expiry", yaml: "- finding: abc\n  justification: ok\n  approvedBy: me\n  approvedAt: 2026-03-02\n",
             code: .missingKey, line: 1, fragment: "no \"expires\""),
        Case(label: "names no finding", yaml: "-\n" + entry, code: .badMatch, line: 2, fragment: "the waiver names no finding"),
        Case(label: "portfolio and security without rule", yaml: "- portfolio: P\n  security: isin:X\n" + entry,
             code: .missingKey, line: 1, fragment: "no \"rule\""),
        Case(label: "both forms", yaml: "- finding: abc\n  rule: ns-cmic\n" + entry, code: .badMatch, line: 1,
             fragment: "both \"finding\" and \"rule\""),
        Case(label: "security without a kind", yaml: "- portfolio: P\n  security: US0378331005\n  rule: r\n" + entry,
             code: .badMatch, line: 2, fragment: "\"security\" must be KIND:VALUE"),
        Case(label: "misspelt security kind", yaml: "- portfolio: P\n  security: \"isn:US0378331005\"\n  rule: r\n" + entry,
             code: .badMatch, line: 2, fragment: "unknown security kind \"isn\" (did you mean \"isin\"?)"),
        Case(label: "duplicate id", yaml: "- id: W\n  finding: a\n" + entry + "\n- id: W\n  finding: b\n" + entry,
             code: .duplicateId, line: 7, fragment: "waiver id \"W\" is used at line 1 too"),
        Case(label: "duplicate key", yaml: "- finding: a\n  finding: b\n" + entry, code: .syntax, line: 1,
             fragment: "finding more than once"),
        Case(label: "broken YAML", yaml: "- finding: \"abc\n  justification: ok\n", code: .syntax, line: 3, fragment: "not valid YAML"),
    ]

    @Test("rejects a malformed file with the line and a useful message", arguments: invalid)
    func rejects(_ example: Case) {
        do {
            let file = try WaiverFile(yaml: example.yaml, path: "Rules/waivers.yaml")
            Issue.record("decoded \(file.waivers)")
        } catch let error as WaiverFileError {
            #expect(error.code == example.code)
            #expect(error.file == "Rules/waivers.yaml")
            #expect(error.line == example.line, "\(error)")
            #expect(error.message.contains(example.fragment), "\(error.message)")
            #expect(error.description.hasPrefix("Rules/waivers.yaml:\(example.line):"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("reads a file from disk, and says when it cannot")
    func readsFromDisk() throws {
        let path = try TestFiles.temporary(Self.valid, name: "waivers.yaml")
        #expect(try WaiverFile(contentsOf: path).waivers.count == 2)
        #expect(throws: WaiverFileError.self) { try WaiverFile(contentsOf: path + ".missing") }
    }
}
