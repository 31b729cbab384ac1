import Testing
@testable import OpsLens

@Suite("Rule files are decoded strictly, with file and line in every error")
struct RuleFileTests {
    static let list = """
        schema: opslens.list/v1
        id: house
        title: House list
        provenance: {publisher: Compliance}
        entities:
          - {id: acme, name: ACME CORP, programs: [HOUSE]}

        """

    static let rule = """
        schema: opslens.rule/v1
        id: house-ban
        title: House ban
        restriction: no-purchase
        severity: warn
        lists: [house]
        programs: [HOUSE]
        timing: listing
        subsidiaries: controlled-subsidiaries
        effective_from: 2024-01-01
        provenance:
          publisher: Compliance
          legal_authority: Investment committee minute 12
          source_url: https://intranet.example/ic/12
          publication_date: 2023-12-15

        """

    static func load(_ rule: String) throws -> RuleBookReadResult {
        RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["lists/house.yaml": list, "rules/house-ban.yaml": rule]))
    }

    @Test("a complete rule file loads with every field")
    func loadsCompleteRule() throws {
        let result = try Self.load(Self.rule)
        #expect(result.errors.isEmpty)
        let rule = try #require(result.book.rule(id: "house-ban"))
        #expect(rule.restriction == .noPurchase)
        #expect(rule.severity == .warn)
        #expect(rule.lists == ["house"])
        #expect(rule.subsidiaries == .controlledSubsidiaries)
        #expect(rule.effectiveFrom == CalendarDate(year: 2024, month: 1, day: 1))
        #expect(rule.provenance.publicationDate == CalendarDate(year: 2023, month: 12, day: 15))
        #expect(rule.location.file.hasSuffix("rules/house-ban.yaml"))
        #expect(result.book.files.count == 2)
        #expect(result.book.files.allSatisfy { $0.sha256.count == 64 })
    }

    @Test("a misspelt key is an error on its line with a suggestion")
    func misspeltKey() throws {
        let result = try Self.load(Self.rule.replacingOccurrences(of: "severity: warn", with: "severty: warn"))
        let unknown = try #require(result.errors.first { $0.code == .unknownKey })
        #expect(unknown.line == 5)
        #expect(unknown.column == 1)
        #expect(unknown.message.contains("unknown key 'severty'"))
        #expect(unknown.message.contains("did you mean 'severity'?"))
        #expect(unknown.file.hasSuffix("rules/house-ban.yaml"))
        // The real key is then missing, which is reported too.
        #expect(result.errors.contains { $0.code == .missingKey && $0.message.contains("'severity'") })
    }

    @Test("a misspelt nested key is found inside provenance")
    func misspeltNestedKey() throws {
        let result = try Self.load(Self.rule.replacingOccurrences(of: "source_url:", with: "sourceurl:"))
        let unknown = try #require(result.errors.first)
        #expect(unknown.line == 14)
        #expect(unknown.message.contains("did you mean 'source_url'?"))
    }

    @Test("a value outside the closed set is an error with a suggestion")
    func badChoice() throws {
        let result = try Self.load(Self.rule.replacingOccurrences(of: "no-purchase", with: "no-purchases"))
        let error = try #require(result.errors.first)
        #expect(error.code == .badValue)
        #expect(error.line == 4)
        #expect(error.message.contains("did you mean 'no-purchase'?"))
    }

    @Test("a list where a value is expected, and a value where a list is expected, are type errors")
    func wrongTypes() throws {
        let result = try Self.load(Self.rule
            .replacingOccurrences(of: "title: House ban", with: "title: [House, ban]")
            .replacingOccurrences(of: "lists: [house]", with: "lists: house"))
        #expect(result.errors.map(\.code) == [.wrongType, .wrongType])
        #expect(result.errors.map(\.line) == [3, 6])
    }

    @Test("a bad date is an error naming the text")
    func badDate() throws {
        let result = try Self.load(Self.rule.replacingOccurrences(of: "2024-01-01", with: "2024-02-30"))
        let error = try #require(result.errors.first)
        #expect(error.code == .badDate)
        #expect(error.line == 10)
        #expect(error.message.contains("'2024-02-30'"))
    }

    @Test("missing required keys are reported at the mapping")
    func missingKeys() throws {
        let result = try Self.load("schema: opslens.rule/v1\nid: x\n")
        let missing = result.errors.filter { $0.code == .missingKey }.map(\.message)
        for key in ["title", "restriction", "severity", "lists", "subsidiaries", "provenance"] {
            #expect(missing.contains { $0.contains("'\(key)'") })
        }
    }

    @Test("a rule naming an unknown list is an error with a suggestion")
    func unknownList() throws {
        let result = try Self.load(Self.rule.replacingOccurrences(of: "lists: [house]", with: "lists: [houses]"))
        let error = try #require(result.errors.first)
        #expect(error.code == .unresolvedReference)
        #expect(error.message.contains("did you mean 'house'?"))
    }

    @Test("an unknown schema, YAML syntax errors and duplicate keys carry lines")
    func schemaAndSyntax() throws {
        let schema = try Self.load(Self.rule.replacingOccurrences(of: "opslens.rule/v1", with: "opslens.rules/v1"))
        #expect(schema.errors.first?.message.contains("did you mean 'opslens.rule/v1'?") == true)
        let syntax = try Self.load(Self.rule + "notes: [unclosed\n")
        #expect(syntax.errors.first?.code == .badSyntax)
        #expect(syntax.errors.first?.line != nil)
        let duplicate = try Self.load(Self.rule + "severity: block\n")
        #expect(duplicate.errors.first?.code == .badSyntax)
        #expect(duplicate.errors.first?.message.contains("duplicate key 'severity'") == true)
    }

    @Test("an unquoted NO stays the text NO (YAML's Norway problem)")
    func norwayProblem() throws {
        let list = Self.list.replacingOccurrences(of: "programs: [HOUSE]}", with: "programs: [HOUSE], addresses: [{country: NO}]}")
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["house.yaml": list]))
        #expect(result.errors.isEmpty)
        #expect(result.book.lists.first?.entities.first?.addresses.first?.country == "NO")
    }

    @Test("two rules with one id are an error naming the other file")
    func duplicateRuleID() throws {
        let folder = try TestData.folder(text: ["lists/house.yaml": Self.list, "a.yaml": Self.rule, "b.yaml": Self.rule])
        let result = RuleBookLoader.read(rulesDirectory: folder)
        let error = try #require(result.errors.first)
        #expect(error.code == .duplicateEntry)
        #expect(error.message.contains("a.yaml"))
        #expect(error.file.hasSuffix("b.yaml"))
    }
}
