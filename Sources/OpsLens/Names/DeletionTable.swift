/// A hash table from 64-bit hashes to word ids, built once: the one-letter deletions of the index's
/// words, and their phonetic keys. Hash collisions only add candidates; the scorer decides.
///
/// Open addressing with linear probing in one array of hash and word side by side, at most half full:
/// a lookup reads one or two neighbouring slots, where a chained table read three arrays.
struct DeletionTable: Sendable {
    private struct Slot {
        var hash: UInt64
        /// The word id, or -1 for an empty slot.
        var word: Int32
    }

    private let slots: [Slot]
    private let mask: Int

    /// A table holding each (hash, word) of `items`; a hash may map to several words.
    init(_ items: [(hash: UInt64, word: Int32)]) {
        var count = 16
        while count < items.count * 2 { count <<= 1 }
        let mask = count - 1
        var slots = [Slot](repeating: Slot(hash: 0, word: -1), count: count)
        for item in items {
            var slot = Self.slot(item.hash, mask)
            while slots[slot].word >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: item.hash, word: item.word)
        }
        self.slots = slots
        self.mask = mask
    }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask }

    /// Calls `body` with each word held under `hash`.
    func forEachWord(withHash hash: UInt64, _ body: (Int32) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(hash, mask)
            while slots[slot].word >= 0 {
                if slots[slot].hash == hash { body(slots[slot].word) }
                slot = (slot + 1) & mask
            }
        }
    }
}
