import CLibCSV

/// Streams bytes through libcsv and groups its fields into records that know their physical lines.
///
/// libcsv does not report line numbers and skips blank lines, so the parser runs it with
/// `CSV_REPALL_NL` (every unquoted CR or LF is reported) and counts the line breaks itself,
/// including those inside quoted fields. A record's line is the 1-based physical line where
/// its first field starts.
///
/// Limits (`ReadLimits`: value, row and column counts) are checked where the lengths are known
/// anyway — a field's length in its callback, a record's size when it closes, and the field
/// libcsv is still gathering after each chunk — so they cost nothing per byte. A record that
/// breaks one is marked in its batch (`CSVRecordBatch.overLimits`); what it held past the limit
/// is dropped as it is read, so memory stays bounded whatever the input.
final class CSVParser {
    private var parser = csv_parser()
    private var lines: LineCounter

    /// Creates a parser for fields separated by `delimiter`.
    init(delimiter: UInt8, limits: ReadLimits = .standard) {
        lines = LineCounter(limits: limits)
        let status = csv_init(&parser, UInt8(CSV_REPALL_NL))
        precondition(status == 0, "libcsv could not allocate its parser")
        csv_set_delim(&parser, delimiter)
    }

    deinit {
        csv_free(&parser)
    }

    /// The 1-based physical line the parser is on: one more than the line breaks it has read.
    var line: Int { lines.line }

    /// The 1-based line where the open record started (the current line when none is open).
    var openRecordLine: Int { lines.recordStart ?? lines.line }

    /// Whether the bytes so far end exactly at the end of a record (outside any quoted field,
    /// with no record open), so that what follows can be parsed by a fresh parser.
    func isAtRecordBoundary(open batch: CSVRecordBatch) -> Bool {
        // libcsv's state 0 is ROW_NOT_BEGUN: a record terminator was the last thing read.
        parser.pstate == 0 && !lines.afterCR && lines.recordStart == nil && batch.openFieldCount == 0
    }

    /// Parses `chunk`, appending every record it completes to `batch`.
    func parse(_ chunk: UnsafeRawBufferPointer, into batch: inout CSVRecordBatch) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        withContext(&batch) { context in
            _ = csv_parse(&parser, base, chunk.count, fieldCallback, recordCallback, context)
        }
        if parser.entry_pos > lines.limits.fieldBytes { dropGatheredField(into: &batch) }
        if batch.openFieldCount > 0 { lines.checkOpenRecord(&batch) }
    }

    /// Drops the bytes of the field libcsv is gathering, which are already longer than a field
    /// may be, counting the line breaks in them and marking the open record.
    private func dropGatheredField(into batch: inout CSVRecordBatch) {
        let gathered = UnsafeRawBufferPointer(start: parser.entry_buf, count: parser.entry_pos)
        lines.fieldStarted()
        batch.markOpenRecord(.field(column: batch.openFieldCount + 1))
        // A CR at the end stays, so that an LF after it still makes one CRLF line break.
        let kept = gathered.last == 0x0D ? 1 : 0
        lines.countBreaks(in: UnsafeRawBufferPointer(rebasing: gathered.dropLast(kept)))
        if kept == 1 { parser.entry_buf[0] = 0x0D }
        parser.entry_pos = kept
        parser.spaces = 0
    }

    /// Ends the input: appends the last record if it was not closed by a line break.
    ///
    /// - Returns: whether the input ended inside a quoted field (an unterminated quote).
    func finish(into batch: inout CSVRecordBatch) -> Bool {
        // libcsv's states: FIELD_BEGUN (2) with `quoted` set means the closing quote never came.
        let unterminated = parser.pstate == 2 && parser.quoted != 0
        // The line break that ends the file ends its last line, even inside a quote never closed:
        // it does not start a line of its own.
        let endsOnBreak = unterminated && parser.entry_pos > 0
            && (parser.entry_buf[parser.entry_pos - 1] == 0x0A || parser.entry_buf[parser.entry_pos - 1] == 0x0D)
        withContext(&batch) { context in
            _ = csv_fini(&parser, fieldCallback, recordCallback, context)
        }
        if endsOnBreak { lines.uncountFinalBreak(of: &batch) }
        lines.finish(into: &batch)
        return unterminated
    }

    private func withContext(_ batch: inout CSVRecordBatch, _ body: (UnsafeMutableRawPointer) -> Void) {
        withUnsafeMutablePointer(to: &batch) { batch in
            withUnsafeMutablePointer(to: &lines) { lines in
                var context = CallbackContext(lines: lines, batch: batch)
                withUnsafeMutablePointer(to: &context) { body(UnsafeMutableRawPointer($0)) }
            }
        }
    }
}

/// What libcsv's callbacks see through their `void *` argument.
private struct CallbackContext {
    var lines: UnsafeMutablePointer<LineCounter>
    var batch: UnsafeMutablePointer<CSVRecordBatch>
}

private let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    field, length, context in
    let context = context!.load(as: CallbackContext.self)
    let bytes = UnsafeRawBufferPointer(start: field, count: length)
    context.lines.pointee.fieldStarted()
    if length > context.lines.pointee.limits.fieldBytes {
        context.lines.pointee.countBreaks(in: bytes)
        context.batch.pointee.markOpenRecord(.field(column: context.batch.pointee.openFieldCount + 1))
        context.batch.pointee.appendField(UnsafeRawBufferPointer(start: nil, count: 0))
    } else if context.batch.pointee.appendField(bytes) {
        context.lines.pointee.countBreaks(in: bytes)
    }
}

private let recordCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, context in
    let context = context!.load(as: CallbackContext.self)
    context.lines.pointee.recordEnded(by: terminator, batch: &context.batch.pointee)
}

/// Counts physical lines from libcsv's events (fields and reported line breaks).
private struct LineCounter {
    let limits: ReadLimits
    /// The physical line the parser is on.
    var line = 1
    /// The line where the open record's first field started.
    var recordStart: Int?
    /// A CR ended the last record; an LF right after it belongs to the same line break.
    var afterCR = false

    mutating func fieldStarted() {
        if afterCR { line += 1; afterCR = false }  // a lone CR was a line break
        if recordStart == nil { recordStart = line }
    }

    /// Counts the line breaks inside a (quoted) field: LF, CRLF and lone CR each count once.
    mutating func countBreaks(in field: UnsafeRawBufferPointer) {
        var previous: UInt8 = 0
        for byte in field {
            if byte == 0x0A {
                if previous != 0x0D { line += 1 }
            } else if byte == 0x0D {
                line += 1
            }
            previous = byte
        }
    }

    mutating func recordEnded(by terminator: Int32, batch: inout CSVRecordBatch) {
        switch terminator {
        case 0x0D:
            if afterCR { line += 1 }
            close(into: &batch)
            afterCR = true
        case 0x0A:
            if afterCR {
                afterCR = false  // the LF of a CRLF: its record was closed at the CR
            } else {
                close(into: &batch)
            }
            line += 1
        default:  // -1 from csv_fini: the input ended without a line break
            if batch.openFieldCount > 0 || recordStart != nil {
                if afterCR { line += 1; afterCR = false }
                close(into: &batch)
            }
        }
    }

    /// Closes the open record; a line with no fields becomes an empty record of its own.
    private mutating func close(into batch: inout CSVRecordBatch) {
        let first = recordStart ?? line
        checkOpenRecord(&batch)
        batch.closeRecord(firstLine: first, lastLine: line)
        recordStart = nil
    }

    /// Marks the open record when it has more fields or bytes than a row may have, dropping its
    /// fields (so that an endless row does not fill memory).
    func checkOpenRecord(_ batch: inout CSVRecordBatch) {
        let fields = batch.openFieldCount
        if fields > limits.columns {
            batch.markOpenRecord(.columns)
        } else if batch.openByteCount + fields > limits.lineBytes {
            batch.markOpenRecord(.line)
        } else {
            return
        }
        batch.dropOpenFields()
    }

    /// Takes back the line break counted at the very end of the file, inside the last record.
    mutating func uncountFinalBreak(of batch: inout CSVRecordBatch) {
        line -= 1
        batch.shortenLastRecord()
    }

    mutating func finish(into batch: inout CSVRecordBatch) {
        if batch.openFieldCount > 0 { close(into: &batch) }
    }
}
