/// The texts of a holding, by position in its storage.
enum HoldingText: Int, CaseIterable {
    case file, portfolio, name, ticker, isin, cusip, sedol, figi, lei, mic, exchange, currency, location, assetClass
}

/// One holding's values in one allocation: line, numbers and where each text lies in the
/// header, the texts' UTF-8 bytes (and its repairs, if any, encoded) after it.
///
/// A reader makes a million holdings a run. Kept as fourteen `String`s, a holding cost an
/// allocation per long text, a reference count per text each time it was copied and as many
/// releases when it went; here it costs one allocation and one reference count, and the header
/// is plain data, copied without reference counting. Never changed once a `Holding` shares it
/// (see `Holding`'s setters).
final class HoldingStorage: ManagedBuffer<HoldingStorage.Header, UInt8> {
    struct Header {
        var line: Int
        var quantity: Double?
        var marketValue: Double?
        var weight: Double?
        /// The position in `MarketDirectory.all` of the market the MIC names, -1 for none:
        /// worked out once, not per lookup.
        var micMarketIndex: Int32 = -1
        /// Where each text (by `HoldingText` position) starts in the bytes.
        var starts = SIMD16<UInt32>(repeating: 0)
        /// Each text's length in bytes; `absent` for no value.
        var lengths = SIMD16<UInt32>(repeating: absent)
        /// How many bytes are in use.
        var byteCount = 0
        /// Where the encoded repairs start in the bytes, and their length (0 for none, as in most holdings).
        var repairsStart: UInt32 = 0
        var repairsLength: UInt32 = 0

        static let absent = UInt32.max
    }

    /// A storage holding `header` and `count` bytes copied from `bytes`.
    static func make(_ header: Header, bytes: UnsafePointer<UInt8>?, count: Int) -> HoldingStorage {
        let storage = unsafeDowncast(create(minimumCapacity: count) { _ in header }, to: HoldingStorage.self)
        if let bytes, count > 0 {
            storage.withUnsafeMutablePointerToElements { $0.initialize(from: bytes, count: count) }
        }
        return storage
    }

    /// A storage of `header` with `texts` and `repairs` laid out after it.
    static func make(_ header: Header, texts: [HoldingText: String], repairs: [Repair]) -> HoldingStorage {
        var header = header
        var bytes: [UInt8] = []
        for (field, text) in texts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            header.starts[field.rawValue] = UInt32(bytes.count)
            bytes.append(contentsOf: text.utf8)
            header.lengths[field.rawValue] = UInt32(text.utf8.count)
        }
        if !repairs.isEmpty {
            let encoded = encode(repairs)
            header.repairsStart = UInt32(bytes.count)
            header.repairsLength = UInt32(encoded.count)
            bytes += encoded
        }
        header.byteCount = bytes.count
        return bytes.withUnsafeBufferPointer { make(header, bytes: $0.baseAddress, count: $0.count) }
    }

    /// The text of `field`, or `nil` when it has none.
    func text(_ field: HoldingText) -> String? {
        withUTF8(field) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of `field`; `nil` when it has none.
    func withUTF8<R>(_ field: HoldingText, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try withUnsafeMutablePointers { header, bytes in
            let length = header.pointee.lengths[field.rawValue]
            if length == Header.absent { return nil }
            return try body(UnsafeBufferPointer(start: bytes + Int(header.pointee.starts[field.rawValue]), count: Int(length)))
        }
    }

    /// A copy with `field` set to `text` (its new bytes appended after the others).
    func replacing(_ field: HoldingText, with text: String?) -> HoldingStorage {
        appending(text.map { Array($0.utf8) } ?? []) { header, start, length in
            header.starts[field.rawValue] = start
            header.lengths[field.rawValue] = text == nil ? Header.absent : length
        }
    }

    /// The repairs, decoded from their bytes.
    var repairs: [Repair] {
        withUnsafeMutablePointers { header, bytes in
            guard header.pointee.repairsLength > 0 else { return [] }
            return Self.decodeRepairs(UnsafeBufferPointer(start: bytes + Int(header.pointee.repairsStart),
                                                          count: Int(header.pointee.repairsLength)))
        }
    }

    /// A copy with `repairs` in place of the holding's repairs.
    func replacingRepairs(with repairs: [Repair]) -> HoldingStorage {
        appending(Self.encode(repairs)) { header, start, length in
            header.repairsStart = start
            header.repairsLength = length
        }
    }

    /// Repairs as bytes: for each, its field, original, repaired value and reason, each a
    /// 4-byte length and UTF-8 bytes.
    static func encode(_ repairs: [Repair]) -> [UInt8] {
        var bytes: [UInt8] = []
        for repair in repairs {
            for text in [repair.field.rawValue, repair.original, repair.repaired, repair.reason] {
                withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { bytes += $0 }
                bytes += text.utf8
            }
        }
        return bytes
    }

    private static func decodeRepairs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Repair] {
        var texts: [String] = [], offset = 0
        while offset + 4 <= bytes.count {
            let length = Int(UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt32.self)))
            texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset + 4 ..< offset + 4 + length]), as: UTF8.self))
            offset += 4 + length
        }
        return stride(from: 0, to: texts.count - 3, by: 4).map { at in
            Repair(field: HoldingColumn(rawValue: texts[at]) ?? .ticker, original: texts[at + 1], repaired: texts[at + 2], reason: texts[at + 3])
        }
    }

    /// A copy that can be changed.
    func copy() -> HoldingStorage {
        appending([])
    }

    /// A copy with `extra` bytes after the others and its header changed by `change`, which is
    /// given where they start and their length.
    private func appending(_ extra: [UInt8], _ change: (inout Header, UInt32, UInt32) -> Void = { _, _, _ in }) -> HoldingStorage {
        var header = self.header
        let count = header.byteCount
        change(&header, UInt32(count), UInt32(extra.count))
        header.byteCount = count + extra.count
        let storage = unsafeDowncast(Self.create(minimumCapacity: header.byteCount) { _ in header }, to: HoldingStorage.self)
        storage.withUnsafeMutablePointerToElements { target in
            withUnsafeMutablePointerToElements { target.initialize(from: $0, count: count) }
            extra.withUnsafeBufferPointer { if let base = $0.baseAddress { (target + count).initialize(from: base, count: extra.count) } }
        }
        return storage
    }
}
