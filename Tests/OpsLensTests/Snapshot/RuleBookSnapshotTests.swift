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

    /// The rule book of `rules` and `ofac`, compiled into a scratch file.
    private func compiled(_ rules: String, ofac: [String] = []) throws -> (book: RuleBook, path: String) {
        let book = try RuleBookLoader.load(rulesDirectory: rules, ofacDirectories: ofac)
        let bytes = try RuleBookSnapshot.compile(book, rulesDirectory: rules, ofacDirectories: ofac).bytes
        return (book, try TestFiles.temporary(bytes, name: "rulebook.snapshot"))
    }

    @Test("loads back the same rules and lists, with OFAC's full files, and checks the same")
    func roundTrip() throws {
        let ofac = [TestData.ofac("sdn-2021-07"), TestData.ofac("cons-2025-12")]
        let rules = TestData.packageRoot.appendingPathComponent("Rules").path
        let (book, path) = try compiled(rules, ofac: ofac)
        let loaded = try RuleBookSnapshot.load(path)
        let decoded = loaded.book()
        #expect(decoded.rules == book.rules)
        #expect(decoded.lists == book.lists)
        #expect(decoded.files == book.files)
        #expect(decoded.warnings == book.warnings)
        #expect(loaded.header.sources.contains { $0.path.hasSuffix("sdn-2021-07/sdn.csv") })
        #expect(loaded.header.version == OpsLensVersion.current)
        // Checks over the entries decoded as met give what checks over the loaded sources give,
        // for identifiers, tickers, names and the curated SenseTime mapping.
        let onUse = PreTradeCheck(engine: try loaded.engine(decodingEntriesOnUse: true), asOf: CalendarDate(iso: "2022-03-01")!)
        let fromSources = PreTradeCheck(engine: ScreeningEngine(book: book), asOf: CalendarDate(iso: "2022-03-01")!)
        for text in ["BUY 10 0020 HK", "SELL 10 US0378331005", "BUY 10 \"GAZPROM\"", "BUY 10 \"SenseTime Group Limited\"",
                     "SELL 10 \"Islamic Revolutionary Guard Corps\""] {
            let order = try OrderParser.parse(text, source: "test")
            let expected = fromSources.decide(order)
            let got = onUse.decide(order)
            #expect(got.verdict == expected.verdict, "\(text)")
            #expect(got.findings == expected.findings, "\(text)")
        }
        #expect(onUse.decide(try OrderParser.parse("BUY 10 0020 HK", source: "test")).verdict == .block)
    }

    @Test("a damaged snapshot is refused: a changed byte, a cut-off file, another file")
    func corrupted() throws {
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: try compiled(try rulesCopy()).path)))
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
        let path = try compiled(rules).path
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
        // A newer OFAC vintage would now supply the lists.
        let vintages = try FileManager.default.contentsOfDirectory(atPath: rules + "/ofac").sorted()
        let current = try #require(vintages.last)
        try FileManager.default.copyItem(atPath: rules + "/ofac/" + current, toPath: rules + "/ofac/2099-01-01")
        try expectStale(path, "newest OFAC vintage is now")
        try FileManager.default.removeItem(atPath: rules + "/ofac/2099-01-01")
        _ = try RuleBookSnapshot.load(path)
        try FileManager.default.removeItem(atPath: list)
        try expectStale(path, "lists/inhouse-restricted.yaml is gone")
    }

    @Test("a snapshot compiled by another OpsLens version is refused")
    func foreignVersion() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: try compiled(try rulesCopy()).path)))
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
