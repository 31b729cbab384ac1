import Foundation

/// Reads holdings files as custodians, administrators and ETF sites export them.
///
/// The reader streams: memory does not grow with the file, whatever its size. It detects the
/// encoding, delimiter, decimal separator and header row, maps columns by header synonyms (or
/// an explicit mapping), and accounts for every physical line as a holding, a skipped line or
/// a rejected row.
public struct HoldingsReader: Sendable {
    public var options: HoldingsReadOptions
    /// How many threads read a large file: by default, one per core; 1 reads on the caller's thread only.
    public var threads: Int
    /// The size of the segments a large file is cut into for reading on several threads; 0 reads
    /// every file on one thread. Tests make it small to put many cuts into a small file.
    var segmentSize = 2 << 20

    public init(options: HoldingsReadOptions = HoldingsReadOptions(), threads: Int? = nil) {
        self.options = options
        self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Reads the file at `path`, handing each holding to `body` as soon as it is read.
    ///
    /// - Parameters:
    ///   - path: The holdings file.
    ///   - body: Called once per holding, in file order, on the caller's thread.
    /// - Returns: What was understood of the file, with every skipped and rejected line.
    /// - Throws: `HoldingsError` when the file cannot be read as holdings at all; rethrows
    ///   what `body` throws.
    public func read(_ path: String, _ body: (Holding) throws -> Void) throws -> HoldingsFileReport {
        try read(.file(path), body)
    }

    /// Reads `source` (a file, bytes or standard input), handing each holding to `body` as soon as it is read.
    ///
    /// - Parameters:
    ///   - source: The holdings input; its name is the `file` of every holding and report.
    ///   - body: Called once per holding, in file order, on the caller's thread.
    /// - Returns: What was understood of the input, with every skipped and rejected line.
    public func read(_ source: InputSource, _ body: (Holding) throws -> Void) throws -> HoldingsFileReport {
        try read(source, preparing: { { _ in () } }) { holding, _ in try body(holding) }
    }

    /// Reads the file at `path`, handing each holding to a consumer on the thread that read it:
    /// the fastest way to read a large file, for a caller that can take holdings on any thread
    /// in any order.
    ///
    /// - Parameters:
    ///   - path: The holdings file.
    ///   - prepare: Makes a thread's consumer (called once per reading thread). A holding's
    ///     `line` is final only in file-order reading; here it may count from where the thread started.
    /// - Returns: What was understood of the file, with every skipped and rejected line.
    public func read(_ source: InputSource, consumingOnReadingThreads prepare: @escaping @Sendable () -> (Holding) -> Void) throws -> HoldingsFileReport {
        try read(source, preparing: { () -> (Holding) -> Never? in
            let consume = prepare()
            return { holding in
                consume(holding)
                return nil
            }
        }) { _, _ in }
    }

    /// Reads `source`, working on each holding on the reading threads before handing it to `body`.
    ///
    /// A large file is read on `threads` threads (see `SegmentedHoldingsRead`). `prepare` is called once
    /// per thread for a `transform` that may keep its own state (a cache); it runs on the reading
    /// threads, possibly on work that is later thrown away, so it must have no other effects; and
    /// the `line` of the holding it sees may not be final yet (it can count from where the
    /// thread started reading). `body` gets every holding with its final line.
    ///
    /// - Parameters:
    ///   - source: The holdings input (a file, bytes or standard input).
    ///   - prepare: Makes a thread's `transform`: what to work out for a holding, or `nil` to drop it.
    ///   - progress: Called now and then on the caller's thread with how many bytes of the file have been read.
    ///   - body: Called for each holding `transform` kept, with its result, in file order, on the caller's thread.
    /// - Returns: What was understood of the file, with every skipped and rejected line.
    public func read<Output: Sendable>(_ source: InputSource, preparing prepare: @escaping @Sendable () -> (Holding) -> Output?,
                                       progress: ((Int) -> Void)? = nil,
                                       _ body: (Holding, Output) throws -> Void) throws -> HoldingsFileReport {
        let path = source.name
        let limits = options.limits
        let text = try TextSource(source, encoding: options.encoding, maximumBytes: limits.fileBytes)
        if text.firstChunk.isEmpty {
            throw HoldingsError(.empty, file: path, line: 1, column: 1, "the file is empty: expected \(HeaderRecognizer.expectation)")
        }
        try Self.rejectBinary(text.firstChunk, path: path)
        let delimiter = options.delimiter.flatMap(\.asciiValue) ?? LayoutSniffer.delimiter(in: text.firstChunk)
        let decimal = options.decimalSeparator.flatMap(\.asciiValue)
            ?? LayoutSniffer.decimalSeparator(in: text.firstChunk, delimiter: delimiter)
        var interpreter = HoldingsRecordInterpreter(
            path: path, encoding: text.encoding, delimiter: delimiter, decimalSeparator: decimal, options: options)
        if !text.isWholeFile && segmentSize > 0 && threads > 1, let size = text.splittableSize, let descriptor = text.descriptor {
            let segments = try FileSegments(descriptor: descriptor, path: path, size: size, dataStart: text.dataStart,
                                            firstSize: min(segmentSize, text.firstChunk.count), targetSize: segmentSize)
            let read = SegmentedHoldingsRead(segments: segments, delimiter: delimiter, limits: limits, threads: threads, prepare: prepare)
            interpreter.report = try read.run(&interpreter, progress: progress, body)
            return try interpreter.finish()
        }
        // A small file, a pipe or UTF-16: one parser on this thread.
        let transform = prepare()
        let parser = CSVParser(delimiter: delimiter, limits: limits)
        var open = CSVRecordBatch(), closed = CSVRecordBatch()
        func interpret(_ batch: CSVRecordBatch, unterminated: Bool) throws {
            try interpreter.consume(batch, lastRecordUnterminated: unterminated) { (holding: consuming Holding) in
                if let output = transform(holding) { try body(holding, output) }
            }
        }
        while true {
            let chunk = try text.nextChunk()
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { parser.parse($0, into: &open) }
            open.moveClosedRecords(to: &closed)
            try interpret(closed, unterminated: false)
            try interpreter.refuseOpenRecord(open, line: parser.openRecordLine)
            if interpreter.report.lines > limits.lines { throw interpreter.tooManyLines() }
            progress?(text.bytesRead)
        }
        let unterminated = parser.finish(into: &open)
        open.moveClosedRecords(to: &closed)
        try interpret(closed, unterminated: unterminated)
        if interpreter.report.lines > limits.lines { throw interpreter.tooManyLines() }
        var report = try interpreter.finish()
        report.sha256 = text.sha256
        return report
    }

    /// Reads every holding of the file at `path` into memory (for small files and tests).
    public func readAll(_ path: String) throws -> (holdings: [Holding], report: HoldingsFileReport) {
        try readAll(.file(path))
    }

    /// Reads every holding of `source` into memory (for small inputs and tests).
    public func readAll(_ source: InputSource) throws -> (holdings: [Holding], report: HoldingsFileReport) {
        var holdings: [Holding] = []
        let report = try read(source) { holdings.append($0) }
        return (holdings, report)
    }

    /// Refuses files with NUL bytes or many control characters: they are not text (a spreadsheet,
    /// a PDF). A few control characters in a text file are only odd values.
    private static func rejectBinary(_ bytes: [UInt8], path: String) throws(HoldingsError) {
        // Every byte below 0x20 but tab, line breaks, form feed and Ctrl-Z is a control; most files have none.
        var controls = 0, firstControl: Int?, firstNUL: Int?
        bytes.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset] < 0x20 {
                let byte = buffer[offset]
                if byte == 0 {
                    firstNUL = offset
                    return
                }
                if byte < 0x09 || (0x0E..<0x20).contains(byte) && byte != 0x1A {
                    controls += 1
                    firstControl = firstControl ?? offset
                }
            }
        }
        if let offset = firstNUL {
            let (line, column) = position(of: offset, in: bytes)
            throw HoldingsError(.binary, file: path, line: line, column: column,
                                "not a text file: byte 0x00 at offset \(offset); expected a CSV or delimited text export")
        }
        if controls >= 8 && controls * 100 > bytes.count, let firstControl {
            let (line, column) = position(of: firstControl, in: bytes)
            throw HoldingsError(.binary, file: path, line: line, column: column,
                                "not a text file: \(controls) control bytes in the first \(bytes.count); expected a CSV or delimited text export")
        }
    }

    /// The 1-based line and byte column of `offset` (lines end at LF, CRLF or a lone CR).
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A || (bytes[index] == 0x0D && bytes[index + 1] != 0x0A) {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
