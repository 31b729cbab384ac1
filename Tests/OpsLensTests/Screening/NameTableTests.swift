@testable import OpsLens
import Testing

@Suite("The per-thread table of holding names")
struct NameTableTests {
    private func match(_ key: Int) -> [NameMatch] {
        [NameMatch(key: key, entry: key, name: "LISTED \(key)", isWeak: false, score: 1, decision: .match)]
    }

    @Test("finds every name it was given, with its matches, and no name it was not given")
    func findsWhatWasAdded() {
        let table = NameTable<NameMatch>()
        for index in 0..<20_000 {
            table.add("ISSUER \(index) HOLDINGS", index % 7 == 0 ? match(index) : [])
        }
        for index in 0..<20_000 {
            #expect(table.matches(for: "ISSUER \(index) HOLDINGS") == (index % 7 == 0 ? match(index) : []))
        }
        #expect(table.matches(for: "ISSUER 20000 HOLDINGS") == nil)
        #expect(table.matches(for: "ISSUER 1 HOLDING") == nil)
        #expect(table.matches(for: "") == nil)
    }

    @Test("tells apart long names that differ only after the bytes kept in the slot")
    func comparesLongNamesInFull() {
        let table = NameTable<NameMatch>()
        let stem = String(repeating: "CHINA NATIONAL ", count: 4)  // 60 bytes, beyond the 48 kept inline
        table.add(stem + "AVIATION", match(1))
        table.add(stem + "AVIATIOM", [])
        table.add(stem + "AVIATIONS", match(3))
        #expect(table.matches(for: stem + "AVIATION") == match(1))
        #expect(table.matches(for: stem + "AVIATIOM") == [])
        #expect(table.matches(for: stem + "AVIATIONS") == match(3))
        #expect(table.matches(for: stem + "AVIATIOX") == nil)
    }

    @Test("keeps names that are not ASCII, and the empty name, apart")
    func keepsOtherScriptsApart() {
        let table = NameTable<NameMatch>()
        table.add("商汤集团", match(1))
        table.add("商汤集团股份有限公司", [])
        table.add("", match(9))
        #expect(table.matches(for: "商汤集团") == match(1))
        #expect(table.matches(for: "商汤集团股份有限公司") == [])
        #expect(table.matches(for: "") == match(9))
        #expect(table.matches(for: "商汤") == nil)
    }
}
