#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A map from byte strings (holding names, or a name with the facts it is judged on) to arrays
/// (their matches), laid out so that looking up a key usually reads one cache line.
///
/// It is looked up once per holding, a million times a run, over tens of thousands of distinct
/// names: a `Dictionary<String, …>` reads its bucket, then the key string's storage to compare
/// it, then the value, each a cache miss. Here a slot is 64 bytes: the key's hash and length,
/// whether its array is empty (most names match nothing), and its first bytes, which for most
/// names are all of them. The full bytes are always compared: a hash collision costs a second
/// look, never a wrong answer. Not thread-safe: each reading thread keeps its own.
final class NameTable<Element> {
    /// Bytes of the name kept in the slot itself.
    static var inlineBytes: Int { 48 }
    private static var slotSize: Int { 64 }

    private var slots: UnsafeMutableRawPointer
    private var mask: Int
    /// Every key added, with its matches; a slot refers to one by position.
    private var entries: [(key: [UInt8], matches: [Element])] = []

    init() {
        mask = (1 << 12) - 1
        slots = Self.allocateSlots(mask + 1)
    }

    deinit {
        slots.deallocate()
    }

    /// The matches stored for `name`, if it was added.
    func matches(for name: String) -> [Element]? {
        var name = name
        return name.withUTF8 { matches(forUTF8: $0) }
    }

    /// The matches stored for the key whose bytes are `bytes`, if it was added.
    func matches(forUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Element]? {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let base = slots + slot * Self.slotSize
            let stored = base.load(as: UInt64.self)
            if stored == 0 { return nil }
            if stored == hash && matchesSlot(base, bytes) {
                let hasMatches = base.load(fromByteOffset: 12, as: UInt32.self) & Self.hasMatchesFlag != 0
                return hasMatches ? entries[Int(base.load(fromByteOffset: 8, as: Int32.self))].matches : []
            }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `matches` for `name` (not already in the table).
    func add(_ name: String, _ matches: [Element]) {
        add(Array(name.utf8), matches)
    }

    /// Stores `matches` for the key `bytes` (not already in the table).
    func add(_ bytes: [UInt8], _ matches: [Element]) {
        if (entries.count + 1) * 2 > mask { grow() }
        let entry = entries.count
        entries.append((bytes, matches))
        bytes.withUnsafeBufferPointer { insert($0, hash: Self.hash($0), entry: Int32(entry), hasMatches: !matches.isEmpty) }
    }

    // MARK: - Slots: hash (8 bytes) | entry (4) | length, with the has-matches flag (4) | first bytes (48)

    private static var hasMatchesFlag: UInt32 { 1 << 31 }

    private func matchesSlot(_ base: UnsafeMutableRawPointer, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(base.load(fromByteOffset: 12, as: UInt32.self) & ~Self.hasMatchesFlag) == bytes.count else { return false }
        if let start = bytes.baseAddress, memcmp(base + 16, start, min(bytes.count, Self.inlineBytes)) != 0 { return false }
        guard bytes.count > Self.inlineBytes else { return true }
        // A long key: compare it in full with the stored one.
        return entries[Int(base.load(fromByteOffset: 8, as: Int32.self))].key.withUnsafeBufferPointer {
            memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, entry: Int32, hasMatches: Bool) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while (slots + slot * Self.slotSize).load(as: UInt64.self) != 0 { slot = (slot + 1) & mask }
        let base = slots + slot * Self.slotSize
        base.storeBytes(of: hash, as: UInt64.self)
        base.storeBytes(of: entry, toByteOffset: 8, as: Int32.self)
        base.storeBytes(of: UInt32(bytes.count) | (hasMatches ? Self.hasMatchesFlag : 0), toByteOffset: 12, as: UInt32.self)
        if let start = bytes.baseAddress { memcpy(base + 16, start, min(bytes.count, Self.inlineBytes)) }
    }

    private func grow() {
        let old = slots, oldCount = mask + 1
        mask = mask * 2 + 1
        slots = Self.allocateSlots(mask + 1)
        for slot in 0..<oldCount {
            let base = old + slot * Self.slotSize
            let hash = base.load(as: UInt64.self)
            guard hash != 0 else { continue }
            var target = Int(truncatingIfNeeded: hash) & mask
            while (slots + target * Self.slotSize).load(as: UInt64.self) != 0 { target = (target + 1) & mask }
            (slots + target * Self.slotSize).copyMemory(from: base, byteCount: Self.slotSize)
        }
        old.deallocate()
    }

    private static func allocateSlots(_ count: Int) -> UnsafeMutableRawPointer {
        let slots = UnsafeMutableRawPointer.allocate(byteCount: count * slotSize, alignment: slotSize)
        slots.initializeMemory(as: UInt8.self, repeating: 0, count: count * slotSize)
        return slots
    }

    /// The bytes' hash, never 0 (0 marks an empty slot).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        Self.mix(bytes) | 1
    }

    /// A fast 64-bit hash of the bytes, eight at a time.
    @inline(__always)
    private static func mix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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
}
