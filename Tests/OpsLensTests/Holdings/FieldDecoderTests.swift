import Testing
@testable import OpsLens

@Suite("Codes read eight bytes at a time")
struct FieldDecoderTests {
    /// Bytes of every kind a code's shape depends on, and some it does not.
    static let alphabet: [UInt8] = Array("AZaz09-_ .\t/".utf8) + [0x00, 0x0D, 0x0A, 0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xC2, 0xA0, 0xFF]

    static func expectedShape(_ bytes: [UInt8], dashesCount: Bool) -> FieldDecoder.CodeShape {
        if bytes.contains(where: { $0 >= 0x80 || $0 == 0x20 || $0 == 0x09 || (dashesCount && $0 == 0x2D) }) { return .other }
        return bytes.contains(where: { (0x61...0x7A).contains($0) }) ? .lowerCase : .plain
    }

    @Test("sort codes as a byte-by-byte reading does, at every length from 0 to 40")
    func sortCodesAsByteByByte() {
        var random = SplitMix(state: 20_211_210)
        for length in 0...40 {
            for _ in 0..<400 {
                // Mostly plain upper-case codes, with one or two other bytes dropped in.
                var bytes = (0..<length).map { _ in Self.alphabet[random.below(2) == 0 ? 0 : random.below(4)] }
                for _ in 0..<random.below(3) where length > 0 {
                    bytes[random.below(length)] = Self.alphabet[random.below(Self.alphabet.count)]
                }
                for dashes in [true, false] {
                    let shape = bytes.withUnsafeBufferPointer { FieldDecoder.codeShape($0, dashesCount: dashes) }
                    #expect(shape == Self.expectedShape(bytes, dashesCount: dashes), "\(bytes) dashes: \(dashes)")
                }
                let ascii = bytes.withUnsafeBufferPointer { FieldDecoder.isASCII($0) }
                #expect(ascii == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
            }
        }
    }
}
