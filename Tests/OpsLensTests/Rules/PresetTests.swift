import Testing
@testable import OpsLens

@Suite("Built-in presets for --ofac folders")
struct PresetTests {
    @Test("a Consolidated folder gets the NS-CMIC preset only; an SDN folder the blocked preset")
    func presetsBySet() throws {
        let book = try RuleBookLoader.load(rulesDirectory: nil,
                                           ofacDirectories: [TestData.ofac("cons-2025-12"), TestData.ofac("derived/designees-2021-12-10")])
        #expect(book.rules.map(\.id) == ["preset.ofac-ns-cmic", "preset.ofac-sdn"])
        let cmic = try #require(book.rule(id: "preset.ofac-ns-cmic"))
        #expect(cmic.subsidiaries == .listedOnly)
        #expect(cmic.timing == .nsCMIC)
        #expect(cmic.programs == ["CMIC-EO13959"])
        let sdn = try #require(book.rule(id: "preset.ofac-sdn"))
        #expect(sdn.restriction == .blocked)
        #expect(sdn.subsidiaries == .aggregatedOwnership)
        #expect(book.lists.map(\.id) == ["ofac-consolidated", "ofac-sdn"])
        #expect(book.lists.first?.programCounts["CMIC-EO13959"] == 68)
    }

    @Test("other Consolidated programs (NS-PLC, SSI) are not investment restrictions")
    func otherProgramsDoNotApply() throws {
        let book = try RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: [TestData.ofac("cons-2025-12")])
        let list = try #require(book.lists.first)
        let day = try #require(CalendarDate(iso: "2025-12-31"))
        for program in ["NS-PLC", "UKRAINE-EO13662"] {
            let entity = try #require(list.entities.first { $0.programs == [program] })
            #expect(book.statuses(for: entity, in: list, on: day).isEmpty)
        }
    }

    @Test("a rule in Rules/ covering the same list and program replaces the preset")
    func rulesReplacePreset() throws {
        let rule = """
            schema: opslens.rule/v1
            id: ns-cmic
            title: NS-CMIC
            restriction: no-purchase-or-sale
            severity: block
            lists: [ofac-consolidated]
            programs: [CMIC-EO13959]
            timing: ns-cmic
            subsidiaries: listed-only
            provenance: {publisher: U.S. Treasury OFAC}

            """
        let book = try RuleBookLoader.load(rulesDirectory: try TestData.folder(text: ["ns-cmic.yaml": rule]),
                                           ofacDirectories: [TestData.ofac("cons-2025-12")])
        #expect(book.rules.map(\.id) == ["ns-cmic"])
    }

    @Test("a program no entry carries is a warning with a suggestion")
    func unknownProgram() throws {
        let rule = """
            schema: opslens.rule/v1
            id: cmic
            title: NS-CMIC
            restriction: no-purchase-or-sale
            severity: block
            lists: [ofac-consolidated]
            programs: [CMIC-EO13599]
            subsidiaries: listed-only
            provenance: {publisher: U.S. Treasury OFAC}

            """
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["cmic.yaml": rule]),
                                         ofacDirectories: [TestData.ofac("derived/ns-cmic-2025-12")])
        #expect(result.errors.isEmpty)
        #expect(result.book.warnings.contains { $0.message.contains("did you mean 'CMIC-EO13959'?") })
    }
}
