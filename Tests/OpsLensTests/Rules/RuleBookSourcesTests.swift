import Foundation
import OpsLens
import Testing

@Suite("Rule books read from sources")
struct RuleBookSourcesTests {
    /// `sources` with every file read into memory, keeping each file's display name.
    static func inMemory(_ sources: RuleBookSources) throws -> RuleBookSources {
        let bytes = { (source: InputSource) throws -> InputSource in .bytes(try source.readAll(limit: .max), name: source.name) }
        let folder = { (folder: OFACSources) throws -> OFACSources in
            OFACSources(name: folder.name, files: try folder.files.mapValues(bytes), vintage: folder.vintage)
        }
        return RuleBookSources(rules: try sources.rules.map(bytes), ofac: try sources.ofac.map(folder),
                               fallbackOFAC: try sources.fallbackOFAC.map(folder))
    }

    static func isInMemory(_ source: InputSource) -> Bool {
        if case .bytes = source.content { true } else { false }
    }

    static let onDisk = RuleBookSources(rulesDirectory: TestFiles.repository("Rules"),
                                        ofacDirectories: [TestFiles.shared("ofac/sdn-2021-07")])

    @Test("bytes give the same rule book, hashes and provenance as the same files on disk")
    func bytesGiveTheSameRuleBook() throws {
        let memory = try Self.inMemory(Self.onDisk)
        #expect(!memory.rules.isEmpty && memory.rules.allSatisfy(Self.isInMemory))
        #expect(memory.fallbackOFAC.flatMap(\.files.values).allSatisfy(Self.isInMemory))
        let fromDisk = RuleBookLoader.read(Self.onDisk)
        let fromMemory = RuleBookLoader.read(memory)
        #expect(fromDisk.errors.isEmpty && fromMemory.errors.isEmpty)
        #expect(fromMemory.book.rules == fromDisk.book.rules)
        #expect(fromMemory.book.lists == fromDisk.book.lists)
        #expect(fromMemory.book.files == fromDisk.book.files)
        #expect(fromMemory.book.warnings == fromDisk.book.warnings)
        #expect(fromDisk.book.lists.contains { $0.vintage != nil }, "the rules folder's vintage is read and stamped")
    }

    @Test("the path API reads the same sources it gathers")
    func pathAPIIsTheSourceAPI() {
        let byPath = RuleBookLoader.read(rulesDirectory: TestFiles.repository("Rules"), ofacDirectories: [TestFiles.shared("ofac/sdn-2021-07")])
        let bySources = RuleBookLoader.read(Self.onDisk)
        #expect(byPath.book.lists == bySources.book.lists && byPath.book.files == bySources.book.files)
        #expect(Self.onDisk.rules.contains { $0.name.hasSuffix("rules/ns-cmic.yaml") })
        #expect(!Self.onDisk.rules.contains { $0.name.hasSuffix("waivers.yaml") || $0.name.contains("/examples/") })
    }

    @Test("bytes and the same files on disk give identical reports")
    func bytesGiveIdenticalReports() throws {
        let holdings = ["custodian-global-equity.csv", "emerging-asia-etf.csv", "european-balanced-fund.csv"]
            .map { InputSource.file(TestFiles.repository("Portfolios/\($0)")) }
        let request = ScreeningRequest(holdings: holdings, asOf: CalendarDate(iso: "2022-06-30")!)
        let report = { (sources: RuleBookSources) throws -> String in
            ReportFormat.json.render(try ScreeningEngine(book: try RuleBookLoader.load(sources)).screen(request, now: { "" }).report)
        }
        let fromDisk = try report(Self.onDisk)
        #expect(fromDisk.contains("\"severity\" : \"block\"") || fromDisk.contains("\"severity\": \"block\""))
        #expect(try report(try Self.inMemory(Self.onDisk)) == fromDisk)
    }

    @Test("a broken rules source is named by its display name, with line and column, and stops the load")
    func brokenRulesSourceNamesItself() throws {
        let broken = InputSource.bytes(Array("schema: opslens.rule/v1\nid: house-ban\n  titel: x\n".utf8), name: "upload/house-ban.yaml")
        let result = RuleBookLoader.read(RuleBookSources(rules: [broken]))
        let error = try #require(result.errors.first { $0.code == .badSyntax })
        #expect(error.file == "upload/house-ban.yaml")
        #expect(error.line == 3 && error.column == 8)
        #expect(result.book.files.map(\.path) == ["upload/house-ban.yaml"])
        #expect(throws: ListLoadFailure.self) { try RuleBookLoader.load(RuleBookSources(rules: [broken])) }
    }

    @Test("a broken OFAC source is named by its display name, with line and column, and stops the load")
    func brokenOFACSourceNamesItself() throws {
        let good = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        let bad = "3x6,\"SOMETHING LTD\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        let folder = OFACSources(name: "upload", files: ["sdn.csv": .bytes(Array((good + bad).utf8), name: "upload/sdn.csv")])
        let error = try #require(OFACListReader.read(folder).errors.first)
        #expect(error.file == "upload/sdn.csv" && error.line == 2 && error.column == 1)
        #expect(throws: ListLoadFailure.self) { try RuleBookLoader.load(RuleBookSources(ofac: [folder])) }
        let list = try #require(OFACListReader.read(OFACSources(name: "upload", files: ["sdn.csv": .bytes(Array(good.utf8), name: "upload/sdn.csv")])).lists.first)
        #expect(list.files.map(\.path) == ["upload/sdn.csv"] && list.entities.map(\.sourceID) == ["36"])
    }
}
