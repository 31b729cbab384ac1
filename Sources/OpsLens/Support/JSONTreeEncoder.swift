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

    /// The tree of `value`: primitives directly, anything else through its `encode(to:)`.
    static func node(for value: some Encodable, nonFiniteStrings: SortedJSONEncoder.NonFiniteStrings?) throws -> JSONTree {
        switch value {
        case let text as String: return .string(text)
        case let number as Double: return try number.isFinite ? .double(number) : nonFinite(Double(number), nonFiniteStrings)
        case let number as Int: return .integer(Int64(number))
        case let flag as Bool: return .bool(flag)
        default:
            let encoder = JSONTreeEncoder(nonFiniteStrings: nonFiniteStrings)
            try value.encode(to: encoder)
            return encoder.tree ?? .object(JSONTreeContainer())
        }
    }

    func node(for value: some Encodable) throws -> JSONTree {
        try Self.node(for: value, nonFiniteStrings: nonFiniteStrings)
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
