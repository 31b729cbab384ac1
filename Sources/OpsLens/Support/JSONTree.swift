/// The JSON values `JSONTreeEncoder` gathers, in one array: a container links its children (first,
/// last, and each child's next sibling), an object's children carry their keys. One array, not an
/// object per container, so that gathering and dropping a large report allocates little.
struct JSONTree {
    enum Value {
        /// A value that has not been encoded yet; `JSONEncoder` writes what encodes nothing as `{}`.
        case unset
        case null
        case bool(Bool)
        case string(String)
        case integer(Int64)
        case unsigned(UInt64)
        case double(Double)
        case float(Float)
        case array
        case object
    }

    struct Node {
        var value: Value
        /// The key of an object's field; empty elsewhere.
        var key: String
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
    }

    private(set) var nodes: [Node] = []

    /// A new top-level node, not yet encoded.
    mutating func root() -> Int32 {
        nodes.append(Node(value: .unset, key: ""))
        return Int32(nodes.count - 1)
    }

    /// A new child of `parent`, after its other children.
    mutating func append(_ value: Value, key: String = "", to parent: Int32) -> Int32 {
        let child = Int32(nodes.count)
        nodes.append(Node(value: value, key: key))
        let last = nodes[Int(parent)].lastChild
        if last >= 0 { nodes[Int(last)].next = child } else { nodes[Int(parent)].firstChild = child }
        nodes[Int(parent)].lastChild = child
        return child
    }

    subscript(node: Int32) -> Value {
        get { nodes[Int(node)].value }
        set { nodes[Int(node)].value = newValue }
    }

    /// Makes `node` a container of the kind given, unless it already is one.
    mutating func makeContainer(_ node: Int32, object: Bool) {
        switch nodes[Int(node)].value {
        case .object where object, .array where !object: return
        default:
            nodes[Int(node)].value = object ? .object : .array
            nodes[Int(node)].firstChild = -1
            nodes[Int(node)].lastChild = -1
        }
    }

    /// Writes `node` and what it holds, objects' fields in ascending order of their keys (byte
    /// order, as `.sortedKeys`). `scratch` holds the children of the objects being written.
    func write(_ node: Int32, to writer: inout JSONWriter, scratch: inout [Int32]) {
        switch nodes[Int(node)].value {
        case .unset:
            writer.open(UInt8(ascii: "{"))
            writer.close(UInt8(ascii: "}"))
        case .null: writer.null()
        case .bool(let value): writer.bool(value)
        case .string(let value): writer.string(value)
        case .integer(let value): writer.number(value)
        case .unsigned(let value): writer.number(value)
        case .double(let value): writer.number(value)
        case .float(let value): writer.number(value)
        case .array:
            writer.open(UInt8(ascii: "["))
            var child = nodes[Int(node)].firstChild
            while child >= 0 {
                write(child, to: &writer, scratch: &scratch)
                child = nodes[Int(child)].next
            }
            writer.close(UInt8(ascii: "]"))
        case .object:
            writer.open(UInt8(ascii: "{"))
            let base = scratch.count
            var child = nodes[Int(node)].firstChild
            var sorted = true
            while child >= 0 {
                if let last = scratch.last, scratch.count > base, !(nodes[Int(last)].key < nodes[Int(child)].key) { sorted = false }
                scratch.append(child)
                child = nodes[Int(child)].next
            }
            if !sorted { scratch[base...].sort { nodes[Int($0)].key < nodes[Int($1)].key } }
            for position in base..<scratch.count {
                let field = scratch[position]
                writer.key(nodes[Int(field)].key)
                write(field, to: &writer, scratch: &scratch)
            }
            scratch.removeSubrange(base...)
            writer.close(UInt8(ascii: "}"))
        }
    }
}
