import Testing
@testable import OpsLens

@Suite("Small CSV files read whole")
struct CSVTableTests {
    @Test("skips a UTF-8 byte-order mark and reads fields that are not UTF-8 as Windows-1252")
    func encodings() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name,note\n".utf8) + Array("Soci".utf8) + [0xE9, 0x74, 0xE9] + Array(",\u{20AC}\n".utf8)
            + Array("a,".utf8) + [0x80]
        let table = CSVTable(bytes)
        #expect(table.rows.map(\.fields) == [["name", "note"], ["Société", "€"], ["a", "€"]])
        #expect(table.rows.map(\.line) == [1, 2, 3])
        #expect(!table.unterminated)
    }

    @Test("leaves out blank rows, the Ctrl-Z end marker included, and keeps physical line numbers")
    func blankRows() {
        let table = CSVTable(Array("a,b\n\n  ,\t\n\"x\ny\",z\n\u{1A}".utf8))
        #expect(table.rows.map(\.fields) == [["a", "b"], ["x\ny", "z"]])
        #expect(table.rows.map(\.line) == [1, 4])
    }

    @Test("says where the quoted field opens that a truncated file ends inside")
    func unterminated() {
        let table = CSVTable(Array("a,b\nc,\"d\ne\n".utf8))
        #expect(table.unterminatedLine == 2)
    }
}
