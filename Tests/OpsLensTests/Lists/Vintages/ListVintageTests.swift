import Foundation
import Testing
@testable import OpsLens

@Suite("List vintages: dated folders, the newest, their age and their manifest")
struct ListVintageTests {
    @Test("only folders named YYYY-MM-DD with a manifest are vintages, oldest first")
    func listsVintages() throws {
        let root = try TestData.folder(text: [
            "2026-01-05/manifest.json": "{}", "2025-12-19/manifest.json": "{}",
            "2026-02-01/sdn.csv": "unfinished download, no manifest", "notes/manifest.json": "{}",
            ".incoming-1/manifest.json": "{}",
        ])
        #expect(ListVintage.all(in: root).map(\.date.description) == ["2025-12-19", "2026-01-05"])
        #expect(ListVintage.newest(in: root)?.directory == root + "/2026-01-05")
        #expect(ListVintage.all(in: root + "/missing").isEmpty)
    }

    @Test("the age is counted in days from the folder's date; stale means older than the maximum")
    func age() {
        let vintage = ListVintage(date: CalendarDate(iso: "2026-11-27")!, directory: "x")
        #expect(vintage.age(on: CalendarDate(iso: "2026-12-04")!) == 7)
        #expect(!vintage.isStale(on: CalendarDate(iso: "2026-12-04")!, maximumDays: 7))
        #expect(vintage.isStale(on: CalendarDate(iso: "2026-12-05")!, maximumDays: 7))
    }

    @Test("a file changed after the download no longer matches the manifest and is reported by name")
    func verifyAgainstManifest() throws {
        let shipped = try #require(ListVintage.newest(in: ListVintage.root(ofRules: TestFiles.repository("Rules"))))
        let root = try TestData.folder([:])
        let copy = root + "/2025-12-19"
        try FileManager.default.copyItem(atPath: shipped.directory, toPath: copy)
        let vintage = try #require(ListVintage.at(copy))
        #expect(vintage.verify(try OFACListReader.load(directory: copy).flatMap(\.files)).isEmpty)
        let handle = try #require(FileHandle(forWritingAtPath: copy + "/cons_prim.csv"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("99999,\"FAKE ENTRY\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n".utf8))
        try handle.close()
        let problems = vintage.verify(try OFACListReader.load(directory: copy).flatMap(\.files))
        #expect(problems.map(\.code) == [.hashMismatch])
        #expect(problems.first?.message.hasPrefix("cons_prim.csv: SHA-256 is") == true)
        #expect(problems.first?.message.contains("the vintage manifest recorded") == true)
    }

    @Test("a manifest survives writing and reading")
    func manifestRoundTrip() throws {
        let manifest = VintageManifest(date: CalendarDate(iso: "2026-12-04")!, retrievedAt: "2026-12-04T10:00:00Z",
                                       files: [.init(name: "sdn.csv", source: "https://example.org/sdn.csv", size: 3, sha256: "ab", records: 1)],
                                       lists: [.init(list: "ofac-sdn", entries: 1, programs: ["SDGT": 1])])
        let path = try TestFiles.temporary(Array(try manifest.encoded()), name: "manifest.json")
        #expect(try VintageManifest(contentsOf: path) == manifest)
        let broken = try TestFiles.temporary("{\"date\": 3}", name: "manifest.json")
        #expect(throws: ListLoadFailure.self) { try VintageManifest(contentsOf: broken) }
    }
}
