import Crypto
import Foundation

/// SHA-256 digests of list and rules files, as pinned in `Rules/` and reported in provenance.
public enum FileDigest {
    /// The SHA-256 of `data`, lower-case hex.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The SHA-256 of the file at `path`, or `nil` when it cannot be read.
    public static func sha256(ofFileAt path: String) -> String? {
        FileManager.default.contents(atPath: path).map(sha256)
    }
}
