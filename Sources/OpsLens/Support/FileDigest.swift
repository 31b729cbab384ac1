import Crypto
import Foundation

/// SHA-256 digests of list and rules files, as pinned in `Rules/` and reported in provenance.
public enum FileDigest {
    /// The SHA-256 of `data`, lower-case hex.
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// The SHA-256 of `bytes`, lower-case hex.
    public static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The SHA-256 of the file at `path`, read in chunks (memory stays flat), or `nil` when it cannot be read.
    public static func sha256(ofFileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { return nil }
            // swift-corelibs-foundation returns nil (not empty data) at the end of the file.
            guard let chunk, !chunk.isEmpty else { break }
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }

    /// A digest as lower-case hex, the one spelling OpsLens uses for every SHA-256.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
