#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file mapped read-only into memory: its pages are read when touched, and nothing is copied.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes; valid for the life of the object, never written.
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`, or returns `nil` when it cannot be opened or mapped.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        if size == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
