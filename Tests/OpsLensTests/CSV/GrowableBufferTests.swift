import Testing
@testable import OpsLens

@Suite("The parser's growable byte buffer")
struct GrowableBufferTests {
    @Test("copy bytes of every length into a buffer and tell when one may be a line break")
    func copyBytesAndSpotLineBreaks() {
        var random = SplitMix(state: 7)
        let buffer = GrowableBuffer<UInt8>(capacity: 16)
        var expected: [UInt8] = []
        for length in 0...100 {
            for _ in 0..<50 {
                var bytes = (0..<length).map { _ in UInt8(0x20 + random.below(0x5F)) }
                if length > 0 && random.below(3) == 0 { bytes[random.below(length)] = [0x0A, 0x0D, 0x00, 0x0E, 0x1F][random.below(5)] }
                let mayHoldBreak = bytes.withUnsafeBytes { buffer.appendBytes($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: length) }
                expected += bytes
                if bytes.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                    #expect(mayHoldBreak, "\(bytes)")
                }
                if bytes.allSatisfy({ $0 >= 0x20 }) {
                    #expect(!mayHoldBreak, "a false alarm on printable bytes: \(bytes)")
                }
            }
        }
        #expect(Array(buffer.buffer) == expected)
    }
}
