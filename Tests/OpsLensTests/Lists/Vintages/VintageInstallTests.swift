import Foundation
import Testing
@testable import OpsLens

@Suite("VintageInstall: checked files become a vintage in one rename, or nothing changes")
struct VintageInstallTests {
    static func staged(in root: String) throws -> String {
        let staged = try VintageInstall.stagingFolder(in: root)
        for name in VintageCheck.requiredFiles {
            let origin = name.hasPrefix("cons_") ? "cons-2025-12" : "sdn-2021-07"
            try FileManager.default.copyItem(atPath: OFACListReader.path(TestData.ofac(origin), name), toPath: OFACListReader.path(staged, name))
        }
        return staged
    }

    @Test("installs under the date with a manifest, keeps the earlier vintage, and finds the same files unchanged the second time")
    func installs() throws {
        let root = try TestData.folder([:])
        let first = try VintageInstall.install(staged: try Self.staged(in: root), into: root, date: CalendarDate(iso: "2026-01-01")!,
                                               retrievedAt: "2026-01-01T08:00:00Z", sources: ["sdn.csv": "https://example.org/sdn.csv"])
        #expect(!first.unchanged)
        #expect(first.previous == nil && first.changes == nil)
        let manifest = try first.vintage.manifest()
        #expect(manifest.files.first?.source == "https://example.org/sdn.csv")
        #expect(manifest.lists.map(\.entries) == [8976, 442])
        let second = try VintageInstall.install(staged: try Self.staged(in: root), into: root, date: CalendarDate(iso: "2026-01-08")!,
                                                retrievedAt: "2026-01-08T08:00:00Z", sources: [:])
        #expect(second.previous?.date.description == "2026-01-01")
        #expect(second.changes?.isEmpty == true)
        let again = try VintageInstall.install(staged: try Self.staged(in: root), into: root, date: CalendarDate(iso: "2026-01-08")!,
                                               retrievedAt: "2026-01-08T09:00:00Z", sources: [:])
        #expect(again.unchanged)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["2026-01-01", "2026-01-08"])
    }

    @Test("a failed check removes the staged files, leaves the vintages alone, and names the file's source")
    func failedCheck() throws {
        let root = try TestData.folder([:])
        _ = try VintageInstall.install(staged: try Self.staged(in: root), into: root, date: CalendarDate(iso: "2026-01-01")!,
                                       retrievedAt: "2026-01-01T08:00:00Z", sources: [:])
        let staged = try Self.staged(in: root)
        try Data("<html>Not Found</html>".utf8).write(to: URL(fileURLWithPath: OFACListReader.path(staged, "add.csv")))
        #expect {
            try VintageInstall.install(staged: staged, into: root, date: CalendarDate(iso: "2026-01-01")!, retrievedAt: "x",
                                       sources: ["add.csv": "https://example.org/add.csv"])
        } throws: { error in
            let failure = error as? ListLoadFailure
            return failure?.errors.map(\.file) == ["https://example.org/add.csv"]
                && failure?.errors.first?.message.contains("HTML") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2026-01-01"])
        #expect(try ListVintage.newest(in: root)?.manifest().retrievedAt == "2026-01-01T08:00:00Z")
    }

    @Test("the change summary counts by program and lists entries, the rest counted")
    func summary() {
        func entity(_ id: String, _ name: String, _ programs: [String]) -> ListEntity {
            var entity = ListEntity(listID: "ofac-sdn", sourceID: id, type: .organisation, name: name, location: SourceLocation(file: "t"))
            entity.programs = programs
            return entity
        }
        let changes = ListChanges(from: [entity("1", "OLD", ["SDGT"]), entity("2", "KEPT", ["IRGC"])],
                                  to: [entity("2", "KEPT NOW", ["IRGC", "SDGT"]), entity("3", "NEW A", ["SDGT"]), entity("4", "NEW B", ["SDGT"])])
        #expect(changes.summary(limit: 1) == """
            2 added, 1 removed, 1 changed
            By program:
              IRGC: 1 changed
              SDGT: 2 added, 1 removed, 1 changed
            Added:
              ofac-sdn 3 NEW A [SDGT]
              … and 1 more
            Removed:
              ofac-sdn 1 OLD [SDGT]
            Changed:
              ofac-sdn 2 KEPT NOW [IRGC, SDGT]: name KEPT → KEPT NOW; programs +SDGT

            """)
    }
}
