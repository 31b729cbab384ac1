import Foundation

/// Parses a file on a background thread while the caller interprets the records, through a
/// small bounded queue of record batches (so memory stays flat whatever the file's size).
///
/// The caller's thread gets the batches in file order; only the parsing moves to the other core.
final class RecordBatchPipeline: @unchecked Sendable {
    /// One parsed batch; `isFinal` marks the batch that ends the file.
    struct Item {
        var batch: CSVRecordBatch
        var isFinal: Bool
        var endsInUnterminatedQuote: Bool
    }

    private let source: TextFileSource
    private let parser: CSVParser
    private let condition = NSCondition()
    private var ready: [Item] = []
    private var spare: [CSVRecordBatch] = []
    private var producerDone = false
    private var cancelled = false
    private var failure: HoldingsError?
    private static let depth = 4

    /// Starts parsing `source` with `parser` on a new thread.
    init(source: TextFileSource, parser: CSVParser) {
        self.source = source
        self.parser = parser
        let thread = Thread { [self] in produce() }
        thread.name = "opslens-csv-parser"
        thread.start()
    }

    /// The next batch in file order, or `nil` after the final one.
    ///
    /// - Throws: the read error the parsing thread met.
    func next() throws(HoldingsError) -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !producerDone { condition.wait() }
        if !ready.isEmpty {
            let item = ready.removeFirst()
            condition.broadcast()
            return item
        }
        if let failure { throw failure }
        return nil
    }

    /// Gives a consumed batch's buffers back for reuse.
    func recycle(_ batch: CSVRecordBatch) {
        condition.lock()
        spare.append(batch)
        condition.unlock()
    }

    /// Stops the parsing thread early (the caller gave up on the file).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func produce() {
        var open = CSVRecordBatch()
        do {
            while true {
                let chunk = try source.nextChunk()
                if chunk.isEmpty { break }
                chunk.withUnsafeBytes { parser.parse($0, into: &open) }
                guard !open.isEmpty else { continue }
                var closed = takeSpare()
                open.moveClosedRecords(to: &closed)
                guard publish(Item(batch: closed, isFinal: false, endsInUnterminatedQuote: false)) else { return }
            }
            var last = takeSpare()
            let unterminated = parser.finish(into: &open)
            open.moveClosedRecords(to: &last)
            _ = publish(Item(batch: last, isFinal: true, endsInUnterminatedQuote: unterminated))
        } catch {
            condition.lock()
            failure = error
            condition.unlock()
        }
        condition.lock()
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for room in the queue; returns false when the consumer cancelled.
    private func publish(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= Self.depth && !cancelled { condition.wait() }
        if cancelled { return false }
        ready.append(item)
        condition.broadcast()
        return true
    }

    private func takeSpare() -> CSVRecordBatch {
        condition.lock()
        defer { condition.unlock() }
        return spare.popLast() ?? CSVRecordBatch()
    }
}
