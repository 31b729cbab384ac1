/// Turns parsed records into holdings, skipped lines and rejected rows.
struct HoldingsRecordInterpreter {
    let path: String
    let portfolio: String
    private let recognizer: HeaderRecognizer
    private let headerLineOption: Int?
    let limits: ReadLimits
    var report: HoldingsFileReport
    /// The report as it starts, without counts or warnings: the start of each part (see `beginPart`).
    private let emptyPart: HoldingsFileReport
    var decoder: FieldDecoder
    let numbers: NumberParser
    /// Gathers the values of the record being read into a holding.
    var builder: HoldingBuilder
    var layout: Layout?
    /// Records above the header, kept until the header is found (a bounded number).
    private var preamble: [(firstLine: Int, lastLine: Int, cells: [String])] = []
    /// Each distinct exchange text seen (up to `exchangesRemembered`), with its market's position
    /// in `MarketDirectory.all` and MIC.
    var marketsByExchange: [ExchangeMarket] = []
    /// The market of the row being read, from its exchange column, as a position in
    /// `MarketDirectory.all`: an index, not a `Market`, because copying a `Market` (three
    /// strings and three arrays) per row cost more than reading the rest of the row.
    var rowMarketIndex: Int?

    /// What an exchange column's text names.
    struct ExchangeMarket {
        var bytes: [UInt8]
        /// The market's position in `MarketDirectory.all`.
        var index: Int?
        var mic: String?
        /// The position of the market `mic` names, as `Holding` keeps it.
        var micMarketIndex: Int32
    }

    /// How many non-blank records may stand above the header before the file is refused.
    static let maximumPreambleRecords = 200

    /// The header and where the roles are.
    ///
    /// A class, so that reading a row takes one reference, not one per array; each thread
    /// has its own copy (see `forked`), so that the two never count references to one object.
    final class Layout {
        let headerLine: Int?
        let headerCells: [String]
        /// The header's cells as trimmed, lower-cased bytes, to spot the header repeated.
        let headerBytes: [[UInt8]]
        let roles: [(column: HoldingColumn, index: Int)]
        /// The highest column index a role uses.
        let lastRoleIndex: Int

        init(headerLine: Int?, headerCells: [String], headerBytes: [[UInt8]], roles: [(column: HoldingColumn, index: Int)], lastRoleIndex: Int) {
            self.headerLine = headerLine
            self.headerCells = headerCells
            self.headerBytes = headerBytes
            self.roles = roles
            self.lastRoleIndex = lastRoleIndex
        }

        /// A copy with arrays of its own.
        func copy() -> Layout {
            Layout(headerLine: headerLine, headerCells: headerCells.map { String(decoding: Array($0.utf8), as: UTF8.self) },
                   headerBytes: headerBytes.map { $0.map { $0 } }, roles: roles.map { $0 }, lastRoleIndex: lastRoleIndex)
        }
    }

    init(path: String, encoding: TextEncoding, delimiter: UInt8, decimalSeparator: UInt8, options: HoldingsReadOptions) {
        self.path = path
        portfolio = options.portfolio ?? InputSource.stem(of: path)
        recognizer = HeaderRecognizer(explicitColumns: options.columns)
        headerLineOption = options.headerLine
        limits = options.limits
        report = HoldingsFileReport(path: path, encoding: encoding, delimiter: String(UnicodeScalar(delimiter)),
                                    decimalSeparator: String(UnicodeScalar(decimalSeparator)), headerLine: nil, columns: [])
        decoder = FieldDecoder(isWindows1252: encoding == .windows1252)
        numbers = NumberParser(decimalSeparator: decimalSeparator)
        builder = HoldingBuilder(file: path, portfolio: portfolio)
        emptyPart = report
        if encoding == .windows1252 {
            report.warnings.append("the bytes are not valid UTF-8; read as Windows-1252")
        }
    }

    mutating func consume(_ batch: CSVRecordBatch, lastRecordUnterminated: Bool, _ body: (consuming Holding) throws -> Void) throws {
        let overLimits = batch.overLimits
        var nextOverLimit = 0
        try batch.withFields { fields in
            for (position, record) in batch.records.enumerated() {
                report.lines = record.lastLine
                if nextOverLimit < overLimits.count && overLimits[nextOverLimit].record == position {
                    try handle(overLimits[nextOverLimit].limit, record, fields)
                    nextOverLimit += 1
                } else if lastRecordUnterminated && position == batch.records.count - 1 {
                    rejectUnterminated(record, fields)
                } else if layout != nil {
                    try interpretData(record, fields, body)
                } else if headerLineOption == 0 {
                    try adoptHeader(cells: [], line: nil)
                    try interpretData(record, fields, body)
                } else {
                    try seekHeader(record, fields)
                }
            }
        }
    }

    /// Starts counting a part of the file apart, with line numbers as its parser gives them;
    /// `HoldingsFileReport.append(_:lineOffset:)` puts the parts together.
    mutating func beginPart() {
        report = emptyPart
        decoder.firstInvalidUTF8Line = nil
    }

    /// What was read since `beginPart`, and the first line in it that was not valid UTF-8.
    mutating func endPart() -> (report: HoldingsFileReport, firstInvalidUTF8Line: Int?) {
        defer { beginPart() }
        return (report, decoder.firstInvalidUTF8Line)
    }

    /// A copy for another thread, once the header is known: same layout, its own report and buffers.
    func forked() -> HoldingsRecordInterpreter {
        var copy = self
        copy.builder = HoldingBuilder(file: path, portfolio: portfolio)
        copy.layout = layout?.copy()
        copy.marketsByExchange = []
        copy.decoder = FieldDecoder(isWindows1252: decoder.isWindows1252)
        copy.preamble = []
        copy.beginPart()
        return copy
    }

    /// Ends the file; throws when no header was ever found.
    mutating func finish() throws(HoldingsError) -> HoldingsFileReport {
        if layout == nil {
            if preamble.allSatisfy({ $0.cells.allSatisfy(\.isEmpty) }) && headerLineOption != 0 {
                throw HoldingsError(.empty, file: path, line: 1, column: 1, "the file has only blank lines: expected \(HeaderRecognizer.expectation)")
            }
            try noHeader(line: preamble.first?.firstLine)
        }
        if let line = decoder.firstInvalidUTF8Line {
            report.warnings.append("line \(line) and maybe others are not valid UTF-8; such values were read as Windows-1252")
        }
        if report.holdings == 0 {
            report.warnings.append("no holdings below the header")
        }
        return report
    }

    // MARK: - Header

    private mutating func seekHeader(_ record: CSVRecordBatch.Record, _ fields: CSVFields) throws(HoldingsError) {
        let cells = (0..<record.fieldCount).map { index in
            decoder.text(FieldDecoder.trimmed(fields[record.firstField + index]), line: record.firstLine)
        }
        let isBlank = cells.allSatisfy(\.isEmpty)
        let isHeader: Bool
        if let line = headerLineOption {
            isHeader = record.firstLine == line
        } else {
            isHeader = !isBlank && recognizer.roles(ofCandidate: cells) != nil
        }
        guard isHeader else {
            if !isBlank && preamble.count >= Self.maximumPreambleRecords { try noHeader(line: preamble.first?.firstLine) }
            if let line = headerLineOption, record.firstLine > line {
                throw HoldingsError(.noHeader, file: path, line: line, "line \(line), named as the header, is inside a record that starts on line \(record.firstLine)")
            }
            preamble.append((record.firstLine, record.lastLine, cells))
            return
        }
        for entry in preamble {
            let blank = entry.cells.allSatisfy(\.isEmpty)
            report.skip(entry.firstLine, entry.lastLine, blank ? .blank : .preamble)
        }
        preamble.removeAll()
        try adoptHeader(cells: cells, line: record.firstLine)
        report.skip(record.firstLine, record.lastLine, .header)
    }

    private mutating func adoptHeader(cells: [String], line: Int?) throws(HoldingsError) {
        let roles = try recognizer.roles(ofHeader: cells, line: line ?? 0, file: path)
        let width = max(cells.count, (roles.keys.max() ?? -1) + 1)
        report.headerLine = line
        report.columns = (0..<width).map { index in
            ColumnAssignment(index: index + 1, header: index < cells.count ? cells[index] : "", role: roles[index])
        }
        let sorted = roles.sorted { $0.key < $1.key }.map { (column: $0.value, index: $0.key) }
        guard sorted.contains(where: { $0.column.identifiesSecurity }) else {
            throw HoldingsError(.noHeader, file: path, line: line,
                                "no column identifies the security: expected one of Ticker, ISIN, CUSIP, SEDOL, FIGI, LEI or Name")
        }
        layout = Layout(headerLine: line, headerCells: cells,
                        headerBytes: cells.map { Array($0.lowercased().utf8) }, roles: sorted,
                        lastRoleIndex: sorted.map(\.index).max() ?? 0)
    }

    private func noHeader(line: Int?) throws(HoldingsError) -> Never {
        throw HoldingsError(.noHeader, file: path, line: line, column: line.map { _ in 1 },
                            "no header row found in the first \(Self.maximumPreambleRecords) rows: expected \(HeaderRecognizer.expectation); "
                            + "name the columns with --column ROLE=HEADER or a mapping file")
    }
}
