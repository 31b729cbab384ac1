/// Records parsed from one chunk of input, kept as bytes in one flat buffer.
///
/// Every physical line of the input belongs to exactly one record: a blank line is a record
/// with no fields, and a record whose quoted field spans lines covers all of them.
struct CSVRecordBatch {
    /// Where one record's fields are and which physical lines it covers.
    struct Record {
        var firstField: Int
        var fieldCount: Int
        var firstLine: Int
        var lastLine: Int
    }

    /// The bytes of every field, back to back.
    private(set) var bytes: [UInt8] = []
    /// For each field, the offset in `bytes` where it ends.
    private(set) var fieldEnds: [Int] = []
    private(set) var records: [Record] = []

    init() {
        bytes.reserveCapacity(1 << 17)
        fieldEnds.reserveCapacity(1 << 14)
        records.reserveCapacity(1 << 11)
    }

    var isEmpty: Bool { records.isEmpty }
    var count: Int { records.count }
    var byteCount: Int { bytes.count }

    /// Drops the closed records, keeping the fields of a record still open at the end of a chunk.
    mutating func removeClosedRecords() {
        let openFields = openFieldCount
        guard openFields > 0 else {
            bytes.removeAll(keepingCapacity: true)
            fieldEnds.removeAll(keepingCapacity: true)
            records.removeAll(keepingCapacity: true)
            return
        }
        let firstOpen = fieldEnds.count - openFields
        let byteStart = firstOpen == 0 ? 0 : fieldEnds[firstOpen - 1]
        bytes.removeSubrange(0..<byteStart)
        fieldEnds.removeSubrange(0..<firstOpen)
        for index in fieldEnds.indices { fieldEnds[index] -= byteStart }
        records.removeAll(keepingCapacity: true)
    }

    mutating func appendField(_ field: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: field)
        fieldEnds.append(bytes.count)
    }

    /// Closes the fields appended since the last record into one record.
    mutating func closeRecord(firstLine: Int, lastLine: Int) {
        let firstField = records.last.map { $0.firstField + $0.fieldCount } ?? 0
        records.append(Record(firstField: firstField, fieldCount: fieldEnds.count - firstField,
                              firstLine: firstLine, lastLine: lastLine))
    }

    /// The number of fields appended since the last closed record.
    var openFieldCount: Int {
        fieldEnds.count - (records.last.map { $0.firstField + $0.fieldCount } ?? 0)
    }

    /// The bytes of field `index` (0-based, counted over the whole batch).
    func withField<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        let end = fieldEnds[index]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The length in bytes of field `index`.
    func fieldLength(_ index: Int) -> Int {
        fieldEnds[index] - (index == 0 ? 0 : fieldEnds[index - 1])
    }
}

extension CSVRecordBatch {
    /// Calls `body` with direct access to every field of the batch.
    func withFields<R>(_ body: (CSVFields) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { bytes in
            try fieldEnds.withUnsafeBufferPointer { ends in
                try body(CSVFields(bytes: bytes, ends: ends))
            }
        }
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
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }
}
