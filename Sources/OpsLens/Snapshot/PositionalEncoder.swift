/// Encodes `Encodable` values as bare values in the order they are encoded — no keys, no type
/// tags — for snapshots that the same code decodes again (`PositionalDecoder`).
///
/// Integers and doubles take 8 bytes, strings a 4-byte length and their UTF-8 bytes, an optional
/// a presence byte before its value, an array its count before its elements. Types must encode
/// and decode their fields in the same order, as synthesised `Codable` conformances do; keyed
/// containers whose keys are only known when decoding (dictionaries) are not supported.
final class PositionalEncoder: Encoder {
    private(set) var bytes: [UInt8] = []
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    /// The encoded bytes of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = PositionalEncoder()
        try value.encode(to: encoder)
        return encoder.bytes
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        Unkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    // MARK: Writing

    func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: utf8)
        }
    }

    func write<T: Encodable>(_ value: T) throws {
        switch value {
        case let value as String: write(value)
        case let value as Int: write(UInt64(bitPattern: Int64(value)))
        case let value as Double: write(value.bitPattern)
        case let value as Bool: write(value)
        default: try value.encode(to: self)
        }
    }

    /// Room for an array's count, filled in as elements are encoded.
    func reserveCount() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    func incrementCount(at offset: Int) {
        var count = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        count += 1
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: count >> (8 * index)) }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: PositionalEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil(forKey key: Key) throws { encoder.write(false) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.write(value) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            encoder.write(value != nil)
            if let value { try encoder.write(value) }
        }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeIfPresent(value as String?, key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeIfPresent(value as Int?, key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeIfPresent(value as Double?, key) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeIfPresent(value as Bool?, key) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try unsupported(key) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try unsupported(key) }

        private func encodeIfPresent<T: Encodable>(_ value: T?, _ key: Key) throws {
            encoder.write(value != nil)
            if let value { try encoder.write(value) }
        }

        private func unsupported(_ key: Key) throws {
            throw EncodingError.invalidValue(key.stringValue, .init(codingPath: codingPath + [key],
                                                                    debugDescription: "snapshots store Int, Double, Bool and String"))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { encoder.unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: PositionalEncoder
        let countOffset: Int
        private(set) var count = 0
        var codingPath: [any CodingKey] { encoder.codingPath }

        init(encoder: PositionalEncoder) {
            self.encoder = encoder
            countOffset = encoder.reserveCount()
        }

        mutating func encodeNil() throws {
            throw EncodingError.invalidValue(0, .init(codingPath: codingPath, debugDescription: "snapshots store no nil array elements"))
        }
        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.incrementCount(at: countOffset)
            count += 1
            try encoder.write(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            encoder.incrementCount(at: countOffset)
            count += 1
            return encoder.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            encoder.incrementCount(at: countOffset)
            count += 1
            return encoder.unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { encoder }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: PositionalEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.write(false) }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.write(value) }
    }
}
