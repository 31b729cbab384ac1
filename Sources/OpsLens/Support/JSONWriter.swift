/// JSON written straight into bytes, the same bytes `JSONEncoder` gives with
/// `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted` when `pretty`): `"`, `\\` and
/// control characters escaped (`\b \t \n \f \r`, else `\u00XX`), everything else as UTF-8, numbers
/// as Swift prints them without a trailing `.0`; pretty output indents by two spaces and writes
/// `"key" : value`, and an empty container as `[`, an empty line, `]`.
///
/// The writer does not sort: its caller (`SortedJSONEncoder`) writes keys in ascending order, and
/// tests compare the result with `JSONEncoder`'s.
public struct JSONWriter {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// Two-space indentation and `" : "` between key and value.
    public let pretty: Bool
    /// Whether the next value or key needs a comma before it.
    private var needsComma = false
    /// Whether a key was just written, so its value follows on the same line.
    private var afterKey = true
    /// How many containers are open.
    private var depth = 0

    public init(capacity: Int = 1024, pretty: Bool = false) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the writer, keeping its storage, to write the next value.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
        afterKey = true
        depth = 0
    }

    /// A line break after a value: JSON Lines, one value a line.
    public mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
        afterKey = true
    }

    // MARK: Structure

    /// `{`, the fields `body` writes, `}`.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// `[`, the values `body` writes, `]`.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// Opens a container; `close` ends it. For writers that cannot hand over a closure.
    mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        if pretty { bytes.append(UInt8(ascii: "\n")) }
        depth += 1
        needsComma = false
        afterKey = false
    }

    mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
        needsComma = true
    }

    /// A key inside an object; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        writeQuoted(name)
        if pretty {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
        afterKey = true
    }

    // MARK: Values

    public mutating func string(_ value: String) {
        separate()
        writeQuoted(value)
        needsComma = true
    }

    public mutating func null() {
        raw("null")
    }

    /// A number as `JSONEncoder` spells it: Swift's shortest form, `1000` not `1000.0`, `1e+16`.
    /// Infinity and NaN, which `JSONEncoder` refuses and JSON cannot hold, are written as `null`.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return raw("null") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    public mutating func number(_ value: Float) {
        guard value.isFinite else { return raw("null") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    public mutating func number(_ value: Int) {
        raw(value.description)
    }

    public mutating func number(_ value: Int64) {
        raw(value.description)
    }

    public mutating func number(_ value: UInt64) {
        raw(value.description)
    }

    public mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    // MARK: Bytes

    /// What goes before a value or key: nothing after a key, else a comma after an earlier
    /// value and, when pretty, a line break and the indentation.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma {
            bytes.append(UInt8(ascii: ","))
            if pretty { bytes.append(UInt8(ascii: "\n")) }
        }
        if pretty { indent() }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func raw(_ text: String) {
        separate()
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    /// `text` in quotes, escaped; copied whole when nothing needs escaping.
    private mutating func writeQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var clean = utf8.startIndex
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
                appendEscaped(byte)
                clean = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}
