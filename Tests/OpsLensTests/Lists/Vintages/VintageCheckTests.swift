import Foundation
import Testing
@testable import OpsLens

@Suite("VintageCheck: a downloaded folder is checked before it becomes a vintage")
struct VintageCheckTests {
    /// A fresh folder holding the eight files of SDN Jul 2021 and Consolidated Dec 2025.
    static func download() throws -> String {
        let folder = try TestData.folder([:])
        for name in VintageCheck.requiredFiles {
            let origin = name.hasPrefix("cons_") ? "cons-2025-12" : "sdn-2021-07"
            try FileManager.default.copyItem(atPath: OFACListReader.path(TestData.ofac(origin), name), toPath: OFACListReader.path(folder, name))
        }
        return folder
    }

    static func replace(_ name: String, in folder: String, with bytes: Data) throws {
        try bytes.write(to: URL(fileURLWithPath: OFACListReader.path(folder, name)))
    }

    static func bytes(_ name: String, in folder: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: OFACListReader.path(folder, name)))
    }

    @Test("the real files pass")
    func realFilesPass() throws {
        let result = VintageCheck.check(directory: try Self.download(), previous: ["ofac-sdn": 8976, "ofac-consolidated": 443])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.lists.map(\.entities.count) == [8976, 442])
    }

    @Test("a missing file and an empty file are named")
    func missingAndEmpty() throws {
        let folder = try Self.download()
        try FileManager.default.removeItem(atPath: OFACListReader.path(folder, "alt.csv"))
        try Self.replace("cons_add.csv", in: folder, with: Data())
        try Self.replace("cons_comments.csv", in: folder, with: Data())  // OFAC may publish an empty comments file
        let messages = VintageCheck.check(directory: folder).errors.map(\.message)
        #expect(messages == ["alt.csv is missing", "cons_add.csv is empty"])
    }

    @Test("an HTML error page instead of CSV is recognised before parsing")
    func htmlPage() throws {
        let folder = try Self.download()
        try Self.replace("sdn.csv", in: folder, with: Data("\n<!DOCTYPE html>\n<html><body>503 Service Unavailable</body></html>\n".utf8))
        let errors = VintageCheck.check(directory: folder).errors
        #expect(errors.count == 1)
        #expect(errors.first?.message == "sdn.csv is an HTML or XML page, not OFAC's CSV (it starts with '<!DOCTYPE html>')")
        #expect(errors.first?.file.hasSuffix("/sdn.csv") == true)
    }

    @Test("a file cut in the middle of a record is reported as cut short")
    func cutShort() throws {
        let folder = try Self.download()
        let alt = try Self.bytes("alt.csv", in: folder)
        try Self.replace("alt.csv", in: folder, with: alt.prefix(alt.count / 2))
        let errors = VintageCheck.check(directory: folder).errors
        #expect(errors.map(\.message) == ["alt.csv does not end with a line break or OFAC's end-of-file mark: the file is cut short"])
    }

    @Test("a file cut cleanly after a line still fails: too few entries against the previous vintage")
    func cutOnALineBreak() throws {
        let folder = try Self.download()
        let sdn = try Self.bytes("sdn.csv", in: folder)
        let lines = sdn.split(separator: 0x0A, omittingEmptySubsequences: false)
        try Self.replace("sdn.csv", in: folder, with: Data(lines.prefix(3000).joined(separator: [0x0A])) + Data([0x0A]))
        let errors = VintageCheck.check(directory: folder, previous: ["ofac-sdn": 8976]).errors.filter { $0.code == .badValue }
        #expect(errors.map(\.message) == ["sdn.csv has 3000 entries where the previous vintage had 8976: a cut or partial file?"])
        let tiny = VintageCheck.check(directory: folder, limits: .init(minimumEntries: ["ofac-sdn": 5000])).errors
        #expect(tiny.map(\.message).contains("sdn.csv has 3000 entries; ofac-sdn has at least 5000"))
    }

    @Test("a record that does not parse is an error with its file and line")
    func doesNotParse() throws {
        let folder = try Self.download()
        var prim = try Self.bytes("cons_prim.csv", in: folder)
        prim.insert(contentsOf: Data("12345,\"ONLY THREE\",FIELDS\r\n".utf8), at: 0)
        try Self.replace("cons_prim.csv", in: folder, with: prim)
        let errors = VintageCheck.check(directory: folder).errors
        #expect(errors.map(\.code) == [.wrongColumnCount])
        #expect(errors.first?.file.hasSuffix("/cons_prim.csv") == true)
        #expect(errors.first?.line == 1)
    }
}
