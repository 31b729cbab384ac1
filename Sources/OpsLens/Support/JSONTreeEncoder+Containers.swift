extension JSONTreeEncoder {
    /// An object's fields.
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: JSONTreeEncoder
        let container: JSONTreeContainer
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { container.append(.null, forKey: key.stringValue) }
        mutating func encode(_ value: Bool, forKey key: Key) { container.append(.bool(value), forKey: key.stringValue) }
        mutating func encode(_ value: String, forKey key: Key) { container.append(.string(value), forKey: key.stringValue) }
        mutating func encode(_ value: Double, forKey key: Key) throws { container.append(try encoder.node(for: value), forKey: key.stringValue) }
        mutating func encode(_ value: Float, forKey key: Key) throws { container.append(try encoder.node(for: value), forKey: key.stringValue) }
        mutating func encode(_ value: Int, forKey key: Key) { container.append(.integer(Int64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: Int8, forKey key: Key) { container.append(.integer(Int64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: Int16, forKey key: Key) { container.append(.integer(Int64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: Int32, forKey key: Key) { container.append(.integer(Int64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: Int64, forKey key: Key) { container.append(.integer(value), forKey: key.stringValue) }
        mutating func encode(_ value: UInt, forKey key: Key) { container.append(.unsigned(UInt64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: UInt8, forKey key: Key) { container.append(.unsigned(UInt64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: UInt16, forKey key: Key) { container.append(.unsigned(UInt64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: UInt32, forKey key: Key) { container.append(.unsigned(UInt64(value)), forKey: key.stringValue) }
        mutating func encode(_ value: UInt64, forKey key: Key) { container.append(.unsigned(value), forKey: key.stringValue) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            container.append(try encoder.node(for: value), forKey: key.stringValue)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONTreeContainer()
            container.append(.object(nested), forKey: key.stringValue)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, container: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = JSONTreeContainer()
            container.append(.array(nested), forKey: key.stringValue)
            return UnkeyedContainer(encoder: encoder, container: nested)
        }

        mutating func superEncoder() -> any Encoder {
            encoder.deferredEncoder { container.append($0, forKey: "super") }
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            encoder.deferredEncoder { container.append($0, forKey: key.stringValue) }
        }
    }

    /// An array's values.
    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: JSONTreeEncoder
        let container: JSONTreeContainer
        var codingPath: [any CodingKey] { [] }
        var count: Int { container.values.count }

        mutating func encodeNil() { container.append(.null) }
        mutating func encode(_ value: Bool) { container.append(.bool(value)) }
        mutating func encode(_ value: String) { container.append(.string(value)) }
        mutating func encode(_ value: Double) throws { container.append(try encoder.node(for: value)) }
        mutating func encode(_ value: Float) throws { container.append(try encoder.node(for: value)) }
        mutating func encode(_ value: Int) { container.append(.integer(Int64(value))) }
        mutating func encode(_ value: Int8) { container.append(.integer(Int64(value))) }
        mutating func encode(_ value: Int16) { container.append(.integer(Int64(value))) }
        mutating func encode(_ value: Int32) { container.append(.integer(Int64(value))) }
        mutating func encode(_ value: Int64) { container.append(.integer(value)) }
        mutating func encode(_ value: UInt) { container.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt8) { container.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt16) { container.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt32) { container.append(.unsigned(UInt64(value))) }
        mutating func encode(_ value: UInt64) { container.append(.unsigned(value)) }
        mutating func encode(_ value: some Encodable) throws { container.append(try encoder.node(for: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONTreeContainer()
            container.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, container: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = JSONTreeContainer()
            container.append(.array(nested))
            return UnkeyedContainer(encoder: encoder, container: nested)
        }

        mutating func superEncoder() -> any Encoder {
            encoder.deferredEncoder { container.append($0) }
        }
    }

    /// A single value: a primitive, or a value that encodes itself in this encoder's place.
    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: JSONTreeEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { encoder.tree = .null }
        mutating func encode(_ value: Bool) { encoder.tree = .bool(value) }
        mutating func encode(_ value: String) { encoder.tree = .string(value) }
        mutating func encode(_ value: Double) throws { encoder.tree = try encoder.node(for: value) }
        mutating func encode(_ value: Float) throws { encoder.tree = try encoder.node(for: value) }
        mutating func encode(_ value: Int) { encoder.tree = .integer(Int64(value)) }
        mutating func encode(_ value: Int8) { encoder.tree = .integer(Int64(value)) }
        mutating func encode(_ value: Int16) { encoder.tree = .integer(Int64(value)) }
        mutating func encode(_ value: Int32) { encoder.tree = .integer(Int64(value)) }
        mutating func encode(_ value: Int64) { encoder.tree = .integer(value) }
        mutating func encode(_ value: UInt) { encoder.tree = .unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt8) { encoder.tree = .unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt16) { encoder.tree = .unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt32) { encoder.tree = .unsigned(UInt64(value)) }
        mutating func encode(_ value: UInt64) { encoder.tree = .unsigned(value) }
        mutating func encode(_ value: some Encodable) throws { encoder.tree = try encoder.node(for: value) }
    }
}
