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
