/// Streams a CSV input record by record through libcsv, in bounded memory: for large reference
/// files read once (GLEIF relationships, the ISIN→LEI mapping), where `CSVTable` would hold every
/// row as text.
///
/// Blank records are skipped; a record that breaks a read limit or a quote left open at the end
/// is an `InputError` naming the line.
enum CSVRecordStream {
    /// One record, valid only during the call it is handed to.
    struct Row {
        fileprivate let fields: CSVFields
        fileprivate let first: Int
        /// The number of fields.
        let count: Int
        /// The 1-based physical line the record starts on.
        let line: Int

        /// The bytes of field `index` (0-based), empty past the last field.
        subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            index < count ? fields[first + index] : UnsafeBufferPointer(start: nil, count: 0)
        }

        /// Field `index` as trimmed text (UTF-8, or Windows-1252 when not valid UTF-8).
        func text(_ index: Int) -> String {
            let bytes = self[index]
            return CSVTable.text(UnsafeBufferPointer(rebasing: bytes[CSVTable.trimmedRange(bytes)]))
        }
    }

    /// Reads `source`, calling `body` for each non-blank record in file order.
    ///
    /// - Returns: the SHA-256 of the input's bytes.
    /// - Throws: `InputError` when the input cannot be read, a record breaks `limits`, or a
    ///   quoted field is never closed; rethrows what `body` throws.
    static func read(_ source: InputSource, limits: ReadLimits = .standard,
                     _ body: (Row) throws -> Void) throws -> String {
        let text = try TextSource(source, maximumBytes: limits.fileBytes)
        let parser = CSVParser(delimiter: UInt8(ascii: ","), limits: limits)
        var open = CSVRecordBatch(), closed = CSVRecordBatch()
        func deliver() throws {
            let overLimits = Dictionary(closed.overLimits.map { ($0.record, $0.limit) }, uniquingKeysWith: { first, _ in first })
            try closed.withFields { fields in
                for (position, record) in closed.records.enumerated() where record.fieldCount > 0 {
                    if let limit = overLimits[position] {
                        throw InputError(.tooLarge, file: source.name, line: record.firstLine, column: limit.column,
                                         "\(limit) (the most a reference file may have)")
                    }
                    let row = Row(fields: fields, first: record.firstField, count: record.fieldCount, line: record.firstLine)
                    if row.count == 1 && CSVTable.trimmedRange(row[0]).isEmpty { continue }
                    try body(row)
                }
            }
        }
        while true {
            let chunk = try text.nextChunk()
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { parser.parse($0, into: &open) }
            open.moveClosedRecords(to: &closed)
            try deliver()
        }
        let unterminated = parser.finish(into: &open)
        open.moveClosedRecords(to: &closed)
        if unterminated {
            throw InputError(.unterminatedQuote, file: source.name, line: closed.records.last?.firstLine,
                             "a quoted field is never closed")
        }
        try deliver()
        return text.sha256
    }
}

extension CSVRecordBatch.OverLimit: CustomStringConvertible {
    /// The 1-based column to blame, when one value is to blame.
    var column: Int? {
        if case .field(let column) = self { column } else { nil }
    }

    var description: String {
        switch self {
        case .field(let column): "a value in column \(column) is too long"
        case .line: "the row is too long"
        case .columns: "the row has too many values"
        }
    }
}
