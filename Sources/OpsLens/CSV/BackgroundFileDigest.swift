import Crypto
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The SHA-256 of an open file's first `size` bytes, worked out on a thread of its own while the
/// file is parsed: hashing is sequential, and done by the thread that puts the parsed segments in
/// order it held up every other thread.
///
/// It reads through a duplicate of the descriptor, so it does not depend on when the reader closes
/// its own; the file is read from the page cache the parse has just filled or is about to. When
/// the digest is dropped unused (the read stopped early), the thread stops at its next chunk.
final class BackgroundFileDigest: Sendable {
    private let work: Work

    init(descriptor: Int32, path: String, size: Int) {
        let work = Work()
        self.work = work
        let own = dup(descriptor)
        Thread {
            work.result = work.digest(own, path: path, size: size)
            if own >= 0 { close(own) }
            work.finished.signal()
        }.start()
    }

    deinit {
        work.cancelled.store(true, ordering: .relaxed)
        work.finished.wait()
    }

    /// The lower-case hex SHA-256, once the thread is done.
    ///
    /// - Throws: `InputError` when the file could not be read to its end (it shrank while read).
    func sha256() throws(InputError) -> String {
        work.finished.wait()
        defer { work.finished.signal() }
        return try work.result.get()
    }

    /// What the hashing thread and the digest share.
    private final class Work: @unchecked Sendable {
        let finished = DispatchSemaphore(value: 0)
        let cancelled = Atomic<Bool>(false)
        /// Written once by the hashing thread before `finished` is signalled; read only after it.
        var result: Result<String, InputError> = .success("")

        func digest(_ descriptor: Int32, path: String, size: Int) -> Result<String, InputError> {
            guard descriptor >= 0 else {
                return .failure(InputError(.unreadable, file: path, "cannot hash the file: \(String(cString: strerror(errno)))"))
            }
            var hasher = SHA256()
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            var offset = 0
            while offset < size, !cancelled.load(ordering: .relaxed) {
                let count = buffer.withUnsafeMutableBytes { bytes in
                    pread(descriptor, bytes.baseAddress!, min(bytes.count, size - offset), off_t(offset))
                }
                if count > 0 {
                    buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                    offset += count
                } else if count == 0 {
                    return .failure(InputError(.unreadable, file: path, "the file ended at byte \(offset) while reading it: was it truncated?"))
                } else if errno != EINTR {
                    return .failure(InputError(.unreadable, file: path, "cannot read the file: \(String(cString: strerror(errno)))"))
                }
            }
            return .success(FileDigest.hex(hasher.finalize()))
        }
    }
}
