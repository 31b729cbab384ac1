import Foundation
import OpsLens

/// The lines of a file descriptor (standard input), a batch at a time: each batch holds the
/// complete lines one `read` returned, so a caller can answer a whole batch with one `write` —
/// as fast as a full pipe allows, and at once for a line that comes alone.
///
/// Line breaks are `\n` or `\r\n`; a last line without one counts. A line longer than
/// `maxLineBytes` is dropped as it streams by (memory stays bounded) and reported as `.tooLong`.
struct LineBatchReader {
    /// One line of input.
    enum Line: Equatable {
        case text(String)
        /// A line longer than the limit; its bytes were dropped.
        case tooLong
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    /// The start of a line whose end has not been read yet.
    private var pending: [UInt8] = []
    /// Whether the line being read has passed the limit.
    private var overflowing = false
    private var finished = false

    init(descriptor: Int32 = STDIN_FILENO, maxLineBytes: Int = ReadLimits.standard.lineBytes, chunkBytes: Int = 1 << 16) {
        self.descriptor = descriptor
        self.maxLineBytes = maxLineBytes
        buffer = [UInt8](repeating: 0, count: chunkBytes)
    }

    /// The next lines, or `nil` at the end of the input.
    mutating func nextBatch() -> [Line]? {
        while !finished {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { finished = true; break }
            var lines: [Line] = []
            var start = 0
            for index in 0..<count where buffer[index] == UInt8(ascii: "\n") {
                lines.append(complete(buffer[start..<index]))
                start = index + 1
            }
            take(buffer[start..<count])
            if !lines.isEmpty { return lines }
        }
        guard !pending.isEmpty || overflowing else { return nil }
        return [complete(buffer[0..<0])]
    }

    /// The line made of `pending` and `tail`; empties `pending`.
    private mutating func complete(_ tail: ArraySlice<UInt8>) -> Line {
        take(tail)
        defer {
            pending.removeAll(keepingCapacity: true)
            overflowing = false
        }
        if overflowing { return .tooLong }
        let end = pending.last == UInt8(ascii: "\r") ? pending.count - 1 : pending.count
        return .text(String(decoding: pending[..<end], as: UTF8.self))
    }

    /// Adds `bytes` to the line being read, unless it is over the limit.
    private mutating func take(_ bytes: ArraySlice<UInt8>) {
        guard !overflowing else { return }
        if pending.count + bytes.count > maxLineBytes {
            overflowing = true
            pending.removeAll()
        } else {
            pending.append(contentsOf: bytes)
        }
    }
}
