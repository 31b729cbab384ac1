/// The `Encoder` behind `SortedJSONEncoder`: gathers one value's `JSONTree`. Coding paths are not
/// kept (they serve only error messages, and cost an array per value).
final class JSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    let nonFiniteStrings: SortedJSONEncoder.NonFiniteStrings?
    /// What was encoded; `nil` when nothing was, which `JSONEncoder` writes as `{}`.
    var tree: JSONTree?

    init(nonFiniteStrings: SortedJSONEncoder.NonFiniteStrings?) {
        self.nonFiniteStrings = nonFiniteStrings
    }

    /// The tree of `value`, gathered by one encoder that each nested value borrows in turn.
    static func node(for value: some Encodable, nonFiniteStrings: SortedJSONEncoder.NonFiniteStrings?) throws -> JSONTree {
        try JSONTreeEncoder(nonFiniteStrings: nonFiniteStrings).node(for: value)
    }

    /// The tree of `value`: primitives directly (told apart by their type, cheaper than a cast),
    /// anything else through its `encode(to:)` into this encoder, whose own value is set aside
    /// meanwhile. Encoding is sequential, so a value's containers are done when it returns.
    func node<T: Encodable>(for value: T) throws -> JSONTree {
        if T.self == String.self { return .string(value as! String) }
        if T.self == Double.self { return try node(for: value as! Double) }
        if T.self == Int.self { return .integer(Int64(value as! Int)) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        let outer = tree
        tree = nil
        defer { tree = outer }
        try value.encode(to: self)
        return tree ?? .object(JSONTreeContainer())
    }

    func node(for value: Double) throws -> JSONTree {
        try value.isFinite ? .double(value) : Self.nonFinite(value, nonFiniteStrings)
    }

    func node(for value: Float) throws -> JSONTree {
        try value.isFinite ? .float(value) : Self.nonFinite(Double(value), nonFiniteStrings)
    }

    /// A non-finite number as its configured string, or the error `JSONEncoder` throws.
    private static func nonFinite(_ value: Double, _ strings: SortedJSONEncoder.NonFiniteStrings?) throws -> JSONTree {
        guard let strings else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        if value.isNaN { return .string(strings.nan) }
        return .string(value < 0 ? strings.negativeInfinity : strings.positiveInfinity)
    }

    // MARK: Encoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, container: container(object: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(encoder: self, container: container(object: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// The container this encoder's value already has, or a new one.
    private func container(object: Bool) -> JSONTreeContainer {
        switch tree {
        case .object(let existing)? where object: return existing
        case .array(let existing)? where !object: return existing
        default:
            let container = JSONTreeContainer()
            tree = object ? .object(container) : .array(container)
            return container
        }
    }

    /// An encoder whose value lands where `place` puts it, for `superEncoder`.
    func deferredEncoder(_ place: (JSONTree) -> Void) -> any Encoder {
        let encoder = JSONTreeEncoder(nonFiniteStrings: nonFiniteStrings)
        place(.deferred(encoder))
        return encoder
    }
}
