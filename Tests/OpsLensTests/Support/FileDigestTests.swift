import Foundation
import Testing
@testable import OpsLens

@Suite("SHA-256 of list files")
struct FileDigestTests {
    @Test("a file's digest equals the digest of its bytes: empty, small, and larger than one read chunk",
          arguments: [0, 3, (1 << 20) + 17])
    func fileMatchesBytes(_ size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let directory = try TestData.folder(["f.bin": bytes])
        let digest = try #require(FileDigest.sha256(ofFileAt: directory + "/f.bin"))
        #expect(digest == FileDigest.sha256(Data(bytes)))
        #expect(digest.count == 64)
    }

    @Test("the FIPS 180-2 test vector for 'abc'")
    func knownVector() {
        #expect(FileDigest.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a missing file has no digest")
    func missingFile() {
        #expect(FileDigest.sha256(ofFileAt: "/nonexistent/file.csv") == nil)
    }

    @Test("a real OFAC file's digest matches sha256sum")
    func realFile() {
        #expect(FileDigest.sha256(ofFileAt: TestData.ofac("cons-2025-12/cons_prim.csv"))
                == "7027f6656b7815e38b1a5517e66d7f00ad7bdae814510cddff11771c439f08b2")
    }
}
