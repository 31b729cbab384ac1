import Foundation

/// The bytes libFuzzer hands a target, and a scratch folder for readers that take files.
public enum FuzzInput {
    /// The input as an array.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data = data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The input split at every occurrence of `separator`, into at most `limit` parts.
    public static func split(_ bytes: [UInt8], on separator: String, limit: Int) -> [[UInt8]] {
        let mark = Array(separator.utf8)
        var parts: [[UInt8]] = [], start = 0, index = 0
        while index + mark.count <= bytes.count && parts.count < limit - 1 {
            if Array(bytes[index..<index + mark.count]) == mark {
                parts.append(Array(bytes[start..<index]))
                index += mark.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }

    /// A folder of this process's own (in memory when /dev/shm exists), emptied and filled with
    /// `files` (relative path → bytes) on every call.
    public static func folder(_ files: [String: [UInt8]]) -> String {
        let manager = FileManager.default
        try? manager.removeItem(atPath: scratch)
        for (name, bytes) in files {
            let path = (scratch as NSString).appendingPathComponent(name)
            try? manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            manager.createFile(atPath: path, contents: Data(bytes))
        }
        try? manager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        return scratch
    }

    private static let scratch: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return (base as NSString).appendingPathComponent("opslens-fuzz-\(getpid())")
    }()

    /// The physical lines of `bytes`: LF, CRLF and a lone CR each end one; a last line without a break counts.
    public static func physicalLines(_ bytes: ArraySlice<UInt8>) -> Int {
        var lines = 0, previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A { if previous != 0x0D { lines += 1 } } else if byte == 0x0D { lines += 1 }
            previous = byte
        }
        if let last = bytes.last, last != 0x0A && last != 0x0D { lines += 1 }
        return lines
    }
}
