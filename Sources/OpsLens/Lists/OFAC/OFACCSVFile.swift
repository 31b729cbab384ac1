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
        /// The last field before trimming: remarks, whose spill-over must be joined byte-exactly.
        var rawLastField: String
    }

    let path: String
    let records: [Record]
    /// The number of fields each record must have (set by the reader from the file's role).
    var expectedColumns = 0
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
            let first = record.firstField
            if record.fieldCount == 1, batch.withField(first, { OFACCSVFile.trimmedRange($0).isEmpty }) {
                continue  // the Ctrl-Z end marker, or a line of spaces
            }
            var fields: [String?] = []
            fields.reserveCapacity(record.fieldCount)
            for index in first..<(first + record.fieldCount) {
                fields.append(batch.withField(index) { OFACCSVFile.value($0) })
            }
            let last = batch.withField(first + record.fieldCount - 1) { OFACCSVFile.decode($0) }
            records.append(Record(line: record.firstLine, fields: fields, rawLastField: last))
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
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let range = trimmedRange(bytes)
        if range.isEmpty { return nil }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[range])
        if trimmed.count == 3, trimmed[0] == 0x2D, trimmed[1] == 0x30, trimmed[2] == 0x2D { return nil }  // -0-
        return decode(trimmed)
    }

    /// Trims spaces (and a stray Ctrl-Z) from text and maps `-0-` and empty text to `nil`.
    static func value(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { value($0) }
    }

    /// The range of `bytes` without leading and trailing spaces, tabs, line breaks and Ctrl-Z.
    static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        func isTrimmed(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x1A }
        var start = 0
        var end = bytes.count
        while start < end, isTrimmed(bytes[start]) { start += 1 }
        while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}
