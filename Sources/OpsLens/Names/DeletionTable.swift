/// A hash table from 64-bit hashes to word ids, built once: the one-letter deletions of the index's
/// words, and their phonetic keys. Hash collisions only add candidates; the scorer decides.
///
/// Open addressing with linear probing in one array of hash and word side by side, at most half full:
/// a lookup reads one or two neighbouring slots, where a chained table read three arrays. Most lookups
/// find nothing (a query word's deletions are rarely another word's), so a bit per hash in a small
/// filter (eight bits per item, small enough to stay in cache) answers most of them first.
struct DeletionTable: Sendable {
    private struct Slot {
        var hash: UInt64
        /// The word id, or -1 for an empty slot.
        var word: Int32
    }

    private let slots: [Slot]
    private let mask: Int
    /// One bit per filter position (``filterBit(_:)``), set for each hash held.
    private let filter: [UInt64]
    private let filterMask: Int

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
        var bits = 64
        while bits < items.count * 8 { bits <<= 1 }
        var filter = [UInt64](repeating: 0, count: bits / 64)
        for item in items {
            let bit = Self.filterBit(item.hash, bits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
        filterMask = bits - 1
    }

    private static func filterBit(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 32) & mask }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask }

    /// Calls `body` with each word held under `hash`.
    func forEachWord(withHash hash: UInt64, _ body: (Int32) -> Void) {
        let bit = Self.filterBit(hash, filterMask)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(hash, mask)
            while slots[slot].word >= 0 {
                if slots[slot].hash == hash { body(slots[slot].word) }
                slot = (slot + 1) & mask
            }
        }
    }
}
