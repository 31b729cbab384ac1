import Testing
@testable import OpsLens

/// Expected counts per OFAC vintage, computed independently with Python's csv module
/// (`-0-` and empty are null; aliases and non-empty addresses attached to a known entry;
/// weak aliases are remarks segments `a.k.a. '…'`, `f.k.a. '…'`, `n.k.a. '…'`).
struct VintageCounts: Sendable, CustomTestStringConvertible {
    var folder: String
    var entities: Int
    var strongAliases: Int
    var weakAliases: Int
    var addresses: Int
    /// Alias, address and comments rows naming an entry the main file does not have.
    var unknownEntryWarnings: Int

    var testDescription: String { folder }
}

@Suite("OFAC vintages in shared/data load with exact counts")
struct OFACVintageTests {
    static let vintages: [VintageCounts] = [
        VintageCounts(folder: "cons-2018", entities: 639, strongAliases: 1209, weakAliases: 46, addresses: 711, unknownEntryWarnings: 0),
        VintageCounts(folder: "cons-2025-04", entities: 443, strongAliases: 0, weakAliases: 66, addresses: 520, unknownEntryWarnings: 0),
        VintageCounts(folder: "cons-2025-12", entities: 442, strongAliases: 1073, weakAliases: 72, addresses: 522, unknownEntryWarnings: 0),
        VintageCounts(folder: "sdn-2019", entities: 7379, strongAliases: 9682, weakAliases: 2037, addresses: 9474, unknownEntryWarnings: 10),
        VintageCounts(folder: "sdn-2021-04", entities: 8890, strongAliases: 11742, weakAliases: 2414, addresses: 11358, unknownEntryWarnings: 0),
        VintageCounts(folder: "sdn-2021-07", entities: 8976, strongAliases: 11910, weakAliases: 2441, addresses: 11440, unknownEntryWarnings: 0),
        VintageCounts(folder: "sdn-2021-12-10", entities: 9146, strongAliases: 0, weakAliases: 2457, addresses: 0, unknownEntryWarnings: 0),
        VintageCounts(folder: "sdn-small-2025-05", entities: 17, strongAliases: 13, weakAliases: 16, addresses: 19, unknownEntryWarnings: 9),
        VintageCounts(folder: "derived/designees-2021-12-10", entities: 4, strongAliases: 12, weakAliases: 0, addresses: 4, unknownEntryWarnings: 0),
        VintageCounts(folder: "derived/ns-cmic-2025-12", entities: 68, strongAliases: 110, weakAliases: 27, addresses: 76, unknownEntryWarnings: 0),
    ]

    @Test("loads with the expected entity, alias and address counts", arguments: vintages)
    func loadsWithExpectedCounts(_ expected: VintageCounts) throws {
        let lists = try OFACListReader.load(directory: TestData.ofac(expected.folder))
        #expect(lists.count == 1)
        let list = try #require(lists.first)
        let aliases = list.entities.flatMap(\.aliases)
        #expect(list.entities.count == expected.entities)
        #expect(aliases.filter { $0.strength == .strong }.count == expected.strongAliases)
        #expect(aliases.filter { $0.strength == .weak }.count == expected.weakAliases)
        #expect(list.entities.flatMap(\.addresses).count == expected.addresses)
        #expect(list.warnings.filter { $0.code == .unknownEntry }.count == expected.unknownEntryWarnings)
        #expect(list.files.allSatisfy { $0.sha256.count == 64 })
    }

    @Test("the re-saved 2022-01 file reports the duplicated entry 2677 with both lines")
    func reportsDuplicateEntry() throws {
        let result = OFACListReader.read(directory: TestData.ofac("sdn-2022-01-modified"))
        let duplicates = result.errors.filter { $0.code == .duplicateEntry }
        #expect(duplicates.count == 1)
        let duplicate = try #require(duplicates.first)
        #expect(duplicate.file.hasSuffix("sdn-2022-01-modified/sdn.csv"))
        #expect(duplicate.line == 9044)
        #expect(duplicate.message.contains("entry 2677 appears twice"))
        #expect(duplicate.message.contains("line 9044"))
        // The first occurrence is kept; everything else still loads.
        let entities = try #require(result.lists.first).entities
        #expect(entities.count == 9043)
        #expect(entities.flatMap(\.aliases).filter { $0.strength == .strong }.count == 12409)
        #expect(throws: ListLoadFailure.self) { try OFACListReader.load(directory: TestData.ofac("sdn-2022-01-modified")) }
    }

    @Test("a folder with only a comments file has no main file and fails")
    func failsWithoutMainFile() {
        let result = OFACListReader.read(directory: TestData.ofac("sdn-comments-2023-12"))
        #expect(result.lists.isEmpty)
        #expect(result.errors.map(\.code) == [.unreadableFile])
    }
}
