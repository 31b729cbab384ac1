/// A key whose hash is one cheap word, for `KeyTable`.
protocol WordHashable: Equatable {
    /// A word that equal keys share and that spreads unequal keys well enough once multiplied.
    var hashWord: UInt64 { get }
}

/// An append-only open-addressing hash table from packed keys to lists of entry numbers.
///
/// The index lookups behind holdings resolution spend most of their time hashing; this table
/// hashes a key with one multiplication instead of SipHash. Keys come from list files and
/// holdings, so flooding it with colliding keys would only slow a run down, not change results.
struct KeyTable<Key: WordHashable & Sendable>: Sendable {
    private var slots = [Int32](repeating: -1, count: 16)  // index into `keys`, or -1
    private var shift: UInt64 = 64 - 4
    private(set) var keys: [Key] = []
    private var values: [[Int]] = []

    /// The number of distinct keys.
    var count: Int { keys.count }

    /// The entries recorded for `key`, or `nil`.
    @inline(__always)
    func values(for key: Key) -> [Int]? {
        var slot = Int(truncatingIfNeeded: (key.hashWord &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = slots.count - 1
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if keys[Int(index)] == key { return values[Int(index)] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `value` to the entries of `key`.
    mutating func append(_ value: Int, for key: Key) {
        if let index = slotIndex(for: key) {
            values[index].append(value)
            return
        }
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(key)
        values.append([value])
        place(keys.count - 1)
    }

    private func slotIndex(for key: Key) -> Int? {
        var slot = Int(truncatingIfNeeded: (key.hashWord &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = slots.count - 1
        while slots[slot] >= 0 {
            if keys[Int(slots[slot])] == key { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func place(_ index: Int) {
        var slot = Int(truncatingIfNeeded: (keys[index].hashWord &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = slots.count - 1
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for index in keys.indices { place(index) }
    }
}
