import Testing
@testable import OpsLens

@Suite("Name-pairs files")
struct NamePairsFileTests {
    @Test("reads quoted names with commas, in file order, skipping blank lines")
    func readsPairs() throws {
        let text = "\u{FEFF}name1,name2\r\n\"AVIC JONHON OPTRONIC TECHNOLOGY CO., LTD.\",AVIC JONHON\r\n\r\nA,B\r\n"
        let pairs = try NamePairsFile.parse(Array(text.utf8))
        #expect(pairs.map(\.name1) == ["AVIC JONHON OPTRONIC TECHNOLOGY CO., LTD.", "A"])
        #expect(pairs.map(\.line) == [2, 4])
        #expect(pairs.allSatisfy { $0.isMatch == nil })
    }

    @Test("reads the kind of each pair from a kind or category column")
    func readsKinds() throws {
        let kinds = try NamePairsFile.parse(Array("name1,name2,is_match,kind\nA,B,1, typo \nC,D,0,\n".utf8), requireLabels: true)
        #expect(kinds.map(\.kind) == ["typo", ""])
        let categories = try NamePairsFile.parse(Array("category,name1,name2\nacronym,A,B\n".utf8))
        #expect(categories.first?.kind == "acronym")
        #expect(try NamePairsFile.parse(Array("name1,name2\nA,B\n".utf8)).first?.kind == nil)
    }

    @Test("reads labels in their usual spellings", arguments: [("1", true), ("0", false), ("TRUE", true), ("no", false)])
    func readsLabels(text: String, label: Bool) throws {
        let pairs = try NamePairsFile.parse(Array("name1,name2,is_match\nA,B,\(text)\n".utf8), requireLabels: true)
        #expect(pairs.first?.isMatch == label)
    }

    @Test("rejects a missing column, a bad label and an unterminated quote", arguments: [
        ("first,second\nA,B\n", false, NamePairsError.Code.missingColumn),
        ("name1,name2\nA,B\n", true, .missingColumn),
        ("name1,name2,is_match\nA,B,maybe\n", true, .badLabel),
        ("name1,name2\n\"A,B\n", false, .unterminatedQuote),
        ("", false, .missingColumn),
    ])
    func rejectsBadFiles(text: String, requireLabels: Bool, code: NamePairsError.Code) {
        #expect(throws: NamePairsError.self) { try NamePairsFile.parse(Array(text.utf8), requireLabels: requireLabels) }
        do {
            _ = try NamePairsFile.parse(Array(text.utf8), requireLabels: requireLabels)
        } catch let error as NamePairsError {
            #expect(error.code == code)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
