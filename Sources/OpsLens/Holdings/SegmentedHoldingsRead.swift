import Foundation

/// Reads a large regular file on several threads and hands its holdings to the caller in file order.
///
/// `FileSegments` cuts the file after line breaks. Once the header is known, each segment is
/// parsed and interpreted by whichever thread is free, by a fresh parser, on the guess that the
/// segment starts a record. The caller's thread reads the segment whose turn it is and puts the segments back together in file order
/// and checks each guess: when the parser of everything before a segment did not end exactly on
/// a record boundary (a quoted field spans the cut, or a long line was cut), the segment's work
/// is thrown away and that parser reads the segment instead. So the holdings, lines and counts
/// are exactly those of one parser reading the file from start to end.
///
/// `body` runs only on the caller's thread, in file order. `transform` runs on every thread,
/// maybe on work that is thrown away, so it must not have effects; it is made once per thread.
final class SegmentedHoldingsRead<Output: Sendable>: @unchecked Sendable {
    // Shared between the threads, guarded by `condition`:
    private let condition = NSCondition()
    private let segments: FileSegments
    /// How many segments have been handed out, and how many put back in order.
    private var claimed = 0
    private var delivered = 0
    /// Segments read ahead of their turn, by index.
    private var readAhead: [Int: Part] = [:]
    /// The interpreter the helper threads fork, once the header is known.
    private var headerKnown: HoldingsRecordInterpreter?
    private var stopped = false
    private var helperFailure: HoldingsError?
    /// Holdings a helper read and the caller has handed on, for the helpers to release: their
    /// memory is then let go off the caller's thread, and the arrays are reused.
    private var spent: [Kept] = []
    private let helperExited = DispatchSemaphore(value: 0)
    /// Threads that read segments ahead of their turn, besides the caller's.
    private let helpers: Int

    private let delimiter: UInt8
    private let limits: ReadLimits
    private let prepare: @Sendable () -> (Holding) -> Output?

    /// Holdings kept in segments read ahead, not yet handed on.
    private var holdingsAhead = 0

    /// How far reading may run ahead of the segment whose turn it is: far, so that a thread
    /// slowed by one costly segment (say, one full of names met for the first time) does not
    /// leave the other idle, but holding no more than `maximumHoldingsAhead` holdings, so that
    /// memory stays flat.
    static var maximumSegmentsAhead: Int { 64 }
    static var maximumHoldingsAhead: Int { 40_000 }

    /// Whether another segment may be read ahead; call with the lock held.
    private var mayReadAhead: Bool {
        claimed < delivered + Self.maximumSegmentsAhead && holdingsAhead < Self.maximumHoldingsAhead
    }
    /// Bytes parsed at a time, so the parsed fields stay in the core's cache.
    static var parseChunk: Int { 1 << 18 }

    /// A parser part-way through the file, with the record it has open.
    private struct Cursor {
        var parser: CSVParser
        var open = CSVRecordBatch()
        /// How many lines come before the parser's line 1.
        var lineOffset = 0
    }

    /// A segment read ahead of its turn, on the guess that it starts a record.
    private struct Part {
        var segment: FileSegments.Segment
        var cursor: Cursor
        var holdings: Kept
        var report: HoldingsFileReport
        var firstInvalidUTF8Line: Int?
        var readByHelper: Bool
    }

    /// The holdings of a part and what `transform` gave for each, side by side (so a holding can
    /// be lent to `body` from the array without copying it out of a tuple).
    private struct Kept {
        var holdings: [Holding] = []
        var outputs: [Output] = []
        var count: Int { holdings.count }

        mutating func append(_ holding: consuming Holding, _ output: Output) {
            holdings.append(holding)
            outputs.append(output)
        }

        mutating func removeAll(keepingCapacity: Bool) {
            holdings.removeAll(keepingCapacity: keepingCapacity)
            outputs.removeAll(keepingCapacity: keepingCapacity)
        }
    }

    private enum Step {
        case inTurn(FileSegments.Segment)
        case ahead(FileSegments.Segment)
        case deliver(Part)
        case done
    }

    /// - Parameter threads: How many threads read, the caller's included (at least 2).
    init(segments: FileSegments, delimiter: UInt8, limits: ReadLimits, threads: Int,
         prepare: @escaping @Sendable () -> (Holding) -> Output?) {
        self.segments = segments
        self.helpers = max(1, threads - 1)
        self.delimiter = delimiter
        self.limits = limits
        self.prepare = prepare
    }

    /// Reads the whole file with `interpreter` (which may still be looking for the header).
    ///
    /// - Returns: the report of the whole file, before `HoldingsRecordInterpreter.finish()`.
    func run(_ interpreter: inout HoldingsRecordInterpreter, progress: ((Int) -> Void)?,
             _ body: (Holding, Output) throws -> Void) throws -> HoldingsFileReport {
        for _ in 0..<helpers {
            let helper = Thread { [self] in help() }
            helper.name = "opslens-segment-reader"
            helper.start()
        }
        defer { stopHelpers() }

        let transform = prepare()
        var report = interpreter.report
        var firstInvalidLine: Int?
        var carry = Cursor(parser: CSVParser(delimiter: delimiter, limits: limits))
        var buffer: [UInt8] = []
        var closed = CSVRecordBatch()

        /// Reads the next `count` bytes of `buffer` with the parser of everything before them (or,
        /// with `nil`, ends the file), handing holdings straight to `body`.
        func readInTurn(_ count: Int?) throws {
            interpreter.beginPart()
            let offset = carry.lineOffset
            let sink = { (holding: consuming Holding) throws -> Void in
                guard let output = transform(holding) else { return }
                holding.line += offset
                try body(holding, output)
            }
            if let count {
                try Self.parse(buffer, count, &carry, &closed, &interpreter, sink)
            } else {
                // The end of the file may close a last record (one without a line break after it).
                let unterminated = carry.parser.finish(into: &carry.open)
                carry.open.moveClosedRecords(to: &closed)
                try interpreter.consume(closed, lastRecordUnterminated: unterminated, sink)
            }
            let part = interpreter.endPart()
            report.append(part.report, lineOffset: offset)
            if report.lines > limits.lines { throw interpreter.tooManyLines() }
            firstInvalidLine = firstInvalidLine ?? part.firstInvalidUTF8Line.map { $0 + offset }
        }

        loop: while true {
            switch try nextStep() {
            case .inTurn(let segment):
                try segments.read(segment, into: &buffer)
                try readInTurn(segment.count)
                finishTurn(publishing: interpreter)
                progress?(segment.end)
            case .ahead(let segment):
                try segments.read(segment, into: &buffer)
                var holdings = Kept()
                store(Self.readAhead(segment, buffer, delimiter, limits, &interpreter, &closed, transform, into: &holdings, byHelper: false))
            case .deliver(var part):
                if carry.parser.isAtRecordBoundary(open: carry.open) {
                    let offset = carry.lineOffset + carry.parser.line - 1
                    for index in part.holdings.holdings.indices {
                        part.holdings.holdings[index].line += offset
                        try body(part.holdings.holdings[index], part.holdings.outputs[index])
                    }
                    report.append(part.report, lineOffset: offset)
                    if report.lines > limits.lines { throw interpreter.tooManyLines() }
                    firstInvalidLine = firstInvalidLine ?? part.firstInvalidUTF8Line.map { $0 + offset }
                    carry = part.cursor
                    carry.lineOffset = offset
                    if part.readByHelper { giveBack(&part.holdings) }
                } else {
                    if part.readByHelper { giveBack(&part.holdings) }
                    // The segment did not start on a record: its bytes are read again, with the records before.
                    try segments.read(part.segment, into: &buffer)
                    try readInTurn(part.segment.count)
                }
                finishTurn(publishing: interpreter)
                progress?(part.segment.end)
            case .done:
                break loop
            }
        }

        try readInTurn(nil)
        interpreter.decoder.firstInvalidUTF8Line = firstInvalidLine
        report.sha256 = try segments.sha256()
        return report
    }

    /// Parses `count` bytes of `buffer` with `cursor`, interpreting each record as it closes.
    private static func parse(_ buffer: [UInt8], _ count: Int, _ cursor: inout Cursor, _ closed: inout CSVRecordBatch,
                              _ interpreter: inout HoldingsRecordInterpreter, _ sink: (consuming Holding) throws -> Void) throws {
        try buffer.withUnsafeBytes { bytes in
            var start = 0
            while start < count {
                let end = min(start + parseChunk, count)
                cursor.parser.parse(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), into: &cursor.open)
                start = end
                if !cursor.open.isEmpty {
                    cursor.open.moveClosedRecords(to: &closed)
                    try interpreter.consume(closed, lastRecordUnterminated: false, sink)
                }
                try interpreter.refuseOpenRecord(cursor.open, line: cursor.parser.openRecordLine + cursor.lineOffset)
            }
        }
    }

    /// Reads a segment with a fresh parser, keeping its holdings (in `holdings`, an empty buffer
    /// to reuse) until its turn.
    private static func readAhead(_ segment: FileSegments.Segment, _ buffer: [UInt8], _ delimiter: UInt8, _ limits: ReadLimits,
                                  _ interpreter: inout HoldingsRecordInterpreter, _ closed: inout CSVRecordBatch,
                                  _ transform: (Holding) -> Output?, into holdings: inout Kept,
                                  byHelper: Bool) -> Part {
        var cursor = Cursor(parser: CSVParser(delimiter: delimiter, limits: limits))
        interpreter.beginPart()
        // Nothing here throws: the sink only keeps what `transform` gives, and a record that
        // breaks a limit is refused only above the header, which was read before any read-ahead.
        try! parse(buffer, segment.count, &cursor, &closed, &interpreter) { (holding: consuming Holding) in
            if let output = transform(holding) { holdings.append(holding, output) }
        }
        let part = interpreter.endPart()
        defer { holdings = Kept() }
        return Part(segment: segment, cursor: cursor, holdings: holdings, report: part.report,
                    firstInvalidUTF8Line: part.firstInvalidUTF8Line, readByHelper: byHelper)
    }

    // MARK: - Coordination

    /// Decides what the caller's thread does next, waiting while there is nothing to do.
    private func nextStep() throws -> Step {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let helperFailure { throw helperFailure }
            if let part = readAhead.removeValue(forKey: delivered) {
                holdingsAhead -= part.holdings.count
                return .deliver(part)
            }
            if segments.isExhausted {
                if claimed == delivered { return .done }
            } else if claimed == delivered {
                return .inTurn(try claim())
            } else if headerKnown != nil && mayReadAhead {
                return .ahead(try claim())
            }
            condition.wait()
        }
    }

    /// Hands out the next segment; call with the lock held.
    private func claim() throws(HoldingsError) -> FileSegments.Segment {
        let segment = try segments.next()!
        claimed += 1
        return segment
    }

    /// Hands the holdings of a part the helper read back to it, to release and reuse.
    private func giveBack(_ holdings: inout Kept) {
        condition.lock()
        spent.append(holdings)
        condition.unlock()
        holdings = Kept()
    }

    private func store(_ part: Part) {
        condition.lock()
        readAhead[part.segment.index] = part
        holdingsAhead += part.holdings.count
        condition.broadcast()
        condition.unlock()
    }

    /// Marks the segment in turn as delivered; the first time the header is known, lets the helper start.
    private func finishTurn(publishing interpreter: HoldingsRecordInterpreter) {
        condition.lock()
        delivered += 1
        if headerKnown == nil && interpreter.layout != nil { headerKnown = interpreter.forked() }
        condition.broadcast()
        condition.unlock()
    }

    /// A helper thread: reads segments ahead of their turn until the file is handed out.
    private func help() {
        defer { helperExited.signal() }
        condition.lock()
        while headerKnown == nil && !stopped { condition.wait() }
        guard var interpreter = headerKnown?.forked(), !stopped else { return condition.unlock() }
        condition.unlock()
        let transform = prepare()
        var buffer: [UInt8] = []
        var closed = CSVRecordBatch()
        var holdings = Kept()
        while true {
            condition.lock()
            while !stopped && !segments.isExhausted && !mayReadAhead { condition.wait() }
            var released = spent
            spent = []
            if stopped || segments.isExhausted { return condition.unlock() }
            let segment: FileSegments.Segment
            do {
                segment = try claim()
            } catch {
                return fail(error, locked: true)
            }
            condition.unlock()
            do {
                try segments.read(segment, into: &buffer)
            } catch {
                return fail(error, locked: false)
            }
            if var reusable = released.popLast() {
                reusable.removeAll(keepingCapacity: true)
                holdings = reusable
            }
            released.removeAll()
            store(Self.readAhead(segment, buffer, delimiter, limits, &interpreter, &closed, transform, into: &holdings, byHelper: true))
        }
    }

    /// Records the helper's failure for the caller to throw.
    private func fail(_ error: HoldingsError, locked: Bool) {
        if !locked { condition.lock() }
        helperFailure = error
        condition.broadcast()
        condition.unlock()
    }

    private func stopHelpers() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
        for _ in 0..<helpers { helperExited.wait() }
    }
}
