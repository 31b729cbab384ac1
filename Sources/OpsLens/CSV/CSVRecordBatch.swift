/// Records parsed from one chunk of input, kept as bytes in one flat buffer.
///
/// Every physical line of the input belongs to exactly one record: a blank line is a record
/// with no fields, and a record whose quoted field spans lines covers all of them.
/// A batch owns its buffers: move it, do not keep copies of it.
struct CSVRecordBatch {
    /// Where one record's fields are and which physical lines it covers.
    struct Record {
        var firstField: Int
        var fieldCount: Int
        var firstLine: Int
        var lastLine: Int
    }

    /// Which limit a record broke (see `ReadLimits`).
    enum OverLimit: Hashable {
        /// A value longer than `fieldBytes`, in this 1-based column.
        case field(column: Int)
        /// More bytes than `lineBytes`.
        case line
        /// More values than `columns`.
        case columns

        /// Whether one value is to blame, rather than the row as a whole.
        var blamesColumn: Bool {
            if case .field = self { true } else { false }
        }
    }

    /// Records that broke a limit (by position in `records`), in order: almost always none.
    private(set) var overLimits: [(record: Int, limit: OverLimit)] = []
    /// The limit the open record broke first, if any.
    private var openOverLimit: OverLimit?

    /// The bytes of every field, back to back.
    private var bytes = GrowableBuffer<UInt8>(capacity: 1 << 18)
    /// For each field, the offset in `bytes` where it ends.
    private var fieldEnds = GrowableBuffer<Int>(capacity: 1 << 14)
    private(set) var records: [Record] = []
    /// The number of fields in closed records.
    private var closedFieldCount = 0

    init() {
        records.reserveCapacity(1 << 11)
    }

    var isEmpty: Bool { records.isEmpty }
    var count: Int { records.count }

    /// The number of fields appended since the last closed record.
    var openFieldCount: Int { fieldEnds.count - closedFieldCount }

    /// Appends a field of the open record; returns whether it may hold a line break.
    @inline(__always)
    @discardableResult
    mutating func appendField(_ field: UnsafeRawBufferPointer) -> Bool {
        let mayHoldBreak = field.baseAddress.map { bytes.appendBytes($0, count: field.count) } ?? false
        fieldEnds.append(bytes.count)
        return mayHoldBreak
    }

    /// The bytes of the fields appended since the last closed record.
    var openByteCount: Int { bytes.count - (closedFieldCount == 0 ? 0 : fieldEnds[closedFieldCount - 1]) }

    /// The limit the open record broke, if it broke one.
    var openRecordOverLimit: OverLimit? { openOverLimit }

    /// Notes that the open record broke `limit` (the first limit it breaks is the one kept).
    mutating func markOpenRecord(_ limit: OverLimit) {
        if openOverLimit == nil { openOverLimit = limit }
    }

    /// Drops the fields of the open record (one that broke a limit: what it holds is not read).
    mutating func dropOpenFields() {
        bytes.truncate(to: closedFieldCount == 0 ? 0 : fieldEnds[closedFieldCount - 1])
        fieldEnds.truncate(to: closedFieldCount)
    }

    /// Closes the fields appended since the last record into one record.
    mutating func closeRecord(firstLine: Int, lastLine: Int) {
        if let limit = openOverLimit {
            overLimits.append((records.count, limit))
            openOverLimit = nil
        }
        records.append(Record(firstField: closedFieldCount, fieldCount: fieldEnds.count - closedFieldCount,
                              firstLine: firstLine, lastLine: lastLine))
        closedFieldCount = fieldEnds.count
    }

    /// Takes the last physical line off the last closed record (a line break that ended the file).
    mutating func shortenLastRecord() {
        guard let last = records.indices.last, records[last].lastLine > records[last].firstLine else { return }
        records[last].lastLine -= 1
    }

    /// Drops the closed records, keeping the fields of a record still open at the end of a chunk.
    mutating func removeClosedRecords() {
        let byteStart = closedFieldCount == 0 ? 0 : fieldEnds[closedFieldCount - 1]
        if openFieldCount == 0 {
            bytes.removeAll()
            fieldEnds.removeAll()
        } else {
            bytes.removeFirst(byteStart)
            fieldEnds.removeFirst(closedFieldCount)
            for index in 0..<fieldEnds.count { fieldEnds[index] -= byteStart }
        }
        records.removeAll(keepingCapacity: true)
        overLimits.removeAll()
        closedFieldCount = 0
    }

    /// Moves the closed records into `destination` (reusing its buffers) and keeps only the
    /// fields of a record still open at the end of a chunk.
    mutating func moveClosedRecords(to destination: inout CSVRecordBatch) {
        destination.bytes.removeAll()
        destination.fieldEnds.removeAll()
        destination.records.removeAll(keepingCapacity: true)
        destination.overLimits.removeAll()
        destination.closedFieldCount = 0
        swap(&self, &destination)
        swap(&openOverLimit, &destination.openOverLimit)
        let open = destination.openFieldCount
        guard open > 0 else { return }
        let firstOpen = destination.closedFieldCount
        var start = firstOpen == 0 ? 0 : destination.fieldEnds[firstOpen - 1]
        let byteStart = start
        for index in firstOpen..<destination.fieldEnds.count {
            let end = destination.fieldEnds[index]
            appendField(UnsafeRawBufferPointer(start: destination.bytes.base + start, count: end - start))
            start = end
        }
        destination.bytes.truncate(to: byteStart)
        destination.fieldEnds.truncate(to: firstOpen)
    }

    /// The bytes of field `index` (0-based, counted over the whole batch).
    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withFields { try body($0[index]) }
    }

    /// Calls `body` with direct access to every field of the batch.
    func withFields<R>(_ body: (CSVFields) throws -> R) rethrows -> R {
        try body(CSVFields(bytes: bytes.buffer, ends: fieldEnds.buffer))
    }
}

/// Direct access to the fields of a record batch while it is borrowed.
struct CSVFields {
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>

    /// The bytes of field `index` (counted over the whole batch).
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(start: bytes.baseAddress.map { $0 + start }, count: ends[index] - start)
    }
}
