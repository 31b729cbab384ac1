import Foundation
import Testing
@testable import OpsLens

@Suite("Compiled rule-book snapshots")
struct RuleBookSnapshotTests {
    /// A copy of the project's `Rules/` in a scratch folder, so tests can change its files.
    private func rulesCopy() throws -> String {
        let source = TestData.packageRoot.appendingPathComponent("Rules")
        let copy = try TestData.folder([:]) + "/Rules"
        try FileManager.default.copyItem(atPath: source.path, toPath: copy)
        return copy
    }

    private func write(_ snapshot: RuleBookSnapshot) throws -> String {
        try TestFiles.temporary(try snapshot.encoded(), name: "rulebook.snapshot")
    }

    @Test("loads back the same rules and lists, with OFAC's full files, and checks the same")
    func roundTrip() throws {
        let ofac = [TestData.ofac("sdn-2021-07"), TestData.ofac("cons-2025-12")]
        let rules = TestData.packageRoot.appendingPathComponent("Rules").path
        let compiled = try RuleBookSnapshot.compile(rulesDirectory: rules, ofacDirectories: ofac)
        let loaded = try RuleBookSnapshot.load(try write(compiled))
        #expect(loaded.book.rules == compiled.book.rules)
        #expect(loaded.book.lists == compiled.book.lists)
        #expect(loaded.book.files == compiled.book.files)
        #expect(loaded.book.warnings == compiled.book.warnings)
        #expect(loaded.header.sources.count == compiled.header.sources.count)
        #expect(loaded.header.sources.contains { $0.path.hasSuffix("sdn-2021-07/sdn.csv") })
        #expect(loaded.header.version == OpsLensVersion.current)
        let order = try OrderParser.parse("BUY 10 0020 HK", source: "test")
        let fromSnapshot = PreTradeCheck(engine: ScreeningEngine(book: loaded.book), asOf: CalendarDate(iso: "2022-03-01")!).decide(order)
        let fromSources = PreTradeCheck(engine: ScreeningEngine(book: compiled.book), asOf: CalendarDate(iso: "2022-03-01")!).decide(order)
        #expect(fromSnapshot.verdict == .block)
        #expect(fromSnapshot.findings == fromSources.findings)
    }

    @Test("a damaged snapshot is refused: a changed byte, a cut-off file, another file")
    func corrupted() throws {
        let compiled = try RuleBookSnapshot.compile(rulesDirectory: try rulesCopy(), ofacDirectories: [])
        var bytes = try compiled.encoded()
        bytes[bytes.count - 100] ^= 0x20
        for (damaged, message) in [(bytes, "payload is changed"), (Array(bytes.dropLast(10)), "bytes, not"),
                                   (Array("Account,Ticker\n".utf8), "not an OpsLens rule-book snapshot")] {
            let path = try TestFiles.temporary(damaged, name: "rulebook.snapshot")
            do {
                _ = try RuleBookSnapshot.load(path)
                Issue.record("a damaged snapshot was loaded")
            } catch let error as InputError {
                #expect(error.code == .corruptSnapshot)
                #expect(error.message.contains(message), "\(error)")
                #expect(error.message.contains("opslens rules compile"))
            }
        }
    }

    @Test("a snapshot whose sources changed, went away or were added to is refused")
    func stale() throws {
        let rules = try rulesCopy()
        let path = try write(try RuleBookSnapshot.compile(rulesDirectory: rules, ofacDirectories: []))
        _ = try RuleBookSnapshot.load(path)
        // Waivers are not part of the rule book: changing them changes nothing.
        try Data("waivers: []\nschema: opslens.waivers/v1\n".utf8).write(to: URL(fileURLWithPath: rules + "/waivers.yaml"))
        _ = try RuleBookSnapshot.load(path)

        let list = rules + "/lists/inhouse-restricted.yaml"
        let original = try String(contentsOfFile: list, encoding: .utf8)
        try (original + "\n# edited\n").write(toFile: list, atomically: true, encoding: .utf8)
        try expectStale(path, "lists/inhouse-restricted.yaml changed since it was compiled")
        try original.write(toFile: list, atomically: true, encoding: .utf8)
        _ = try RuleBookSnapshot.load(path)

        try "schema: opslens.rule/v1\n".write(toFile: rules + "/rules/new.yaml", atomically: true, encoding: .utf8)
        try expectStale(path, "rules/new.yaml was added")
        try FileManager.default.removeItem(atPath: rules + "/rules/new.yaml")
        try FileManager.default.removeItem(atPath: list)
        try expectStale(path, "lists/inhouse-restricted.yaml is gone")
    }

    @Test("a snapshot compiled by another OpsLens version is refused")
    func foreignVersion() throws {
        let bytes = try RuleBookSnapshot.compile(rulesDirectory: try rulesCopy(), ofacDirectories: []).encoded()
        let text = String(decoding: bytes, as: UTF8.self)
        let version = "\"version\":\"\(OpsLensVersion.current)\""
        #expect(text.contains(version))
        let foreign = Array(text.replacingOccurrences(of: version, with: "\"version\":\"0.0.9-other\"").utf8)
        let path = try TestFiles.temporary(foreign, name: "rulebook.snapshot")
        do {
            _ = try RuleBookSnapshot.load(path)
            Issue.record("a foreign snapshot was loaded")
        } catch let error as InputError {
            #expect(error.code == .foreignSnapshot)
            #expect(error.message.contains("compiled by OpsLens 0.0.9-other"), "\(error)")
        }
    }

    private func expectStale(_ path: String, _ message: String) throws {
        do {
            _ = try RuleBookSnapshot.load(path)
            Issue.record("a stale snapshot was loaded; expected: \(message)")
        } catch let error as InputError {
            #expect(error.code == .staleSnapshot)
            #expect(error.message.contains(message), "\(error)")
        }
    }
}
