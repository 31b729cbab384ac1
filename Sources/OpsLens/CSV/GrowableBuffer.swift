#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A growable buffer of trivial values with unchecked appends: the parser's hot path.
///
/// It is a reference type so libcsv's callbacks can append through one pointer; a
/// `CSVRecordBatch` owns its buffers and is moved, never shared.
final class GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    @inline(__always)
    func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        base[count] = element
        count += 1
    }

    @inline(__always)
    func append(contentsOf source: UnsafeRawPointer, count length: Int) {
        if count + length > capacity { grow(to: count + length) }
        memcpy(base + count, source, length * MemoryLayout<Element>.stride)
        count += length
    }

    subscript(index: Int) -> Element {
        get { base[index] }
        set { base[index] = newValue }
    }

    func removeAll() {
        count = 0
    }

    /// Drops the first `dropped` elements, moving the rest to the front.
    func removeFirst(_ dropped: Int) {
        memmove(base, base + dropped, (count - dropped) * MemoryLayout<Element>.stride)
        count -= dropped
    }

    /// Keeps only the first `kept` elements.
    func truncate(to kept: Int) {
        count = kept
    }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    private func grow(to minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        memcpy(newBase, base, count * MemoryLayout<Element>.stride)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

extension GrowableBuffer where Element == UInt8 {
    /// Appends bytes; returns whether any may be a line break (a byte below 0x0E: a false
    /// alarm only costs the caller a closer look).
    ///
    /// Most fields and values are short: they are copied with a few overlapping word loads and stores,
    /// which are tested on the way (a call to `memcpy` and a second pass cost more).
    @inline(__always)
    func appendBytes(_ source: UnsafeRawPointer, count length: Int) -> Bool {
        if count + length > capacity { grow(to: count + length) }
        let target = UnsafeMutableRawPointer(base + count)
        count += length
        if length > 32 {
            memcpy(target, source, length)
            return Self.hasLowByte(UnsafeRawBufferPointer(start: source, count: length))
        }
        if length >= 16 {
            let a = source.loadUnaligned(as: SIMD2<UInt64>.self)
            let b = source.loadUnaligned(fromByteOffset: length - 16, as: SIMD2<UInt64>.self)
            target.storeBytes(of: a, as: SIMD2<UInt64>.self)
            target.storeBytes(of: b, toByteOffset: length - 16, as: SIMD2<UInt64>.self)
            return Self.isLow(a[0]) || Self.isLow(a[1]) || Self.isLow(b[0]) || Self.isLow(b[1])
        }
        if length >= 8 {
            let a = source.loadUnaligned(as: UInt64.self)
            let b = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            target.storeBytes(of: a, as: UInt64.self)
            target.storeBytes(of: b, toByteOffset: length - 8, as: UInt64.self)
            return Self.isLow(a) || Self.isLow(b)
        }
        if length >= 4 {
            let a = source.loadUnaligned(as: UInt32.self)
            let b = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            target.storeBytes(of: a, as: UInt32.self)
            target.storeBytes(of: b, toByteOffset: length - 4, as: UInt32.self)
            return Self.isLow(UInt64(a) << 32 | UInt64(b))
        }
        var low = false
        for offset in 0..<length {
            let byte = source.load(fromByteOffset: offset, as: UInt8.self)
            target.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self)
            low = low || byte < 0x0E
        }
        return low
    }

    /// Whether any byte of `word` may be below 0x0E (exact when none is; borrows can add false alarms).
    @inline(__always)
    private static func isLow(_ word: UInt64) -> Bool {
        (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any byte may be below 0x0E, eight bytes at a time.
    private static func hasLowByte(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset + 8 <= bytes.count {
            if isLow(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
            offset += 8
        }
        return offset < bytes.count && isLow(base.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }
}
