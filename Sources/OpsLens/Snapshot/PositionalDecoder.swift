/// Decodes what `PositionalEncoder` wrote, value after value, from bytes it does not copy.
///
/// Bytes that run out or a count that cannot be right throw `DecodingError.dataCorrupted`; a
/// snapshot whose checksum matched never does.
final class PositionalDecoder: Decoder {
    private let base: UnsafeRawBufferPointer
    private var offset = 0
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    private init(_ bytes: UnsafeRawBufferPointer) {
        base = bytes
    }

    /// The `T` encoded in `bytes`, which must hold exactly one value.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let decoder = PositionalDecoder(bytes)
        let value = try T(from: decoder)
        guard decoder.offset == bytes.count else { throw decoder.corrupted("\(bytes.count - decoder.offset) bytes left over") }
        return value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try Unkeyed(decoder: self) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoder: self) }

    // MARK: Reading

    func corrupted(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: "snapshot payload: \(message) at byte \(offset)"))
    }

    private func take(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, count <= base.count - offset else { throw corrupted("value runs past the end") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: base[offset..<offset + count])
    }

    func readUInt64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    func readCount() throws -> Int { Int(UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))) }

    func readBool() throws -> Bool {
        switch try take(1)[0] {
        case 0: return false
        case 1: return true
        default: throw corrupted("a flag that is neither 0 nor 1")
        }
    }

    func readString() throws -> String {
        let bytes = try take(try readCount())
        guard let string = String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self) else {
            throw corrupted("text that is not UTF-8")
        }
        return string
    }

    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try readString() as! T }
        if T.self == Int.self { return Int(Int64(bitPattern: try readUInt64())) as! T }
        if T.self == Double.self { return Double(bitPattern: try readUInt64()) as! T }
        if T.self == Bool.self { return try readBool() as! T }
        return try T(from: self)
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: PositionalDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { try !decoder.readBool() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.read(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.readString() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { Int(Int64(bitPattern: try decoder.readUInt64())) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { Double(bitPattern: try decoder.readUInt64()) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.readBool() }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try decoder.readBool() ? try decoder.read(type) : nil
        }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try decoder.readBool() ? try decoder.readString() : nil
        }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try decoder.readBool() ? Int(Int64(bitPattern: try decoder.readUInt64())) : nil
        }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
            try decoder.readBool() ? Double(bitPattern: try decoder.readUInt64()) : nil
        }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try decoder.readBool() ? try decoder.readBool() : nil
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder.container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder.unkeyedContainer() }
        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let decoder: PositionalDecoder
        let count: Int?
        private(set) var currentIndex = 0
        var codingPath: [any CodingKey] { decoder.codingPath }
        var isAtEnd: Bool { currentIndex >= count! }

        init(decoder: PositionalDecoder) throws {
            self.decoder = decoder
            count = try decoder.readCount()
        }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            guard !isAtEnd else { throw decoder.corrupted("more elements than the array holds") }
            currentIndex += 1
            return try decoder.read(type)
        }
        mutating func decode(_ type: String.Type) throws -> String {
            guard !isAtEnd else { throw decoder.corrupted("more elements than the array holds") }
            currentIndex += 1
            return try decoder.readString()
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            currentIndex += 1
            return try decoder.container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            currentIndex += 1
            return try decoder.unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { decoder }
    }

    private struct Single: SingleValueDecodingContainer {
        let decoder: PositionalDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }

        func decodeNil() -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.read(type) }
        func decode(_ type: String.Type) throws -> String { try decoder.readString() }
    }
}
