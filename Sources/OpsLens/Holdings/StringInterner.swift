/// Shares one `String` among fields with the same bytes (exchanges, countries, asset classes repeat).
///
/// A lookup has to touch the stored string's heap object anyway (returning it retains it), so
/// that object's line is the one cache miss a hit is meant to cost: the bytes compared in full
/// sit right behind its header. Everything else is kept small enough to stay in cache: an
/// open-addressing index of 4-byte words (an 11-bit tag from the hash's top bits and the entry's
/// number) and the strings themselves, 16 bytes each, in order of arrival. For 25,000 names
/// that is 256 KB + 400 KB, where slots of hash and string took 1.5 MB (and at `maximumCount`,
/// 32 MB instead of 96 MB). Measured and dropped: 64-byte slots holding the first 40 bytes
/// inline, which add a line to the string's own rather than save one.
///
/// A collision costs a new string, never a wrong one: a stored string is returned only when its
/// UTF-8 is exactly the bytes looked up, and a string whose UTF-8 is not the bytes it was made
/// from (`make` decoded them as Windows-1252, or repaired them) is not stored, as it could never
/// be returned.
struct StringInterner {
    /// Index words: `tag << entryBits | (entry number + 1)`; 0 marks an empty slot.
    private var index: [UInt32]
    private var strings: [String] = []
    private var mask: Int
    private static let entryBits: UInt32 = 21
    /// Beyond this many distinct strings the table stops growing (values are still correct).
    static let maximumCount = 1 << 20

    init() {
        mask = (1 << 12) - 1
        index = [UInt32](repeating: 0, count: mask + 1)
    }

    /// The shared string for `bytes`, made by `make` the first time they are seen.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        let hash = Self.tableHash(bytes)
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: String? = index.withUnsafeBufferPointer { index in
            strings.withUnsafeBufferPointer { strings in
                while true {
                    let word = index[slot]
                    if word == 0 { return nil }
                    if word >> Self.entryBits == tag {
                        let stored = strings[Int(word & (1 << Self.entryBits - 1)) - 1]
                        if Self.equal(stored, bytes) { return stored }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if let found { return found }
        let value = make(bytes)
        guard strings.count < Self.maximumCount, Self.equal(value, bytes) else { return value }
        strings.append(value)
        index[slot] = tag << Self.entryBits | UInt32(strings.count)
        if strings.count * 2 > mask { grow() }
        return value
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> (64 - (32 - entryBits))) }

    /// Doubles the index and places every string again, by the hash of its UTF-8 (which is its bytes).
    private mutating func grow() {
        mask = mask * 2 + 1
        index = [UInt32](repeating: 0, count: mask + 1)
        for (position, string) in strings.enumerated() {
            let hash = string.utf8.withContiguousStorageIfAvailable(Self.tableHash) ?? Array(string.utf8).withUnsafeBufferPointer(Self.tableHash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while index[slot] != 0 { slot = (slot + 1) & mask }
            index[slot] = Self.tag(hash) << Self.entryBits | UInt32(position + 1)
        }
    }

    /// The table's hash: for eight bytes or more, two independent lanes over sixteen bytes at a
    /// time and then the last sixteen (overlapping), so no byte-at-a-time tail and half the chain
    /// of multiplications of `hash(_:)`. (`hash(_:)` itself stays as it is: other code keys by it.)
    /// Internal, not private, so tests can build texts whose table hashes collide.
    @inline(__always)
    static func tableHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count >= 8 else { return hash(bytes) }
        let raw = UnsafeRawPointer(base)
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count), b: UInt64 = 0x6A09_E667_F3BC_C908
        var offset = 0
        while offset + 16 < count {
            a = (a ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            b = (b ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
            a ^= a >> 31
            b ^= b >> 29
            offset += 16
        }
        a = (a ^ raw.loadUnaligned(fromByteOffset: count >= 16 ? count - 16 : 0, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        b = (b ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        let hash = (a ^ (a >> 31) ^ b) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 29)
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
