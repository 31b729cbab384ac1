/// The character encoding a text file was written in, as OpsLens detected or was told.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-8 with a byte-order mark (EF BB BF), as Excel and many web downloads write it.
    case utf8BOM = "UTF-8 with BOM"
    /// UTF-16 little-endian with a byte-order mark (Excel's "Unicode text").
    case utf16LE = "UTF-16LE"
    /// UTF-16 big-endian with a byte-order mark.
    case utf16BE = "UTF-16BE"
    /// Windows-1252, assumed when the bytes are not valid UTF-8.
    case windows1252 = "Windows-1252"

    /// The length of the byte-order mark this encoding starts with.
    var byteOrderMarkLength: Int {
        switch self {
        case .utf8BOM: 3
        case .utf16LE, .utf16BE: 2
        case .utf8, .windows1252: 0
        }
    }

    /// Detects the encoding from the first bytes of a file.
    ///
    /// A byte-order mark decides; without one, the bytes are UTF-8 when they validate
    /// (a multi-byte sequence cut off at the end of `prefix` is allowed) and Windows-1252 otherwise.
    static func detect(prefix: UnsafeRawBufferPointer, isWholeFile: Bool) -> TextEncoding {
        let bytes = prefix.bindMemory(to: UInt8.self)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return UTF8Validation.isValid(bytes, allowTruncatedEnd: !isWholeFile) ? .utf8 : .windows1252
    }
}

/// UTF-8 validation and Windows-1252 decoding for bytes that are not valid UTF-8.
enum UTF8Validation {
    /// Whether `bytes` are well-formed UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool = false) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            if index + length > count { return allowTruncatedEnd && isValidPrefix(bytes, from: index) }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    private static func isValidPrefix(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        for position in (index + 1)..<bytes.count where bytes[position] & 0xC0 != 0x80 { return false }
        return true
    }

    /// Decodes bytes as Windows-1252 (bytes 0x80–0x9F are the code page's punctuation).
    static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252High[Int(byte - 0x80)]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Windows-1252 code points for bytes 0x80–0x9F; undefined bytes map to their C1 control.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
