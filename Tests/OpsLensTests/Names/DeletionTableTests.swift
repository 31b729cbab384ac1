@testable import OpsLens
import Testing

/// The hash table behind typo and romanisation candidates.
@Suite("Deletion table")
struct DeletionTableTests {
    @Test("returns every word held under a hash, and nothing for a hash it does not hold")
    func lookups() {
        var items: [(hash: UInt64, word: Int32)] = []
        for word in Int32(0)..<5_000 { items.append((UInt64(word) &* 0x9E37_79B9_7F4A_7C15, word)) }
        items.append((42, 7))
        items.append((42, 9))
        items.append((42, 7))  // a word may come twice under one hash (`hello` less either `l`)
        let table = DeletionTable(items)
        var found: [Int32] = []
        table.forEachWord(withHash: 42) { found.append($0) }
        #expect(found.sorted() == [7, 7, 9])
        for word in Int32(0)..<5_000 {
            var words: [Int32] = []
            table.forEachWord(withHash: UInt64(word) &* 0x9E37_79B9_7F4A_7C15) { words.append($0) }
            #expect(words == [word])
        }
        var missing = 0
        for hash in UInt64(1)..<2_000 {
            table.forEachWord(withHash: hash &* 0xC2B2_AE3D_27D4_EB4F) { _ in missing += 1 }
        }
        #expect(missing == 0)
    }

    @Test("an empty table holds nothing")
    func empty() {
        var calls = 0
        DeletionTable([]).forEachWord(withHash: 0) { _ in calls += 1 }
        #expect(calls == 0)
    }
}
