/// Turns field bytes into trimmed text, decoding Windows-1252 where the bytes are not UTF-8.
struct FieldDecoder {
    /// Whether the whole file was detected as Windows-1252.
    let isWindows1252: Bool
    /// The first line whose bytes were not valid UTF-8 in a file detected as UTF-8.
    var firstInvalidUTF8Line: Int?

    init(isWindows1252: Bool) {
        self.isWindows1252 = isWindows1252
    }

    /// The bytes without surrounding spaces, tabs, no-break spaces, byte-order marks (U+FEFF,
    /// which files pasted together carry into the middle) and control characters.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end {
            let byte = bytes[start]
            if byte <= 0x20 {
                start += 1
            } else if byte == 0xC2 && start + 1 < end && bytes[start + 1] == 0xA0 {
                start += 2
            } else if byte == 0xEF && start + 2 < end && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF {
                start += 3
            } else {
                break
            }
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte <= 0x20 {
                end -= 1
            } else if byte == 0xA0 && end - 1 > start && bytes[end - 2] == 0xC2 {
                end -= 2
            } else if byte == 0xBF && end - 2 > start && bytes[end - 2] == 0xBB && bytes[end - 3] == 0xEF {
                end -= 3
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether the bytes hold nothing but white space, no-break spaces and control characters.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        trimmed(bytes).isEmpty
    }

    /// The text of trimmed bytes.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> String {
        var invalidUTF8 = false
        let value = Self.decode(bytes, isWindows1252: isWindows1252, invalidUTF8: &invalidUTF8)
        if invalidUTF8 && firstInvalidUTF8Line == nil { firstInvalidUTF8Line = line }
        return value
    }

    /// Whether the bytes can be kept as they are: ASCII, or valid UTF-8 in a file read as UTF-8.
    func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.isASCII(bytes) || (!isWindows1252 && UTF8Validation.isValid(bytes))
    }

    /// UTF-8 when the bytes are valid UTF-8 (and the file is not Windows-1252), Windows-1252 otherwise.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, isWindows1252: Bool, invalidUTF8: inout Bool) -> String {
        if isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        if isWindows1252 { return UTF8Validation.decodeWindows1252(bytes) }
        if UTF8Validation.isValid(bytes) { return String(decoding: bytes, as: UTF8.self) }
        invalidUTF8 = true
        return UTF8Validation.decodeWindows1252(bytes)
    }

    /// The text upper-cased (ASCII fast path), for identifiers and codes.
    mutating func upperText(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> String {
        guard Self.isASCII(bytes) else { return text(bytes, line: line).uppercased() }
        if !bytes.contains(where: { (0x61...0x7A).contains($0) }) { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = (0x61...0x7A).contains(byte) ? byte - 0x20 : byte }
            return bytes.count
        }
    }

    /// What a code (ticker, identifier, currency) is made of, eight bytes at a time.
    enum CodeShape {
        /// Printable ASCII without lower-case letters, spaces or tabs (or dashes, when they count): kept as it is.
        case plain
        /// The same with lower-case letters: upper-cased.
        case lowerCase
        /// Anything else: non-ASCII bytes, spaces, tabs or counted dashes.
        case other
    }

    static func codeShape(_ bytes: UnsafeBufferPointer<UInt8>, dashesCount: Bool) -> CodeShape {
        guard let base = UnsafeRawPointer(bytes.baseAddress), bytes.count > 0 else { return .plain }
        let count = bytes.count
        var special = false, lower = false, offset = 0
        func look(_ word: UInt64) {
            let high: UInt64 = 0x8080_8080_8080_8080
            special = special || word & high != 0 || hasByte(word, 0x20) || hasByte(word, 0x09) || (dashesCount && hasByte(word, 0x2D))
            lower = lower || (word &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(word &+ 0x0505_0505_0505_0505) & high != 0
        }
        while offset + 8 <= count {
            look(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            if count >= 8 {
                look(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            } else {
                var word: UInt64 = 0x4141_4141_4141_4141  // "AAAAAAAA": neutral padding
                for index in 0..<count { word = word & ~(0xFF << (8 * UInt64(index))) | UInt64(bytes[index]) << (8 * UInt64(index)) }
                look(word)
            }
        }
        return special ? .other : lower ? .lowerCase : .plain
    }

    /// Whether any byte of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & 0x8080_8080_8080_8080 != 0
    }

    /// Whether every byte is below 0x80, eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var combined: UInt64 = 0, offset = 0
        while offset + 8 <= bytes.count {
            combined |= base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            combined |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self))
            offset += 1
        }
        return combined & 0x8080_8080_8080_8080 == 0
    }

}
