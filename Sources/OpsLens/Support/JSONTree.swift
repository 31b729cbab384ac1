/// A JSON value gathered by `JSONTreeEncoder` before it is written: objects keep their keys in the
/// order they were encoded, and are written with the keys sorted.
enum JSONTree {
    case null
    case bool(Bool)
    case string(String)
    case integer(Int64)
    case unsigned(UInt64)
    case double(Double)
    case float(Float)
    case array(JSONTreeContainer)
    case object(JSONTreeContainer)
    /// What a super-encoder encodes, known only when it is written.
    case deferred(JSONTreeEncoder)

    func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .string(let value): writer.string(value)
        case .integer(let value): writer.number(value)
        case .unsigned(let value): writer.number(value)
        case .double(let value): writer.number(value)
        case .float(let value): writer.number(value)
        case .array(let container):
            writer.open(UInt8(ascii: "["))
            for value in container.values { value.write(to: &writer) }
            writer.close(UInt8(ascii: "]"))
        case .object(let container):
            writer.open(UInt8(ascii: "{"))
            for index in container.indicesByKey() {
                writer.key(container.keys[index])
                container.values[index].write(to: &writer)
            }
            writer.close(UInt8(ascii: "}"))
        case .deferred(let encoder):
            (encoder.tree ?? .object(JSONTreeContainer())).write(to: &writer)
        }
    }
}

/// The values of an array, or the keys and values of an object; a class, because the containers
/// an `Encoder` hands out keep writing into it.
final class JSONTreeContainer {
    var keys: [String] = []
    var values: [JSONTree] = []

    func append(_ value: JSONTree) {
        values.append(value)
    }

    func append(_ value: JSONTree, forKey key: String) {
        keys.append(key)
        values.append(value)
    }

    /// The positions of the keys in ascending order (byte order, as `.sortedKeys`).
    func indicesByKey() -> [Int] {
        var indices = Array(keys.indices)
        if !zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) {
            indices.sort { keys[$0] < keys[$1] }
        }
        return indices
    }
}
