/// One OFAC legacy CSV file read into records of trimmed fields, with physical line numbers.
///
/// Handles what the real files contain: no header, CRLF or LF line ends, quoted or unquoted
/// fields, a trailing 0x1A (Ctrl-Z) byte, blank lines, and Windows-1252 bytes, as ``CSVTable`` reads
/// every small CSV file. The `-0-` null becomes `nil`.
struct OFACCSVFile {
    struct Record {
        /// The 1-based physical line where the record starts.
        var line: Int
        /// Trimmed fields; `nil` for OFAC's `-0-` null.
        var fields: [String?]
        /// The last field before trimming: remarks, whose spill-over must be joined byte-exactly.
        var rawLastField: String
    }

    /// The source's display name: the path, for a file on disk.
    let path: String
    let records: [Record]
    /// The number of fields each record must have (set by the reader from the file's role).
    var expectedColumns = 0
    /// The raw bytes' SHA-256, lower-case hex.
    let sha256: String

    /// Reads and parses `source`, naming it by its display name.
    ///
    /// - Throws: `ListLoadError` when the source cannot be read or ends inside a quoted field.
    init(_ source: InputSource) throws(ListLoadError) {
        let path = source.name
        let bytes: [UInt8]
        do { bytes = try source.readAll(limit: .max) } catch {
            throw ListLoadError(.unreadableFile, "cannot read \(path)", at: SourceLocation(file: path))
        }
        self.path = path
        self.sha256 = bytes.withUnsafeBytes(FileDigest.sha256)
        let table = CSVTable(bytes)
        if let line = table.unterminatedLine {
            throw ListLoadError(.unterminatedQuote,
                                "the file ends inside a quoted field (truncated file?); the quote opens on this line",
                                at: SourceLocation(file: path, line: line))
        }
        records = table.rows.map { row in
            Record(line: row.line, fields: row.fields.map(OFACCSVFile.value), rawLastField: row.fields.last ?? "")
        }
    }

    /// Trims spaces (and a stray Ctrl-Z) and maps `-0-` and empty fields to `nil`.
    static func value(_ text: String) -> String? {
        let trimmed = CSVTable.trimmed(text)
        return trimmed.isEmpty || trimmed == "-0-" ? nil : trimmed
    }
}
