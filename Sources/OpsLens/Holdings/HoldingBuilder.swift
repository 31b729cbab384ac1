/// Gathers one record's values straight from the parser's bytes and makes a `Holding` of them
/// with one allocation; its buffer is reused record after record.
///
/// The file and portfolio are laid down once, at the start of the buffer, and every holding
/// refers to them there. Not shared between threads: each reading thread has its own.
struct HoldingBuilder {
    private var header: HoldingStorage.Header
    private let bytes: GrowableBuffer<UInt8>
    /// The repairs made to this holding's values (most have none).
    private var repairs: [Repair] = []
    /// The header and byte count right after the file and portfolio: where every record starts.
    private let base: (header: HoldingStorage.Header, count: Int)

    init(file: String, portfolio: String) {
        bytes = GrowableBuffer(capacity: 1024)
        var header = HoldingStorage.Header(line: 0)
        for (field, text) in [(HoldingText.file, file), (.portfolio, portfolio)] {
            header.starts[field.rawValue] = UInt32(bytes.count)
            header.lengths[field.rawValue] = UInt32(text.utf8.count)
            bytes.append(contentsOf: Array(text.utf8), count: text.utf8.count)
        }
        base = (header, bytes.count)
        self.header = header
    }

    /// Starts a holding read from a record that starts on `line`.
    mutating func begin(line: Int) {
        // Field by field: cheaper than copying the whole header (with its padding) in one go.
        header.line = line
        header.quantity = nil
        header.marketValue = nil
        header.weight = nil
        header.micMarketIndex = -1
        header.starts = base.header.starts
        header.lengths = base.header.lengths
        bytes.truncate(to: base.count)
        if !repairs.isEmpty { repairs = [] }
    }

    var line: Int { header.line }

    /// The position in `MarketDirectory.all` of the market `mic` names.
    var micMarketIndex: Int32 {
        get { header.micMarketIndex }
        set { header.micMarketIndex = newValue }
    }

    var quantity: Double? {
        get { header.quantity }
        set { header.quantity = newValue }
    }
    var marketValue: Double? {
        get { header.marketValue }
        set { header.marketValue = newValue }
    }
    var weight: Double? {
        get { header.weight }
        set { header.weight = newValue }
    }

    /// Sets `field` to the UTF-8 bytes `value`.
    mutating func set(_ field: HoldingText, _ value: UnsafeBufferPointer<UInt8>) {
        header.starts[field.rawValue] = UInt32(bytes.count)
        header.lengths[field.rawValue] = UInt32(value.count)
        if let base = value.baseAddress { _ = bytes.appendBytes(base, count: value.count) }
    }

    /// Sets `field` to ASCII `value`, upper-cased.
    mutating func setUppercased(_ field: HoldingText, _ value: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        set(field, value)
        for offset in start..<bytes.count where bytes[offset] &- 0x61 < 26 {
            bytes[offset] -= 0x20
        }
    }

    /// Sets `field` to `text`.
    mutating func set(_ field: HoldingText, _ text: String) {
        var text = text
        text.withUTF8 { set(field, $0) }
    }

    /// Whether `field` has a value.
    func has(_ field: HoldingText) -> Bool {
        header.lengths[field.rawValue] != HoldingStorage.Header.absent
    }

    /// The value of `field` as text, if it has one.
    func text(_ field: HoldingText) -> String? {
        utf8Count(field).map { count in
            String(decoding: UnsafeBufferPointer(start: bytes.base + Int(header.starts[field.rawValue]), count: count), as: UTF8.self)
        }
    }

    /// The length in bytes of `field`, if it has a value.
    func utf8Count(_ field: HoldingText) -> Int? {
        has(field) ? Int(header.lengths[field.rawValue]) : nil
    }

    /// The first byte of `field`, if it has a non-empty value.
    func firstByte(_ field: HoldingText) -> UInt8? {
        (utf8Count(field) ?? 0) > 0 ? bytes[Int(header.starts[field.rawValue])] : nil
    }

    /// Whether `field` has a value made of ASCII digits only.
    func isAllDigits(_ field: HoldingText) -> Bool {
        guard let count = utf8Count(field) else { return false }
        let start = Int(header.starts[field.rawValue])
        for offset in start..<start + count where bytes[offset] &- 0x30 > 9 { return false }
        return true
    }

    mutating func append(_ repair: Repair) {
        repairs.append(repair)
    }

    /// The holding gathered since `begin`.
    func build() -> Holding {
        var header = self.header
        if !repairs.isEmpty {
            let encoded = HoldingStorage.encode(repairs)
            header.repairsStart = UInt32(bytes.count)
            header.repairsLength = UInt32(encoded.count)
            bytes.append(contentsOf: encoded, count: encoded.count)
        }
        header.byteCount = bytes.count
        return Holding(storage: HoldingStorage.make(header, bytes: bytes.base, count: bytes.count))
    }
}
