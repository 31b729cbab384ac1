import Foundation
import Testing
@testable import OpsLens

@Suite("Native list files and pinned OFAC folders")
struct ListFileTests {
    static let curated = """
        schema: opslens.list/v1
        id: curated
        title: Curated mapping
        provenance: {publisher: OpsLens team, curated: true}
        entities:
          - id: issuer
            name: SenseTime Group Inc.
            aliases: [商汤集团股份有限公司, {name: SENSETIME GROUP INC, strength: weak}]
            tickers: ["0020 HK"]
            identifiers: [{kind: lei, value: 549300XIVJCBIGMRUD48}]
            registrations: [{scheme: Company Number, value: "123", country: Cayman Islands}]
            dates: [{program: CMIC, listing: 2021-12-10}]
            parents: [{name: SENSETIME GROUP LIMITED, entity: "ofac-consolidated:33114", ownership_percent: 100, source: https://example.org/prospectus}]
            curation:
              same_as: ofac-consolidated:33114
              reasoning: The listed issuer of 0020.
              sources: [https://example.org/annual-report]

        """

    @Test("a curated list loads entities with aliases, tickers, identifiers, dates, parents and curation")
    func curatedList() throws {
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["curated.yaml": Self.curated]))
        #expect(result.errors.isEmpty)
        let list = try #require(result.book.lists.first)
        #expect(list.provenance.curated)
        let entity = try #require(list.entities.first)
        #expect(entity.reference == "curated:issuer")
        #expect(entity.aliases.map(\.name) == ["商汤集团股份有限公司", "SENSETIME GROUP INC"])
        #expect(entity.aliases.map(\.strength) == [.strong, .weak])
        #expect(entity.equityTickers == ["0020 HK"])
        #expect(entity.identifiers.first?.isValid == true)
        #expect(entity.cmicDates.listing == CalendarDate(year: 2021, month: 12, day: 10))
        #expect(entity.parents.first?.origin == .curated)
        #expect(entity.parents.first?.ownershipPercent == 100)
        #expect(entity.parents.first?.relation == .parent)
        #expect(entity.curation?.sameAs == "ofac-consolidated:33114")
        #expect(entity.location.line == 6)
        // The Consolidated list is not loaded, so the reference is a warning, not an error.
        #expect(result.book.warnings.contains { $0.code == .unresolvedReference && $0.message.contains("not loaded") })
    }

    @Test("a curated entry without reasoning, or a curated parent without a source, is an error")
    func curationRequired() throws {
        let text = Self.curated
            .replacingOccurrences(of: ", source: https://example.org/prospectus", with: "")
            .replacingOccurrences(of: "reasoning: The listed issuer of 0020.", with: "")
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["curated.yaml": text]))
        #expect(result.errors.map(\.code).sorted { $0.rawValue < $1.rawValue } == [.missingKey, .missingKey])
        #expect(result.errors.contains { $0.message.contains("needs a 'source'") })
        #expect(result.errors.contains { $0.message.contains("'reasoning'") })
    }

    @Test("with the Consolidated list loaded, a reference to a missing entry is an error")
    func unresolvedReference() throws {
        let text = Self.curated.replacingOccurrences(of: "same_as: ofac-consolidated:33114", with: "same_as: ofac-consolidated:99999")
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["curated.yaml": text]),
                                         ofacDirectories: [TestData.ofac("derived/ns-cmic-2025-12")])
        #expect(result.errors.map(\.message) == ["entity 'issuer' refers to 'ofac-consolidated:99999', which ofac-consolidated does not have"])
        #expect(result.errors.first?.line == 6)
    }

    static func pinnedList(directory: String, hashes: [String: String]) -> String {
        let files = hashes.sorted { $0.key < $1.key }.map { "    \($0.key): \($0.value)" }.joined(separator: "\n")
        return """
            schema: opslens.list/v1
            id: ofac-cmic-pinned
            title: NS-CMIC, Dec 2025 copy
            provenance: {publisher: U.S. Treasury OFAC, program: NS-CMIC, publication_date: 2025-12-19}
            ofac:
              directory: \(directory)
              files:
            \(files)

            """
    }

    static func hashes(of directory: String) -> [String: String] {
        var hashes: [String: String] = [:]
        for name in OFACFileSet.consolidated.fileNames {
            if let hash = FileDigest.sha256(ofFileAt: directory + "/" + name) { hashes[name] = hash }
        }
        return hashes
    }

    @Test("a list pinning an OFAC folder by SHA-256 loads its entries")
    func pinnedFolder() throws {
        let ofac = TestData.ofac("derived/ns-cmic-2025-12")
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["pin.yaml": Self.pinnedList(directory: ofac, hashes: Self.hashes(of: ofac))]))
        #expect(result.errors.isEmpty)
        let list = try #require(result.book.lists.first)
        #expect(list.id == "ofac-cmic-pinned")
        #expect(list.entities.count == 68)
        #expect(list.entities.first?.listID == "ofac-consolidated")
        #expect(list.files.count == 5)  // the list file and four OFAC files
    }

    @Test("a pinned folder can be given relative to the list file")
    func relativePin() throws {
        let ofac = TestData.ofac("derived/ns-cmic-2025-12")
        let folder = try TestData.folder(text: [:])
        let relative = String(repeating: "../", count: folder.split(separator: "/").count) + String(ofac.dropFirst())
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["pin.yaml": Self.pinnedList(directory: relative, hashes: Self.hashes(of: ofac))]))
        #expect(result.errors.isEmpty)
        #expect(result.book.lists.first?.entities.count == 68)
    }

    @Test("a hash mismatch is an error naming the file, on the line of its pin")
    func hashMismatch() throws {
        let ofac = TestData.ofac("derived/ns-cmic-2025-12")
        var hashes = Self.hashes(of: ofac)
        hashes["cons_alt.csv"] = String(repeating: "0", count: 64)
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["pin.yaml": Self.pinnedList(directory: ofac, hashes: hashes)]))
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.code == .hashMismatch)
        #expect(error.message.hasPrefix("cons_alt.csv: SHA-256 of"))
        #expect(error.line == 9)
        #expect(result.book.lists.first?.entities.isEmpty == true)
    }

    @Test("an OFAC file present but not pinned is an error; a misspelt file name gets a suggestion")
    func unpinnedFile() throws {
        let ofac = TestData.ofac("derived/ns-cmic-2025-12")
        var hashes = Self.hashes(of: ofac)
        hashes["cons_alts.csv"] = hashes.removeValue(forKey: "cons_alt.csv")
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["pin.yaml": Self.pinnedList(directory: ofac, hashes: hashes)]))
        #expect(result.errors.contains { $0.code == .unknownKey && $0.message.contains("did you mean 'cons_alt.csv'?") })
        #expect(result.errors.contains { $0.code == .hashMismatch && $0.message.contains("cons_alt.csv is in") })
    }

    @Test("--ofac replaces a pinned copy of the same set, with a warning")
    func ofacReplacesPinned() throws {
        let ofac = TestData.ofac("derived/ns-cmic-2025-12")
        let result = RuleBookLoader.read(rulesDirectory: try TestData.folder(text: ["pin.yaml": Self.pinnedList(directory: ofac, hashes: Self.hashes(of: ofac))]),
                                         ofacDirectories: [TestData.ofac("cons-2025-12")])
        #expect(result.errors.isEmpty)
        #expect(result.book.lists.map(\.id) == ["ofac-cmic-pinned", "ofac-consolidated"])
        #expect(result.book.lists.map(\.entities.count) == [0, 442])
        #expect(result.book.warnings.contains { $0.message.contains("replaces the copy pinned") })
    }
}
