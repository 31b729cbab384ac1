import Testing
@testable import OpsLens

@Suite("Key table")
struct KeyTableTests {
    /// A key whose hash word is chosen by the test, to force collisions.
    struct Key: WordHashable, Sendable {
        var id: Int
        var hashWord: UInt64
    }

    @Test("finds every key through growth and collisions", arguments: [1, 3, 1 << 40])
    func growthAndCollisions(distinctHashes: UInt64) {
        var table = KeyTable<Key>()
        for id in 0..<5_000 {
            table.append(id, for: Key(id: id, hashWord: UInt64(id) % distinctHashes))
            table.append(-id, for: Key(id: id, hashWord: UInt64(id) % distinctHashes))
        }
        #expect(table.count == 5_000)
        for id in stride(from: 0, to: 5_000, by: 97) {
            #expect(table.values(for: Key(id: id, hashWord: UInt64(id) % distinctHashes)) == [id, -id])
        }
        #expect(table.values(for: Key(id: 5_000, hashWord: 5_000 % distinctHashes)) == nil)
    }
}
