import Foundation
import Testing
@testable import OpsLens

@Suite("The project's own Rules/ folder")
struct ProjectRulesTests {
    static let rules = TestData.packageRoot.appendingPathComponent("Rules").path

    /// The documented examples: lists transcribed by hand, not read by default.
    static let examples = TestData.packageRoot.appendingPathComponent("Rules/examples").path

    @Test("loads on its own with the shipped OFAC vintage, without errors, and does not read examples/")
    func loadsAlone() throws {
        let result = RuleBookLoader.read(rulesDirectory: Self.rules)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.book.rules.map(\.id).sorted() == ["inhouse-restricted", "ns-cmic", "ofac-sdn"])
        #expect(result.book.lists.map(\.id).sorted() == ["inhouse-restricted", "ofac-consolidated", "ofac-sdn", "opslens-sensetime-curated"])
        let ofac = result.book.lists.filter { $0.id.hasPrefix("ofac-") }
        #expect(ofac.allSatisfy { $0.vintage?.date == "2025-12-19" })
        #expect(ofac.allSatisfy { $0.vintage?.manifestSHA256 == FileDigest.sha256(ofFileAt: Self.rules + "/ofac/2025-12-19/manifest.json") })
        #expect(ofac.map(\.entities.count).sorted() == [442, 8976])
        #expect(!result.book.files.contains { $0.path.contains("/examples/") })
        #expect(!result.book.warnings.contains { $0.severity == .error })
    }

    @Test("an --ofac folder replaces the vintage's set it holds; the vintage supplies the other")
    func ofacReplacesItsSetOnly() throws {
        let book = try RuleBookLoader.load(rulesDirectory: Self.rules, ofacDirectories: [TestData.ofac("cons-2025-04")])
        let consolidated = try #require(book.lists.first { $0.id == "ofac-consolidated" })
        #expect(consolidated.entities.count == 443)
        #expect(consolidated.vintage == nil)
        let sdn = try #require(book.lists.first { $0.id == "ofac-sdn" })
        #expect(sdn.vintage?.date == "2025-12-19")
        #expect(book.lists.filter { $0.id.hasPrefix("ofac-") }.count == 2)
    }

    @Test("the transcribed example entries agree with OFAC's files, which then replace them")
    func transcriptionsAgreeWithOFAC() throws {
        let result = RuleBookLoader.read(rulesDirectory: Self.examples, ofacDirectories: [
            TestData.ofac("cons-2025-12"), TestData.ofac("derived/designees-2021-12-10"),
        ])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(!result.book.warnings.contains { $0.code == .transcriptionDiffers }, "\(result.book.warnings)")
        let transcribed = result.book.lists.filter { $0.id == "opslens-ns-cmic-dec-2021" || $0.id == "opslens-sdn-2021-12-10" }
        #expect(transcribed.count == 2)
        #expect(transcribed.allSatisfy { $0.entities.isEmpty })
    }

    @Test("the transcribed example entries agree with the shipped vintage too; nothing is reported twice")
    func transcriptionsAgreeWithTheVintage() throws {
        let vintage = try #require(ListVintage.newest(in: ListVintage.root(ofRules: Self.rules)))
        let result = RuleBookLoader.read(rulesDirectory: Self.examples, ofacDirectories: [vintage.directory])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(!result.book.warnings.contains { $0.code == .transcriptionDiffers && !$0.message.contains("is not in the loaded ofac-sdn") },
                "\(result.book.warnings)")
        let cmic = try #require(result.book.lists.first { $0.id == "opslens-ns-cmic-dec-2021" })
        #expect(cmic.entities.isEmpty)
        #expect(result.book.entities(matching: "33114").map(\.list.id) == ["ofac-consolidated"])
    }

    @Test("the designees also agree with the SDN file of 10 Dec 2021")
    func designeesAgreeWithTheDayFile() throws {
        let result = RuleBookLoader.read(rulesDirectory: Self.examples, ofacDirectories: [TestData.ofac("sdn-2021-12-10")])
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
        let book = try RuleBookLoader.load(rulesDirectory: Self.rules)
        #expect(book.entities(matching: "33114").map(\.list.id) == ["ofac-consolidated"])
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
        let rules = try TestData.folder([
            "rules/ofac-sdn.yaml": Array(try Data(contentsOf: URL(fileURLWithPath: Self.rules + "/rules/ofac-sdn.yaml"))),
            "lists/sdn-2021-12-10.yaml": Array(try Data(contentsOf: URL(fileURLWithPath: Self.examples + "/sdn-2021-12-10.yaml"))),
        ])
        let book = try RuleBookLoader.load(rulesDirectory: rules)
        let (list, zakir) = try #require(book.entities(matching: "34079").first)
        #expect(list.id == "opslens-sdn-2021-12-10")
        #expect(book.statuses(for: zakir, in: list, on: CalendarDate(year: 2021, month: 12, day: 9)!).isEmpty)
        let status = try #require(book.statuses(for: zakir, in: list, on: CalendarDate(year: 2021, month: 12, day: 10)!).first)
        #expect(status.restriction == .blocked)
        #expect(status.explanation.hasSuffix("since 2021-12-10"))

        let withOFAC = try RuleBookLoader.load(rulesDirectory: rules, ofacDirectories: [TestData.ofac("sdn-2021-12-10")])
        let (officialList, official) = try #require(withOFAC.entities(matching: "34079").first)
        let officialStatus = try #require(withOFAC.statuses(for: official, in: officialList, on: CalendarDate(year: 2021, month: 12, day: 10)!).first)
        #expect(officialStatus.explanation.contains("no listing date published"))
    }
}
