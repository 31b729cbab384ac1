import Foundation
import Testing
@testable import OpsLens

@Suite("The OFAC vintage shipped in Rules/ofac")
struct ShippedVintageTests {
    static let root = ListVintage.root(ofRules: TestFiles.repository("Rules"))

    @Test("is the newest vintage, of 19 Dec 2025, and passes the checks a downloaded vintage must pass")
    func passesChecks() throws {
        let vintage = try #require(ListVintage.newest(in: Self.root))
        #expect(vintage.date.description == "2025-12-19")
        let result = VintageCheck.check(directory: vintage.directory)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.lists.map(\.listID) == ["ofac-sdn", "ofac-consolidated"])
    }

    @Test("its manifest states each file's size, SHA-256 and records and each list's entries by program, as the files are")
    func manifestIsTrue() throws {
        let vintage = try #require(ListVintage.newest(in: Self.root))
        let shipped = try vintage.manifest()
        let lists = try OFACListReader.load(directory: vintage.directory)
        let computed = VintageManifest(describing: vintage.directory, lists: lists, date: vintage.date,
                                       retrievedAt: shipped.retrievedAt, sources: [:])
        #expect(shipped.schema == VintageManifest.schemaID)
        #expect(shipped.date == "2025-12-19")
        #expect(shipped.files.map(\.name) == VintageCheck.requiredFiles)
        for (file, expected) in zip(shipped.files, computed.files) {
            #expect(file.size == expected.size, "\(file.name)")
            #expect(file.sha256 == expected.sha256, "\(file.name)")
            #expect(file.records == expected.records, "\(file.name)")
            #expect(file.source.contains("shared/data/ofac/"), "\(file.name)")
        }
        #expect(shipped.lists == computed.lists)
        let consolidated = try #require(shipped.lists.first { $0.list == "ofac-consolidated" })
        #expect(consolidated.entries == 442)
        #expect(consolidated.programs["CMIC-EO13959"] == 68)
        #expect(shipped.lists.first { $0.list == "ofac-sdn" }?.entries == 8976)
    }

    @Test("its files are byte-identical to the shared copies they were taken from (Consolidated Dec 2025, SDN Jul 2021)")
    func filesAreTheSharedCopies() throws {
        let vintage = try #require(ListVintage.newest(in: Self.root))
        for name in VintageCheck.requiredFiles {
            let origin = name.hasPrefix("cons_") ? "cons-2025-12" : "sdn-2021-07"
            #expect(FileDigest.sha256(ofFileAt: OFACListReader.path(vintage.directory, name))
                    == FileDigest.sha256(ofFileAt: OFACListReader.path(TestData.ofac(origin), name)), "\(name)")
        }
    }
}
