import Crypto

extension HoldingsRecordInterpreter {
    /// A record that broke a limit: a rejected row below the header; above it (where the file is
    /// not yet understood) the file is refused.
    mutating func handle(_ limit: CSVRecordBatch.OverLimit, _ record: CSVRecordBatch.Record, _ fields: CSVFields) throws(HoldingsError) {
        let (column, problem) = Self.describe(limit, limits)
        guard let layout else {
            throw HoldingsError(.tooLarge, file: path, line: record.firstLine, column: column,
                                "line \(record.firstLine) has \(problem), and no header was found above it: not a holdings file, or raise the limit")
        }
        let name = column.map { index in
            index <= layout.headerCells.count && !layout.headerCells[index - 1].isEmpty ? " (\(layout.headerCells[index - 1]))" : ""
        } ?? ""
        report.reject(record.firstLine, record.lastLine, column: column,
                      "\(limit.blamesColumn ? "column \(column ?? 0)\(name)" : "the row") has \(problem): the row was not read",
                      content: Self.content(of: record, fields, overLimit: limit))
    }

    /// Refuses the file at once when the record still open above the header has already broken a
    /// limit (a file of one endless line, a header of a million columns), rather than reading on.
    func refuseOpenRecord(_ open: CSVRecordBatch, line: Int) throws(HoldingsError) {
        guard layout == nil, let limit = open.openRecordOverLimit else { return }
        let (column, problem) = Self.describe(limit, limits)
        throw HoldingsError(.tooLarge, file: path, line: line, column: column ?? 1,
                            "line \(line) has \(problem), and no header was found above it: not a holdings file, or raise the limit")
    }

    /// The error for a file with more lines than it may have.
    func tooManyLines() -> HoldingsError {
        HoldingsError(.tooLarge, file: path, line: limits.lines + 1, column: 1,
                      "the file has more than \(limits.lines) lines, the most read (--max-lines)")
    }

    /// What an over-limit row holds, for `RejectedRow.content`: its values with the one too long
    /// left out, or for a row too long or wide as a whole (whose values were dropped where the
    /// reading happened to notice) only which limit it broke. Either way, the same wherever the
    /// file was cut for reading.
    private static func content(of record: CSVRecordBatch.Record, _ fields: CSVFields, overLimit: CSVRecordBatch.OverLimit) -> String {
        var hasher = SHA256()
        guard case .field(let column) = overLimit else {
            hasher.update(data: Array("over the limit: \(overLimit)".utf8))
            return String(FileDigest.hex(hasher.finalize()).prefix(16))
        }
        for index in 0..<record.fieldCount where index != column - 1 {
            if index > 0 { hasher.update(data: [0x1F]) }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(FieldDecoder.trimmed(fields[record.firstField + index])))
        }
        return String(FileDigest.hex(hasher.finalize()).prefix(16))
    }

    private static func describe(_ limit: CSVRecordBatch.OverLimit, _ limits: ReadLimits) -> (column: Int?, problem: String) {
        switch limit {
        case .field(let column):
            (column, "a value longer than \(describeBytes(limits.fieldBytes)) (the most read: --max-field-size)")
        case .line:
            (nil, "more than \(describeBytes(limits.lineBytes)) of values (the most read: --max-line-size)")
        case .columns:
            (limits.columns + 1, "more than \(limits.columns) values (the most read: --max-columns)")
        }
    }
}
