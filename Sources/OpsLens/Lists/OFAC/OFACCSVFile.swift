import Foundation

/// One OFAC legacy CSV file read into records of trimmed fields, with physical line numbers.
///
/// Handles what the real files contain: no header, CRLF or LF line ends, quoted or unquoted
/// fields, a trailing 0x1A (Ctrl-Z) byte, blank lines, and Windows-1252 bytes (any field that
/// is not valid UTF-8 is decoded as Windows-1252). The `-0-` null becomes `nil`.
struct OFACCSVFile {
    struct Record {
        /// The 1-based physical line where the record starts.
        var line: Int
        /// Trimmed fields; `nil` for OFAC's `-0-` null.
        var fields: [String?]
        /// Fields before trimming, for remarks whose spill-over must be joined byte-exactly.
        var rawFields: [String]
    }

    let path: String
    let records: [Record]
    /// The raw bytes' SHA-256, lower-case hex.
    let sha256: String

    /// Reads and parses the file at `path`.
    ///
    /// - Throws: `ListLoadError` when the file cannot be read or ends inside a quoted field.
    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ListLoadError(.unreadableFile, "cannot read \(path)", at: SourceLocation(file: path))
        }
        self.path = path
        self.sha256 = FileDigest.sha256(data)
        let parser = CSVParser(delimiter: UInt8(ascii: ","))
        var batch = CSVRecordBatch()
        let unterminated = data.withUnsafeBytes { bytes -> Bool in
            parser.parse(bytes, into: &batch)
            return parser.finish(into: &batch)
        }
        var records: [Record] = []
        records.reserveCapacity(batch.count)
        for record in batch.records {
            if record.fieldCount == 0 { continue }  // blank line
            var raw: [String] = []
            raw.reserveCapacity(record.fieldCount)
            for index in record.firstField..<(record.firstField + record.fieldCount) {
                raw.append(batch.withField(index) { OFACCSVFile.decode($0) })
            }
            if raw.count == 1, raw[0].trimmingCharacters(in: .whitespaces) == "\u{1A}" { continue }  // Ctrl-Z end marker
            if raw.count == 1, raw[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            records.append(Record(line: record.firstLine, fields: raw.map(OFACCSVFile.value), rawFields: raw))
        }
        if unterminated {
            let line = batch.records.last?.firstLine
            throw ListLoadError(.unterminatedQuote,
                                "the file ends inside a quoted field (truncated file?); the quote opens on this line",
                                at: SourceLocation(file: path, line: line))
        }
        self.records = records
    }

    /// UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if UTF8Validation.isValid(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return UTF8Validation.decodeWindows1252(bytes)
    }

    /// Trims spaces (and a stray Ctrl-Z) and maps `-0-` and empty fields to `nil`.
    static func value(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: trimmedCharacters)
        return trimmed.isEmpty || trimmed == "-0-" ? nil : trimmed
    }

    private static let trimmedCharacters = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{1A}"))
}
