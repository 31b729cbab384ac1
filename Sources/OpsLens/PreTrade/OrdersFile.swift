/// An orders CSV (`--orders FILE.csv`): a header naming the order fields, one order per row.
///
/// Read with the same CSV machinery as holdings files — encoding and delimiter detected, libcsv
/// with physical line numbers, quoted fields over several lines — and checked row by row: a row
/// that is not an order becomes an error with its line and column, the others are orders.
/// Headers are matched loosely (`Side`, `Action`; `Qty`; `Security`, `Ticker`, `ISIN`; `Name`;
/// `Account`, `Portfolio`; `Order ID`; `Trade Date`; `Price`; `Currency`).
public struct OrdersFile: Sendable {
    /// One row: an order, or why the row is not one.
    public struct Row: Sendable {
        public var line: Int
        public var order: Result<Order, OrderError>
    }

    public var path: String
    /// Every row after the header that is not blank, in file order.
    public var rows: [Row]

    /// Reads the file at `path`.
    public init(contentsOf path: String) throws(InputError) {
        try self.init(.file(path))
    }

    /// Reads an orders file from a file, bytes or standard input.
    ///
    /// - Throws: `InputError` when the file cannot be read, or its header names no side, quantity
    ///   or security column.
    public init(_ input: InputSource) throws(InputError) {
        let path = input.name
        self.path = path
        let source = try TextSource(input)
        let delimiter = LayoutSniffer.delimiter(in: source.firstChunk)
        let parser = CSVParser(delimiter: delimiter)
        var batch = CSVRecordBatch()
        while true {
            let chunk = try source.nextChunk()
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { parser.parse($0, into: &batch) }
        }
        let unterminated = parser.finish(into: &batch)
        let isWindows1252 = source.encoding == .windows1252
        var records: [(line: Int, cells: [String])] = []
        batch.withFields { fields in
            for record in batch.records where record.fieldCount > 0 {
                let cells = (0..<record.fieldCount).map { position in
                    let bytes = fields[record.firstField + position]
                    return isWindows1252 ? String(bytes.map { Character(Unicode.Scalar($0)) })
                                         : String(decoding: bytes, as: UTF8.self)
                }
                if cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    records.append((record.firstLine, cells))
                }
            }
        }
        guard let header = records.first else { throw InputError(.empty, file: path, "the orders file has no header and no orders") }
        let columns = header.cells.map(OrderFields.Field.named)
        for required in [OrderFields.Field.side, .quantity] where !columns.contains(required) {
            throw InputError(.noHeader, file: path, line: header.line,
                             "the header has no \(required.rawValue) column; expected columns such as Side, Quantity, Security")
        }
        guard columns.contains(.security) || columns.contains(.name) else {
            throw InputError(.noHeader, file: path, line: header.line,
                             "the header has no security column; expected Security, Ticker, ISIN or Name")
        }
        rows = records.dropFirst().map { record in
            guard record.cells.count == header.cells.count else {
                return Row(line: record.line, order: .failure(OrderError(
                    .badOrder, file: path, line: record.line,
                    "the row has \(record.cells.count) fields, the header \(header.cells.count)")))
            }
            var fields = OrderFields()
            for (position, cell) in record.cells.enumerated() {
                if let field = columns[position] { fields.set(field, cell, column: position + 1) }
            }
            do throws(OrderError) {
                return Row(line: record.line, order: .success(try fields.order(source: path, line: record.line)))
            } catch {
                return Row(line: record.line, order: .failure(error))
            }
        }
        if unterminated, let last = rows.indices.last {
            rows[last].order = .failure(OrderError(.badOrder, file: path, line: rows[last].line,
                                                   "a quoted field is not closed before the end of the file"))
        }
    }
}
