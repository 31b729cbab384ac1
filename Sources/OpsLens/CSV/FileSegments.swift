#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Cuts a regular file into byte ranges of about `targetSize` that end just after a line break,
/// hands them out in file order and reads them; the file is hashed meanwhile on a thread of its own.
///
/// A cut after a line break is usually a record boundary, so each range can be parsed by a
/// fresh parser on its own thread. It is not always one (the break may sit inside a quoted
/// field, and a line longer than the look-ahead is cut where it stands); whoever puts the
/// ranges back together checks that and re-parses a range whose start was not a boundary.
/// `next` is not thread-safe: callers serialise it. `read` may be called from any thread.
final class FileSegments {
    /// One range of the file: bytes `start..<end`, the `index`-th in file order.
    struct Segment {
        let index: Int
        let start: Int
        let end: Int
        var count: Int { end - start }
    }

    let path: String
    private let descriptor: Int32
    private let size: Int
    private let targetSize: Int
    private var nextStart: Int
    private var nextIndex = 0
    private let digest: BackgroundFileDigest
    private var lookAheadBuffer: [UInt8] = []
    /// The size of the first segment, until it is handed out.
    private var pendingFirstSize: Int?
    /// How far past `targetSize` a segment may run to end on a line break.
    static let lookAhead = 1 << 16

    /// Segments the bytes of the open file `descriptor` from `dataStart` (after a byte-order mark) to `size`.
    ///
    /// The first segment is `firstSize` bytes (so a second thread can start early); the rest are `targetSize`.
    init(descriptor: Int32, path: String, size: Int, dataStart: Int, firstSize: Int, targetSize: Int) throws(InputError) {
        self.descriptor = descriptor
        self.path = path
        self.size = size
        self.targetSize = targetSize
        nextStart = dataStart
        pendingFirstSize = firstSize
        digest = BackgroundFileDigest(descriptor: descriptor, path: path, size: size)
    }

    /// Whether every segment has been handed out.
    var isExhausted: Bool { nextStart >= size }

    /// The next segment; `nil` when the whole file has been handed out.
    func next() throws(InputError) -> Segment? {
        guard nextStart < size else { return nil }
        let start = nextStart
        let target = pendingFirstSize ?? targetSize
        pendingFirstSize = nil
        var end = min(start + target, size)
        if end < size {
            // End just after the first line break past the target size, if one comes soon.
            let lookAheadEnd = min(end + Self.lookAhead, size)
            try read(end..<lookAheadEnd, into: &lookAheadBuffer)
            let newline: Int? = lookAheadBuffer.withUnsafeBytes { bytes in
                memchr(bytes.baseAddress!, 0x0A, lookAheadEnd - end).map { UnsafeRawPointer($0) - bytes.baseAddress! }
            }
            // A line longer than the look-ahead is cut where it stands.
            end = newline.map { end + $0 + 1 } ?? lookAheadEnd
        }
        nextStart = end
        defer { nextIndex += 1 }
        return Segment(index: nextIndex, start: start, end: end)
    }

    /// Reads `segment`'s bytes into the front of `buffer` (growing it as needed).
    func read(_ segment: Segment, into buffer: inout [UInt8]) throws(InputError) {
        try read(segment.start..<segment.end, into: &buffer)
    }

    /// The SHA-256 of the whole file (byte-order mark included), lower-case hex.
    ///
    /// - Throws: `InputError` when the file could not be read to its end.
    func sha256() throws(InputError) -> String {
        try digest.sha256()
    }

    private func read(_ range: Range<Int>, into buffer: inout [UInt8]) throws(InputError) {
        if buffer.count < range.count { buffer = [UInt8](repeating: 0, count: range.count) }
        var done = 0
        while done < range.count {
            let count = buffer.withUnsafeMutableBytes { bytes in
                pread(descriptor, bytes.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
            }
            if count > 0 {
                done += count
            } else if count == 0 {
                throw InputError(.unreadable, file: path, "the file ended at byte \(range.lowerBound + done) while reading it: was it truncated?")
            } else if errno != EINTR {
                throw InputError(.unreadable, file: path, "cannot read the file: \(String(cString: strerror(errno)))")
            }
        }
    }
}
