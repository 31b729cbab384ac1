#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Where an input's bytes come from — a file, bytes in memory, or standard input — and the name
/// reports and error messages give it.
///
/// Every input OpsLens reads (holdings, waivers, baselines, orders) can come from any of these,
/// so a service can screen an uploaded body and a script can pipe a file, with the same results
/// as for a file of that name.
public struct InputSource: Sendable, Hashable, CustomStringConvertible {
    /// Where the bytes are.
    public enum Content: Sendable, Hashable {
        /// The file at a path.
        case file(String)
        /// Bytes already in memory (an upload, a request body).
        case bytes([UInt8])
        /// The process's standard input, read to its end.
        case standardInput
    }

    /// The name reports and messages use: the path of a file, the upload's file name, `-`.
    public var name: String
    public var content: Content

    public init(name: String, content: Content) {
        self.name = name
        self.content = content
    }

    /// The file at `path`, named by its path.
    public static func file(_ path: String) -> InputSource {
        InputSource(name: path, content: .file(path))
    }

    /// Bytes in memory, named `name` (e.g. an uploaded file's name).
    public static func bytes(_ bytes: some Sequence<UInt8>, name: String) -> InputSource {
        InputSource(name: name, content: .bytes(Array(bytes)))
    }

    /// Standard input, named `name`.
    public static func standardInput(name: String = "-") -> InputSource {
        InputSource(name: name, content: .standardInput)
    }

    public var description: String { name }

    /// The name without its folders and extension (`Portfolios/em-asia.csv` → `em-asia`): the
    /// portfolio a file stands for when nothing else names one.
    public var stem: String { Self.stem(of: name) }

    /// The stem of the file name `name` (no folders, no extension).
    public static func stem(of name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    /// Every byte of the input, for small inputs (waivers, baselines, rules).
    ///
    /// - Parameter limit: The most bytes accepted; a larger input is refused rather than read.
    /// - Throws: `InputError` when it cannot be read or is larger than `limit`.
    public func readAll(limit: Int = 64 << 20) throws(InputError) -> [UInt8] {
        var reader = try reader()
        var bytes: [UInt8] = []
        while true {
            let chunk = try reader.next(upTo: 1 << 16)
            if chunk.isEmpty { return bytes }
            bytes += chunk
            if bytes.count > limit {
                throw InputError(.tooLarge, file: name, "larger than \(limit) bytes: expected a small text file")
            }
        }
    }

    /// A reader of the input's raw bytes, in order.
    func reader() throws(InputError) -> RawInput {
        switch content {
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw InputError(.unreadable, file: name, "cannot open the file: \(String(cString: strerror(errno)))")
            }
            return RawInput(name: name, storage: .descriptor(descriptor, owned: true))
        case .bytes(let bytes):
            return RawInput(name: name, storage: .memory(bytes, offset: 0))
        case .standardInput:
            return RawInput(name: name, storage: .descriptor(STDIN_FILENO, owned: false))
        }
    }
}

/// An open input: reads its raw bytes in order, from a file descriptor or from memory.
struct RawInput: ~Copyable {
    enum Storage {
        case descriptor(Int32, owned: Bool)
        case memory([UInt8], offset: Int)
    }

    let name: String
    private var storage: Storage

    init(name: String, storage: Storage) {
        self.name = name
        self.storage = storage
    }

    deinit {
        if case .descriptor(let descriptor, owned: true) = storage { close(descriptor) }
    }

    /// The open file, when the input is one (so that a large regular file can be read in ranges).
    var descriptor: Int32? {
        if case .descriptor(let descriptor, _) = storage { return descriptor }
        return nil
    }

    /// Up to `count` more bytes; empty at the end.
    mutating func next(upTo count: Int) throws(InputError) -> [UInt8] {
        switch storage {
        case .memory(let bytes, let offset):
            let end = min(bytes.count, offset + count)
            storage = .memory(bytes, offset: end)
            return Array(bytes[offset..<end])
        case .descriptor(let descriptor, _):
            var buffer = [UInt8](repeating: 0, count: count)
            while true {
                let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
                if got >= 0 {
                    buffer.removeLast(count - got)
                    return buffer
                }
                if errno != EINTR {
                    throw InputError(.unreadable, file: name, "cannot read: \(String(cString: strerror(errno)))")
                }
            }
        }
    }
}

extension InputError.Code {
    /// The input is larger than the limit for its kind.
    public static let tooLarge = Self(name: "too-large")
}
