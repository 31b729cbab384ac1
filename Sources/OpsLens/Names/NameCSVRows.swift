/// CSV rows as strings, through the libcsv layer, for the small files the name tools read.
package enum NameCSVRows {
    /// The non-blank records of `bytes` with the physical line each starts on.
    ///
    /// A UTF-8 byte-order mark is skipped; fields that are not valid UTF-8 are read as Windows-1252/Latin-1
    /// (as the 2018 OFAC files need).
    /// - Returns: the rows and whether the input ended inside a quoted field.
    package static func parse(_ bytes: [UInt8]) -> (rows: [(fields: [String], line: Int)], unterminated: Bool) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let parser = CSVParser(delimiter: UInt8(ascii: ","))
        var batch = CSVRecordBatch()
        bytes[start...].withUnsafeBytes { parser.parse($0, into: &batch) }
        let unterminated = parser.finish(into: &batch)
        var rows: [(fields: [String], line: Int)] = []
        rows.reserveCapacity(batch.count)
        for record in batch.records where record.fieldCount > 0 {
            let fields = (0..<record.fieldCount).map { offset in
                batch.withField(record.firstField + offset) { field in
                    UTF8Validation.isValid(field) ? String(decoding: field, as: UTF8.self)
                        : String(String.UnicodeScalarView(field.map { Unicode.Scalar($0) }))
                }
            }
            if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            rows.append((fields, record.firstLine))
        }
        return (rows, unterminated)
    }

    /// `text` without leading and trailing white space.
    package static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
