/// A small CSV file read whole into rows of text, through the libcsv layer, with one encoding policy.
///
/// For the small files read at once (OFAC's legacy CSV, name pairs, GLEIF relationships), not for holdings:
/// a UTF-8 byte-order mark is skipped; a field that is valid UTF-8 is read as UTF-8, any other as Windows-1252
/// (as OFAC's older files need). Blank rows (no field holds more than spaces, tabs, line breaks or the
/// Ctrl-Z end marker) are left out.
package struct CSVTable: Sendable {
    /// A row and the 1-based physical line it starts on.
    package struct Row: Sendable {
        package var fields: [String]
        package var line: Int
    }

    /// The non-blank rows, in file order.
    package var rows: [Row]
    /// The line where a quoted field opens that the input ends inside (a truncated file), or nil.
    package var unterminatedLine: Int?

    /// Whether the input ends inside a quoted field.
    package var unterminated: Bool { unterminatedLine != nil }

    /// Parses `bytes` with fields separated by `delimiter`.
    package init(_ bytes: some Collection<UInt8>, delimiter: UInt8 = UInt8(ascii: ",")) {
        let parser = CSVParser(delimiter: delimiter)
        var batch = CSVRecordBatch()
        let content = Array(bytes)
        let start = content.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        content[start...].withUnsafeBytes { parser.parse($0, into: &batch) }
        let unterminated = parser.finish(into: &batch)
        var rows: [Row] = []
        rows.reserveCapacity(batch.count)
        for record in batch.records where record.fieldCount > 0 {
            let range = record.firstField..<(record.firstField + record.fieldCount)
            if range.allSatisfy({ batch.withField($0, Self.isBlank) }) { continue }
            rows.append(Row(fields: range.map { batch.withField($0, Self.text) }, line: record.firstLine))
        }
        self.rows = rows
        self.unterminatedLine = unterminated ? batch.records.last?.firstLine : nil
    }

    /// The text of a field: UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise.
    package static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if UTF8Validation.isValid(bytes) { return String(decoding: bytes, as: UTF8.self) }
        return UTF8Validation.decodeWindows1252(bytes)
    }

    /// The range of `bytes` without leading and trailing spaces, tabs, line breaks and Ctrl-Z.
    package static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end, isTrimmed(bytes[start]) { start += 1 }
        while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// `text` without leading and trailing spaces, tabs, line breaks and Ctrl-Z.
    package static func trimmed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmedRange(bytes)]), as: UTF8.self) }
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        trimmedRange(bytes).isEmpty
    }

    private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x1A
    }
}

extension InputError.Code {
    /// A quoted field is never closed (a truncated file).
    public static let unterminatedQuote = Self(name: "unterminated-quote")
    /// A column the reader needs is not in the header.
    public static let missingColumn = Self(name: "missing-column")
}
