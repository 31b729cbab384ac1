import Testing
@testable import OpsLens

@Suite("The project's own Rules/ folder")
struct ProjectRulesTests {
    static let rules = TestData.packageRoot.appendingPathComponent("Rules").path

    @Test("loads without errors or warnings on its own")
    func loadsAlone() throws {
        let result = RuleBookLoader.read(rulesDirectory: Self.rules)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.book.rules.map(\.id).sorted() == ["inhouse-restricted", "ns-cmic", "ofac-sdn"])
        #expect(result.book.lists.map(\.id).sorted() == ["inhouse-restricted", "opslens-ns-cmic-dec-2021",
                                                         "opslens-sdn-2021-12-10", "opslens-sensetime-curated"])
        // Only the curated links into lists that are not loaded remain unchecked.
        #expect(result.book.warnings.allSatisfy { $0.code == .unresolvedReference }, "\(result.book.warnings)")
    }

    @Test("the transcribed entries agree with OFAC's files, which then replace them")
    func transcriptionsAgreeWithOFAC() throws {
        let result = RuleBookLoader.read(rulesDirectory: Self.rules, ofacDirectories: [
            TestData.ofac("cons-2025-12"), TestData.ofac("derived/designees-2021-12-10"),
        ])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(!result.book.warnings.contains { $0.code == .transcriptionDiffers }, "\(result.book.warnings)")
        let transcribed = result.book.lists.filter { $0.id == "opslens-ns-cmic-dec-2021" || $0.id == "opslens-sdn-2021-12-10" }
        #expect(transcribed.allSatisfy { $0.entities.isEmpty })
        // Rules/ covers both sets, so no preset is added.
        #expect(!result.book.rules.contains { $0.id.hasPrefix("preset.") })
    }

    @Test("the designees also agree with the SDN file of 10 Dec 2021")
    func designeesAgreeWithTheDayFile() throws {
        let result = RuleBookLoader.read(rulesDirectory: Self.rules, ofacDirectories: [TestData.ofac("sdn-2021-12-10")])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(!result.book.warnings.contains { $0.code == .transcriptionDiffers }, "\(result.book.warnings)")
    }

    @Test("a wrong transcription is reported against the published entry")
    func wrongTranscription() throws {
        var entity = ListEntity(listID: "ofac-consolidated", sourceID: "33114", type: .organisation,
                                name: "SENSETIME GROUP LTD", location: SourceLocation(file: "x.yaml", line: 3))
        entity.programDates = [ProgramDate(program: "CMIC", kind: .effective, date: CalendarDate(year: 2022, month: 2, day: 9)!)]
        var published = entity
        published.name = "SENSETIME GROUP LIMITED"
        published.programDates = [ProgramDate(program: "CMIC", kind: .effective, date: CalendarDate(year: 2022, month: 2, day: 8)!)]
        let differences = RuleBookLoaderTesting.differences(transcribed: entity, published: published)
        #expect(differences.count == 2)
        #expect(differences.first?.contains("name 'SENSETIME GROUP LTD' differs") == true)
    }

    @Test("SenseTime: the curated HKEX issuer maps to 33114 and is restricted in its divestment window")
    func senseTimeMapping() throws {
        let book = try RuleBookLoader.load(rulesDirectory: Self.rules, ofacDirectories: [TestData.ofac("cons-2025-12")])
        let linked = book.entities(linkedTo: "ofac-consolidated:33114")
        #expect(Set(linked.map(\.entity.sourceID)) == ["sensetime-group-inc", "shenzhen-sensetime-technology"])
        let (list, issuer) = try #require(linked.first { $0.entity.sourceID == "sensetime-group-inc" })
        #expect(list.provenance.curated)
        #expect(issuer.equityTickers.contains("0020 HK"))
        let statuses = book.statuses(for: issuer, in: list, on: CalendarDate(year: 2022, month: 6, day: 1)!)
        #expect(statuses.map(\.ruleID) == ["ns-cmic"])
        #expect(statuses.first?.phase == .divestmentWindow)
        // The subsidiaries carry no program: NS-CMIC does not reach them (no 50% rule).
        let (_, shenzhen) = try #require(linked.first { $0.entity.sourceID == "shenzhen-sensetime-technology" })
        #expect(book.statuses(for: shenzhen, in: list, on: CalendarDate(year: 2023, month: 1, day: 1)!).isEmpty)
        #expect(shenzhen.parents.first?.ownershipPercent == 100)
    }

    @Test("the transcribed designees are blocked from 10 Dec 2021; OFAC's file alone carries no date")
    func designeeDates() throws {
        let book = try RuleBookLoader.load(rulesDirectory: Self.rules)
        let (list, zakir) = try #require(book.entities(matching: "34079").first)
        #expect(list.id == "opslens-sdn-2021-12-10")
        #expect(book.statuses(for: zakir, in: list, on: CalendarDate(year: 2021, month: 12, day: 9)!).isEmpty)
        let status = try #require(book.statuses(for: zakir, in: list, on: CalendarDate(year: 2021, month: 12, day: 10)!).first)
        #expect(status.restriction == .blocked)
        #expect(status.explanation.hasSuffix("since 2021-12-10"))

        let withOFAC = try RuleBookLoader.load(rulesDirectory: Self.rules, ofacDirectories: [TestData.ofac("sdn-2021-12-10")])
        let (officialList, official) = try #require(withOFAC.entities(matching: "34079").first)
        let officialStatus = try #require(withOFAC.statuses(for: official, in: officialList, on: CalendarDate(year: 2021, month: 12, day: 10)!).first)
        #expect(officialStatus.explanation.contains("no listing date published"))
    }
}
