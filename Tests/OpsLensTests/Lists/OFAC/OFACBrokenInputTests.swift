import Foundation
import Testing
@testable import OpsLens

@Suite("Broken OFAC inputs give errors with file and line")
struct OFACBrokenInputTests {
    static let good = "1,\"ALPHA LTD\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Listing Date (CMIC) 10 Dec 2021.\"\r\n"

    @Test("a file cut off inside a quoted field is an unterminated-quote error")
    func truncated() throws {
        let text = Self.good + "2,\"BETA LTD\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1 Jan"
        let directory = try TestData.folder(text: ["sdn.csv": text])
        let result = OFACListReader.read(directory: directory)
        let error = try #require(result.errors.first)
        #expect(error.code == .unterminatedQuote)
        #expect(error.file == directory + "/sdn.csv")
        #expect(error.line == 2)
        #expect(error.description.contains("sdn.csv:2: error: the file ends inside a quoted field"))
    }

    @Test("an empty main file (found by fuzzing) is an error, not a list of no entries", arguments: ["", "\r\n\r\n", "\u{1A}"])
    func emptyMainFile(text: String) throws {
        let directory = try TestData.folder(text: ["sdn.csv": text, "alt.csv": ""])
        let result = OFACListReader.read(directory: directory)
        #expect(result.errors.map(\.code) == [.noEntries])
        #expect(result.errors.first?.file == directory + "/sdn.csv")
    }

    @Test("a record with the wrong number of fields is an error naming the line")
    func wrongColumnCount() throws {
        let directory = try TestData.folder(text: ["sdn.csv": Self.good + "2,\"BETA LTD\",-0- ,\"SDGT\"\r\n"])
        let result = OFACListReader.read(directory: directory)
        #expect(result.errors.map(\.code) == [.wrongColumnCount])
        #expect(result.errors.first?.line == 2)
        #expect(result.errors.first?.message == "expected 12 fields, found 4")
    }

    @Test("a non-numeric entry number is an error at column 1")
    func badEntryNumber() throws {
        let directory = try TestData.folder(text: ["cons_prim.csv": Self.good.replacingOccurrences(of: "1,", with: "X1,")])
        let error = try #require(OFACListReader.read(directory: directory).errors.first)
        #expect(error.code == .badEntryNumber)
        #expect(error.line == 1)
        #expect(error.column == 1)
    }

    @Test("a CMIC date that is not a date is an error naming the entry and the text")
    func badDate() throws {
        let directory = try TestData.folder(text: ["cons_prim.csv": Self.good.replacingOccurrences(of: "10 Dec 2021", with: "31 Feb 2021")])
        let error = try #require(OFACListReader.read(directory: directory).errors.first)
        #expect(error.code == .badDate)
        #expect(error.line == 1)
        #expect(error.column == 12)
        #expect(error.message.contains("entry 1"))
        #expect(error.message.contains("'31 Feb 2021'"))
    }

    @Test("aliases and addresses of unknown entries are warnings and skipped")
    func unknownEntries() throws {
        let directory = try TestData.folder(text: [
            "sdn.csv": Self.good,
            "alt.csv": "1,10,\"aka\",\"ALPHA\",-0- \r\n99,11,\"aka\",\"GHOST\",-0- \r\n",
            "add.csv": "99,12,-0- ,\"Town\",\"Country\",-0- \r\n",
        ])
        let list = try #require(try OFACListReader.load(directory: directory).first)
        #expect(list.entities.first?.aliases.map(\.name) == ["ALPHA"])
        #expect(list.warnings.map(\.code) == [.unknownEntry, .unknownEntry])
        #expect(list.warnings.map(\.line) == [2, 1])
    }

    @Test("Windows-1252 bytes, unquoted fields, LF endings, blank lines and Ctrl-Z are read")
    func encodingsAndQuoting() throws {
        var bytes = Array("7,CAF".utf8) + [0xC9] + Array(" NOIR S.A.,-0- ,SDGT] [NS-PLC,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,a.k.a. 'NOIR'.\n\n".utf8)
        bytes += Array("8,\"ZETA, Ann\",individual,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n".utf8) + [0x1A]
        let directory = try TestData.folder(["sdn.csv": bytes])
        let list = try #require(try OFACListReader.load(directory: directory).first)
        #expect(list.entities.map(\.name) == ["CAFÉ NOIR S.A.", "ZETA, Ann"])
        #expect(list.entities.first?.programs == ["SDGT", "NS-PLC"])
        #expect(list.entities.first?.aliases.map(\.name) == ["NOIR"])
        #expect(list.entities.last?.location.line == 3)
        #expect(list.entities.last?.remarks == nil)
    }
}

@Suite("A real OFAC file cut at any byte never crashes the reader")
struct OFACTruncationTests {
    static let bytes: [UInt8] = {
        guard let data = FileManager.default.contents(atPath: TestData.ofac("derived/ns-cmic-2025-12/cons_prim.csv")) else { return [] }
        return Array(data)
    }()

    @Test("every cut either loads the complete records or names a line", arguments: Array(stride(from: 1, to: 31_000, by: 613)))
    func cutAt(_ offset: Int) throws {
        try #require(Self.bytes.count > 31_000)
        let directory = try TestData.folder(["cons_prim.csv": Array(Self.bytes.prefix(offset))])
        let result = OFACListReader.read(directory: directory)
        for error in result.errors {
            #expect(error.line != nil, "\(error)")
            #expect([.unterminatedQuote, .wrongColumnCount, .badDate, .badEntryNumber].contains(error.code), "\(error)")
        }
        if result.errors.isEmpty {
            // A cut between records (or inside an unquoted field of the last one) loses nothing before it.
            let lines = Self.bytes.prefix(offset).split(separator: 0x0A, omittingEmptySubsequences: false).count
            #expect((result.lists.first?.entities.count ?? 0) >= lines - 2)
        }
    }
}
