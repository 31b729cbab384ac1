@testable import OpsLens
import Testing

@Suite("The length of a holding's name compared with the lists")
struct ComparedNameTests {
    private func compared(_ name: String) -> (text: String, isCut: Bool) { ScreeningIndex.comparedName(name, limit: 20) }

    @Test("a name within the limit is compared whole")
    func shortName() {
        #expect(compared("BANK ROSSIYA").text == "BANK ROSSIYA")
        #expect(compared("BANK ROSSIYA").isCut == false)
        #expect(compared("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ").isCut == false)  // 18 characters in 36 bytes
    }

    @Test("a longer name is cut at a word break in the second half of the limit, else at a character")
    func longName() {
        #expect(compared("BANK ROSSIYA HOLDINGS INTERNATIONAL") == ("BANK ROSSIYA", true))
        #expect(compared("A " + String(repeating: "É", count: 1_000)) == ("A " + String(repeating: "É", count: 18), true))
        let cut = compared(String(repeating: "🇨🇳", count: 30))
        #expect(cut.text == String(repeating: "🇨🇳", count: 20) && cut.isCut)
        #expect(ScreeningIndex.nameCutNote(String(repeating: "X", count: 30), compared: cut.text, limit: 20).contains("only its first 20"))
    }
}
