/// Turns field bytes into trimmed text, decoding Windows-1252 where the bytes are not UTF-8
/// and sharing one `String` for values that repeat among few (exchanges, countries, classes).
struct FieldDecoder {
    /// Whether the whole file was detected as Windows-1252.
    let isWindows1252: Bool
    /// The first line whose bytes were not valid UTF-8 in a file detected as UTF-8.
    var firstInvalidUTF8Line: Int?
    private var interner = StringInterner()

    init(isWindows1252: Bool) {
        self.isWindows1252 = isWindows1252
    }

    /// The bytes without surrounding spaces, tabs, no-break spaces and control characters.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end {
            let byte = bytes[start]
            if byte <= 0x20 { start += 1 } else if byte == 0xC2 && start + 1 < end && bytes[start + 1] == 0xA0 { start += 2 } else { break }
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte <= 0x20 { end -= 1 } else if byte == 0xA0 && end - 1 > start && bytes[end - 2] == 0xC2 { end -= 2 } else { break }
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

    /// The text of trimmed bytes, shared with earlier fields that had the same bytes.
    mutating func internedText(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> String {
        if bytes.count <= 15 { return text(bytes, line: line) }  // small strings need no allocation
        var invalidUTF8 = false
        let windows1252 = isWindows1252
        let value = interner.string(for: bytes) { Self.decode($0, isWindows1252: windows1252, invalidUTF8: &invalidUTF8) }
        if invalidUTF8 && firstInvalidUTF8Line == nil { firstInvalidUTF8Line = line }
        return value
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

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }

}
