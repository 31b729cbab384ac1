extension JSONTreeEncoder {
    /// An object's fields.
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: JSONTreeEncoder
        let node: Int32
        var codingPath: [any CodingKey] { [] }

        private func add(_ value: JSONTree.Value, _ key: Key) {
            _ = encoder.tree.append(value, key: key.stringValue, to: node)
        }

        mutating func encodeNil(forKey key: Key) { add(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) { add(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) { add(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { add(try encoder.value(for: value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { add(try encoder.value(for: value), key) }
        mutating func encode(_ value: Int, forKey key: Key) { add(.integer(Int64(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) { add(.integer(Int64(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) { add(.integer(Int64(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) { add(.integer(Int64(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) { add(.integer(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) { add(.unsigned(UInt64(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) { add(.unsigned(value), key) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            try encoder.encode(value, into: encoder.tree.append(.unset, key: key.stringValue, to: node))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, node: encoder.tree.append(.object, key: key.stringValue, to: node)))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            UnkeyedContainer(encoder: encoder, node: encoder.tree.append(.array, key: key.stringValue, to: node))
        }

        mutating func superEncoder() -> any Encoder {
            JSONTreeSuperEncoder(encoder: encoder, node: encoder.tree.append(.unset, key: "super", to: node))
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            JSONTreeSuperEncoder(encoder: encoder, node: encoder.tree.append(.unset, key: key.stringValue, to: node))
        }
    }

    /// An array's values.
    struct UnkeyedContainer: UnkeyedEncodingContainer, JSONTreeValueSink {
        let encoder: JSONTreeEncoder
        let node: Int32
        private(set) var count = 0
        var codingPath: [any CodingKey] { [] }

        init(encoder: JSONTreeEncoder, node: Int32) {
            self.encoder = encoder
            self.node = node
        }

        mutating func put(_ value: JSONTree.Value) {
            _ = add(value)
        }

        private mutating func add(_ value: JSONTree.Value) -> Int32 {
            count += 1
            return encoder.tree.append(value, to: node)
        }

        mutating func encode(_ value: some Encodable) throws { try encoder.encode(value, into: add(.unset)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, node: add(.object)))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(encoder: encoder, node: add(.array))
        }

        mutating func superEncoder() -> any Encoder {
            JSONTreeSuperEncoder(encoder: encoder, node: add(.unset))
        }
    }

    /// A single value: a primitive, or a value that encodes itself in this node's place.
    struct SingleValueContainer: SingleValueEncodingContainer, JSONTreeValueSink {
        let encoder: JSONTreeEncoder
        let node: Int32
        var codingPath: [any CodingKey] { [] }

        mutating func put(_ value: JSONTree.Value) { encoder.tree[node] = value }

        mutating func encode(_ value: some Encodable) throws { try encoder.encode(value, into: node) }
    }
}

/// Where an unkeyed or single-value container puts a primitive: both protocols ask for the same
/// fifteen `encode` methods, written once here.
protocol JSONTreeValueSink {
    var encoder: JSONTreeEncoder { get }
    mutating func put(_ value: JSONTree.Value)
}

extension JSONTreeValueSink {
    mutating func encodeNil() { put(.null) }
    mutating func encode(_ value: Bool) { put(.bool(value)) }
    mutating func encode(_ value: String) { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(try encoder.value(for: value)) }
    mutating func encode(_ value: Float) throws { put(try encoder.value(for: value)) }
    mutating func encode(_ value: Int) { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) { put(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) { put(.integer(value)) }
    mutating func encode(_ value: UInt) { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) { put(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) { put(.unsigned(value)) }
}
