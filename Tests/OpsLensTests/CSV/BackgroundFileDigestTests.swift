import Foundation
import Testing
@testable import OpsLens

@Suite("The file digest worked out on its own thread")
struct BackgroundFileDigestTests {
    static func digest(of bytes: [UInt8], size: Int? = nil) throws -> (digest: BackgroundFileDigest, descriptor: Int32) {
        let path = try TestFiles.temporary(bytes, name: "digest.bin")
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        return (BackgroundFileDigest(descriptor: descriptor, path: path, size: size ?? bytes.count), descriptor)
    }

    @Test("is the file's SHA-256 for empty, small and several-chunk files, asked once or twice")
    func matchesTheDigestOfTheBytes() throws {
        var random = SplitMix(state: 41)
        for count in [0, 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 17] {
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let (digest, descriptor) = try Self.digest(of: bytes)
            defer { close(descriptor) }
            #expect(try digest.sha256() == FileDigest.sha256(Data(bytes)), "\(count) bytes")
            #expect(try digest.sha256() == FileDigest.sha256(Data(bytes)))
        }
    }

    @Test("names the file when it is shorter than the size it was opened with")
    func namesATruncatedFile() throws {
        let (digest, descriptor) = try Self.digest(of: Array(repeating: 7, count: 100), size: 200)
        defer { close(descriptor) }
        #expect { try digest.sha256() } throws: { error in
            (error as? InputError)?.message.contains("ended at byte 100") == true && (error as? InputError)?.file.hasSuffix("digest.bin") == true
        }
    }

    @Test("hashes through its own descriptor: closing the reader's does not disturb it")
    func survivesTheReadersClose() throws {
        let bytes = Array(repeating: UInt8(ascii: "x"), count: 5 << 20)
        let (digest, descriptor) = try Self.digest(of: bytes)
        close(descriptor)
        #expect(try digest.sha256() == FileDigest.sha256(Data(bytes)))
    }
}
