@testable import OpsLens
import Testing

@Suite("The length of a holding's name compared with the lists")
struct ComparedNameTests {
    private let index = ScreeningIndex(lists: [], nameLengthCompared: 20)

    @Test("a name within the limit is compared whole")
    func shortName() {
        #expect(index.comparedName("BANK ROSSIYA").text == "BANK ROSSIYA")
        #expect(index.comparedName("BANK ROSSIYA").isCut == false)
        #expect(index.comparedName("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ").isCut == false)  // 18 characters in 36 bytes
    }

    @Test("a longer name is cut at a word break in the second half of the limit, else at a character")
    func longName() {
        #expect(index.comparedName("BANK ROSSIYA HOLDINGS INTERNATIONAL") == ("BANK ROSSIYA", true))
        #expect(index.comparedName("A " + String(repeating: "É", count: 1_000)) == ("A " + String(repeating: "É", count: 18), true))
        let cut = index.comparedName(String(repeating: "🇨🇳", count: 30))
        #expect(cut.text == String(repeating: "🇨🇳", count: 20) && cut.isCut)
        #expect(index.nameCutNote(String(repeating: "X", count: 30), compared: cut.text).contains("only its first 20"))
    }
}
