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
            container.sortFields()
            for field in container.fields {
                writer.key(field.key)
                field.value.write(to: &writer)
            }
            writer.close(UInt8(ascii: "}"))
        case .deferred(let encoder):
            (encoder.tree ?? .object(JSONTreeContainer())).write(to: &writer)
        }
    }
}

/// The values of an array, or the fields of an object; a class, because the containers an
/// `Encoder` hands out keep writing into it.
final class JSONTreeContainer {
    var values: [JSONTree] = []
    var fields: [(key: String, value: JSONTree)] = []

    func append(_ value: JSONTree) {
        values.append(value)
    }

    func append(_ value: JSONTree, forKey key: String) {
        fields.append((key, value))
    }

    /// Puts the fields in ascending order of their keys (byte order, as `.sortedKeys`).
    func sortFields() {
        if !zip(fields, fields.dropFirst()).allSatisfy({ $0.key < $1.key }) {
            fields.sort { $0.key < $1.key }
        }
    }
}
