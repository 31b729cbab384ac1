/// Turns UTF-16 bytes into UTF-8 chunk by chunk, carrying split code units and surrogate pairs over.
struct UTF16Transcoder {
    let bigEndian: Bool
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// Appends the UTF-8 form of `chunk` to `output`; unpaired surrogates become U+FFFD.
    mutating func transcode(_ chunk: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        var index = 0
        output.reserveCapacity(output.count + chunk.count * 3 / 2)
        if let first = pendingByte, chunk.count > 0 {
            append(unit(first, chunk[0]), to: &output)
            pendingByte = nil
            index = 1
        }
        while index + 1 < chunk.count {
            append(unit(chunk[index], chunk[index + 1]), to: &output)
            index += 2
        }
        if index < chunk.count { pendingByte = chunk[index] }
    }

    /// Flushes what is left at the end of the input.
    mutating func finish(into output: inout [UInt8]) {
        if pendingHighSurrogate != nil || pendingByte != nil { encode(0xFFFD, into: &output) }
        pendingHighSurrogate = nil
        pendingByte = nil
    }

    private func unit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }

    private mutating func append(_ unit: UInt16, to output: inout [UInt8]) {
        if let high = pendingHighSurrogate {
            pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                encode(scalar, into: &output)
                return
            }
            encode(0xFFFD, into: &output)
        }
        switch unit {
        case 0xD800...0xDBFF: pendingHighSurrogate = unit
        case 0xDC00...0xDFFF: encode(0xFFFD, into: &output)
        default: encode(UInt32(unit), into: &output)
        }
    }

    private func encode(_ scalar: UInt32, into output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
