import Foundation
import Testing

@Suite("opslens lists update")
struct ListsUpdateCommandTests {
    static let ofac = OpsLensProcess.sharedData.appendingPathComponent("ofac").path
    static let shipped = OpsLensProcess.packageRoot.appendingPathComponent("Rules/ofac/2025-12-19").path

    /// A vintages folder holding a copy of the shipped vintage, the one "in use".
    static func vintages() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-vintages-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: shipped, toPath: root + "/2025-12-19")
        return root
    }

    /// A folder to serve or copy from: `sdn/` with SDN Jul 2021, `cons/` with Consolidated Dec 2025.
    static func downloads() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-downloads-\(UUID().uuidString)").path
        for (folder, origin) in [("sdn", "sdn-2021-07"), ("cons", "cons-2025-12")] {
            try FileManager.default.copyItem(atPath: "\(ofac)/\(origin)", toPath: "\(root)/\(folder)")
        }
        // The shared copies are read-only; the tests damage some files.
        let files = try FileManager.default.subpathsOfDirectory(atPath: root)
        for file in files { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(root)/\(file)") }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root)
        return root
    }

    /// Every entry of the vintages folder (hidden ones too) with each file's bytes' size, to compare before and after.
    static func snapshot(_ root: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: root).sorted().map { path in
            let size = (try? FileManager.default.attributesOfItem(atPath: "\(root)/\(path)")[.size] as? Int) ?? -1
            let manifest = path.hasSuffix("manifest.json") ? String(decoding: FileManager.default.contents(atPath: "\(root)/\(path)") ?? Data(), as: UTF8.self) : ""
            return "\(path) \(size) \(manifest.hashValue)"
        }
    }

    static func update(_ arguments: [String]) throws -> OpsLensProcess.Result {
        try OpsLensProcess.run(["lists", "update"] + arguments)
    }

    @Test("from folders: a new dated vintage with its manifest, the earlier one kept, and what changed since")
    func fromFolders() throws {
        let root = try Self.vintages()
        let downloads = try Self.downloads()
        // December's SDN main file with July's aliases and addresses: 409 entries added, 239 removed.
        try FileManager.default.removeItem(atPath: "\(downloads)/sdn/sdn.csv")
        try FileManager.default.copyItem(atPath: "\(Self.ofac)/sdn-2021-12-10/sdn.csv", toPath: "\(downloads)/sdn/sdn.csv")
        let result = try Self.update(["--source", "\(downloads)/sdn", "--source", "\(downloads)/cons", "--into", root, "--date", "2026-01-02"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["2025-12-19", "2026-01-02"])
        #expect(result.stdout.hasPrefix("Vintage 2026-01-02 installed in \(root)/2026-01-02: ofac-sdn 9146 entries, ofac-consolidated 442 entries; manifest sha256 "))
        #expect(result.stdout.contains("Changes since the vintage of 2025-12-19: 409 added, 239 removed,"))
        #expect(result.stdout.contains("  GLOMAG: 100 added"))
        #expect(result.stdout.contains("  SDNTK: 20 added, 209 removed"))
        #expect(result.stdout.contains("Added:\n  ofac-sdn 27763 AHRAR AL-SHARQIYA [SYRIA-EO13894]\n"))
        #expect(result.stdout.contains("  … and 384 more"))
        #expect(result.stdout.contains("  ofac-sdn 2680 HABBASH, George [SDGT]"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(root)/2026-01-02/manifest.json"))) as? [String: Any])
        #expect(manifest["date"] as? String == "2026-01-02")
        let files = try #require(manifest["files"] as? [[String: Any]])
        #expect(files.map { $0["name"] as? String } == ["sdn.csv", "sdn_comments.csv", "alt.csv", "add.csv",
                                                        "cons_prim.csv", "cons_comments.csv", "cons_alt.csv", "cons_add.csv"])
        #expect(files.first?["source"] as? String == "\(downloads)/sdn/sdn.csv")
        #expect(files.first?["size"] as? Int == 2_064_796)
        #expect(files.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
        // The new vintage is what screening now uses from that rules folder.
        let screen = try OpsLensProcess.run(["rules", "entity", "34079", "--ofac", "\(root)/2026-01-02", "--format", "json"])
        #expect(screen.status == 0, "\(screen.stderr)")
    }

    @Test("from a local HTTP server on 127.0.0.1: downloaded, checked and installed; a second run finds nothing new")
    func fromHTTP() throws {
        let root = try Self.vintages()
        let server = try LocalServer.files(try Self.downloads())
        defer { server.stop() }
        let arguments = ["--source", server.url("sdn/"), "--source", server.url("cons/"), "--into", root, "--date", "2026-01-03"]
        let result = try Self.update(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Changes since the vintage of 2025-12-19: 0 added, 0 removed, 0 changed"))
        let manifest = try String(contentsOfFile: "\(root)/2026-01-03/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"source\" : \"\(server.url("cons/cons_prim.csv"))\"") || manifest.contains("\"source\":\"\(server.url("cons/cons_prim.csv"))\""))
        let again = try Self.update(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("already has exactly these files"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["2025-12-19", "2026-01-03"])
    }

    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case truncated, html, unparseable, missing
        var testDescription: String { rawValue }
    }

    @Test("a damaged download exits 2 with a clear message and leaves the vintage in use untouched", arguments: Damage.allCases)
    func damagedDownload(_ damage: Damage) throws {
        let root = try Self.vintages()
        let before = try Self.snapshot(root)
        let downloads = try Self.downloads()
        let expected: String
        switch damage {
        case .truncated:
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(downloads)/sdn/sdn.csv"))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: "\(downloads)/sdn/sdn.csv"))
            expected = "sdn.csv: error: sdn.csv does not end with a line break or OFAC's end-of-file mark: the file is cut short"
        case .html:
            try Data("<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body>Try later</body></html>\n".utf8)
                .write(to: URL(fileURLWithPath: "\(downloads)/cons/cons_prim.csv"))
            expected = "cons_prim.csv: error: cons_prim.csv is an HTML or XML page, not OFAC's CSV (it starts with '<!DOCTYPE html>')"
        case .unparseable:
            var data = try Data(contentsOf: URL(fileURLWithPath: "\(downloads)/sdn/alt.csv"))
            data.insert(contentsOf: Data("36,\"only three\",fields\r\n".utf8), at: 0)
            try data.write(to: URL(fileURLWithPath: "\(downloads)/sdn/alt.csv"))
            expected = "alt.csv:1: error: expected 5 fields, found 3"
        case .missing:
            try FileManager.default.removeItem(atPath: "\(downloads)/cons/cons_alt.csv")
            expected = "cons_alt.csv: no source has it"
        }
        let server = try LocalServer.files(downloads)
        defer { server.stop() }
        let result = try Self.update(["--source", server.url("sdn"), "--source", server.url("cons"), "--into", root, "--retries", "0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stderr.contains("the vintage in use (2025-12-19, \(root)/2025-12-19) is unchanged"))
        #expect(result.stdout.isEmpty)
        #expect(try Self.snapshot(root) == before)
    }

    @Test("a server that never answers times out after --timeout, with retries, and changes nothing")
    func timeout() throws {
        let root = try Self.vintages()
        let before = try Self.snapshot(root)
        let server = try LocalServer.silent()
        defer { server.stop() }
        let started = Date()
        let result = try Self.update(["--source", server.url("ofac/"), "--into", root, "--timeout", "1", "--retries", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(server.url("ofac/sdn.csv")): timed out after 1 s without data (2 attempts)"), "\(result.stderr)")
        #expect(result.stderr.contains("is unchanged"))
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(try Self.snapshot(root) == before)
    }
}
