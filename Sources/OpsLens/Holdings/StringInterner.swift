/// Shares one `String` among fields with the same bytes (issuer names, exchanges, countries repeat).
///
/// An open-addressing table keyed by a word-at-a-time hash of the bytes. A slot keeps the
/// hash beside its string so a probe touches one slot and, on a hash match, the string's own
/// bytes, which are compared in full: a collision costs a new string, never a wrong one.
struct StringInterner {
    private struct Slot {
        var hash: UInt64 = 0  // 0 marks an empty slot
        var string = ""
    }

    private var slots: [Slot]
    private var used = 0
    private var mask: Int
    /// Beyond this many distinct strings the table stops growing (values are still correct).
    static let maximumCount = 1 << 20

    init() {
        mask = (1 << 12) - 1
        slots = [Slot](repeating: Slot(), count: mask + 1)
    }

    /// The shared string for `bytes`, made by `make` the first time they are seen.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        let hash = Self.hash(bytes) | 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: String? = slots.withUnsafeBufferPointer { table in
            while table[slot].hash != 0 {
                if table[slot].hash == hash && Self.equal(table[slot].string, bytes) { return table[slot].string }
                slot = (slot + 1) & mask
            }
            return nil
        }
        if let found { return found }
        let value = make(bytes)
        guard used < Self.maximumCount else { return value }
        slots[slot] = Slot(hash: hash, string: value)
        used += 1
        if used * 2 > mask { grow() }
        return value
    }

    private mutating func grow() {
        let old = slots
        mask = mask * 2 + 1
        slots = [Slot](repeating: Slot(), count: mask + 1)
        for entry in old where entry.hash != 0 {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot].hash != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// A fast 64-bit hash of the bytes, eight at a time.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(base[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }

    /// Whether a (native, UTF-8) string's bytes are exactly `bytes`.
    @inline(__always)
    private static func equal(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == bytes.count else { return false }
        return string.utf8.withContiguousStorageIfAvailable { stored in
            guard let left = stored.baseAddress, let right = bytes.baseAddress else { return true }
            let a = UnsafeRawPointer(left), b = UnsafeRawPointer(right)
            var offset = 0
            while offset + 8 <= bytes.count {
                if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset += 8
            }
            while offset < bytes.count {
                if left[offset] != right[offset] { return false }
                offset += 1
            }
            return true
        } ?? string.utf8.elementsEqual(bytes)
    }
}
