/// The `Encoder` behind `SortedJSONEncoder`: gathers a value into a `JSONTree`. One encoder serves
/// every nested value in turn (`slot` is the node being encoded); coding paths are not kept (they
/// serve only error messages, and cost an array per value).
final class JSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    let nonFiniteStrings: SortedJSONEncoder.NonFiniteStrings?
    var tree = JSONTree()
    /// The node the value being encoded goes into.
    var slot: Int32

    init(nonFiniteStrings: SortedJSONEncoder.NonFiniteStrings?) {
        self.nonFiniteStrings = nonFiniteStrings
        slot = tree.root()
    }

    /// Encodes `value` into `node`: primitives directly (told apart by their type, cheaper than a
    /// cast), anything else through its `encode(to:)` with `node` as the slot meanwhile. Encoding
    /// is sequential, so a value's containers are done when it returns.
    func encode<T: Encodable>(_ value: T, into node: Int32) throws {
        if T.self == String.self { return tree[node] = .string(value as! String) }
        if T.self == Double.self { return tree[node] = try self.value(for: value as! Double) }
        if T.self == Int.self { return tree[node] = .integer(Int64(value as! Int)) }
        if T.self == Bool.self { return tree[node] = .bool(value as! Bool) }
        let outer = slot
        slot = node
        defer { slot = outer }
        try value.encode(to: self)
    }

    func value(for number: Double) throws -> JSONTree.Value {
        try number.isFinite ? .double(number) : nonFinite(number)
    }

    func value(for number: Float) throws -> JSONTree.Value {
        try number.isFinite ? .float(number) : nonFinite(Double(number))
    }

    /// A non-finite number as its configured string, or the error `JSONEncoder` throws.
    private func nonFinite(_ number: Double) throws -> JSONTree.Value {
        guard let strings = nonFiniteStrings else {
            throw EncodingError.invalidValue(number, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode \(number) directly in JSON."))
        }
        if number.isNaN { return .string(strings.nan) }
        return .string(number < 0 ? strings.negativeInfinity : strings.positiveInfinity)
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        tree.makeContainer(slot, object: true)
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, node: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        tree.makeContainer(slot, object: false)
        return UnkeyedContainer(encoder: self, node: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self, node: slot)
    }
}

/// What a container's `superEncoder` hands out: this encoder, aimed at the node made for it.
struct JSONTreeSuperEncoder: Encoder {
    let encoder: JSONTreeEncoder
    let node: Int32
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        encoder.tree.makeContainer(node, object: true)
        return KeyedEncodingContainer(JSONTreeEncoder.KeyedContainer<Key>(encoder: encoder, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.tree.makeContainer(node, object: false)
        return JSONTreeEncoder.UnkeyedContainer(encoder: encoder, node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONTreeEncoder.SingleValueContainer(encoder: encoder, node: node)
    }
}
