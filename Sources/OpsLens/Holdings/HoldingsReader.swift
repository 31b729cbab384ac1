/// Reads holdings files as custodians, administrators and ETF sites export them.
///
/// The reader streams: memory does not grow with the file, whatever its size. It detects the
/// encoding, delimiter, decimal separator and header row, maps columns by header synonyms (or
/// an explicit mapping), and accounts for every physical line as a holding, a skipped line or
/// a rejected row.
public struct HoldingsReader: Sendable {
    public var options: HoldingsReadOptions

    public init(options: HoldingsReadOptions = HoldingsReadOptions()) {
        self.options = options
    }

    /// Reads the file at `path`, handing each holding to `body` as soon as it is read.
    ///
    /// - Parameters:
    ///   - path: The holdings file.
    ///   - body: Called once per holding, in file order.
    /// - Returns: What was understood of the file, with every skipped and rejected line.
    /// - Throws: `HoldingsError` when the file cannot be read as holdings at all; rethrows
    ///   what `body` throws.
    public func read(_ path: String, _ body: (Holding) throws -> Void) throws -> HoldingsFileReport {
        let source = try TextFileSource(path: path, encoding: options.encoding)
        if source.firstChunk.isEmpty {
            throw HoldingsError(.empty, file: path, "the file is empty: expected \(HeaderRecognizer.expectation)")
        }
        try Self.rejectBinary(source.firstChunk, path: path)
        let delimiter = options.delimiter.flatMap(\.asciiValue) ?? LayoutSniffer.delimiter(in: source.firstChunk)
        let decimal = options.decimalSeparator.flatMap(\.asciiValue)
            ?? LayoutSniffer.decimalSeparator(in: source.firstChunk, delimiter: delimiter)
        var interpreter = HoldingsRecordInterpreter(
            path: path, encoding: source.encoding, delimiter: delimiter, decimalSeparator: decimal, options: options)
        let parser = CSVParser(delimiter: delimiter)
        if source.isWholeFile {
            var batch = CSVRecordBatch()
            source.firstChunk.withUnsafeBytes { parser.parse($0, into: &batch) }
            let unterminated = parser.finish(into: &batch)
            try interpreter.consume(batch, lastRecordUnterminated: unterminated, body)
        } else {
            // Large file: parse on the other core while this thread builds holdings.
            let pipeline = RecordBatchPipeline(source: source, parser: parser)
            defer { pipeline.cancel() }
            while let item = try pipeline.next() {
                try interpreter.consume(item.batch, lastRecordUnterminated: item.endsInUnterminatedQuote, body)
                pipeline.recycle(item.batch)
            }
        }
        var report = try interpreter.finish()
        report.sha256 = source.sha256
        return report
    }

    /// Reads every holding of the file at `path` into memory (for small files and tests).
    public func readAll(_ path: String) throws -> (holdings: [Holding], report: HoldingsFileReport) {
        var holdings: [Holding] = []
        let report = try read(path) { holdings.append($0) }
        return (holdings, report)
    }

    /// Refuses files with NUL bytes or many control characters: they are not text.
    private static func rejectBinary(_ bytes: [UInt8], path: String) throws(HoldingsError) {
        var controls = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == 0 {
                throw HoldingsError(.binary, file: path,
                                    "not a text file: byte 0x00 at offset \(offset); expected a CSV or delimited text export")
            }
            if byte < 0x09 || (0x0E..<0x20).contains(byte) && byte != 0x1A { controls += 1 }
        }
        if controls * 100 > bytes.count {
            throw HoldingsError(.binary, file: path,
                                "not a text file: \(controls) control bytes in the first \(bytes.count); expected a CSV or delimited text export")
        }
    }
}
