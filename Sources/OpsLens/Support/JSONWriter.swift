/// Compact JSON written straight into bytes, the same bytes `JSONEncoder` gives with
/// `[.sortedKeys, .withoutEscapingSlashes]`: no spaces, `"`, `\` and control characters escaped
/// (`\b \t \n \f \r`, else `\u00XX`), everything else as UTF-8, numbers as Swift prints them
/// without a trailing `.0`.
///
/// For hot paths that write one small value at a time (a pre-trade decision per order), where
/// `JSONEncoder`'s boxing and key sorting cost more than the answer itself. The writer does not
/// sort: a value writes its keys in ascending order (`JSONWritable`), and tests compare the
/// result with `JSONEncoder`'s.
public struct JSONWriter {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value or key needs a comma before it.
    private var needsComma = false

    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the writer, keeping its storage, to write the next value.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    /// A line break after a value: JSON Lines, one value a line.
    public mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = false
    }

    // MARK: Structure

    /// `{`, the fields `body` writes, `}`.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    /// `[`, the values `body` writes, `]`.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]"), body)
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(open)
        needsComma = false
        body(&self)
        bytes.append(close)
        needsComma = true
    }

    /// A key inside an object; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        writeQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    // MARK: Values

    public mutating func string(_ value: String) {
        separate()
        writeQuoted(value)
        needsComma = true
    }

    /// A number as `JSONEncoder` spells it: Swift's shortest form, `1000` not `1000.0`, `1e+16`.
    /// Infinity and NaN, which `JSONEncoder` refuses and JSON cannot hold, are written as `null`.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return raw("null") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    public mutating func number(_ value: Int) {
        raw(value.description)
    }

    public mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    /// A value that writes itself.
    public mutating func value(_ value: some JSONWritable) {
        value.write(to: &self)
    }

    // MARK: Bytes

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
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

/// A value that writes itself as JSON, its keys in ascending order (as `.sortedKeys` puts them).
public protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

extension JSONWriter {
    /// `"key":value`, or nothing when `value` is `nil` (as `Encodable`'s `encodeIfPresent`).
    public mutating func field(_ key: String, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    public mutating func field(_ key: String, _ value: Double?) {
        guard let value else { return }
        self.key(key)
        number(value)
    }

    public mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        number(value)
    }

    public mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    public mutating func field(_ key: String, _ value: (some JSONWritable)?) {
        guard let value else { return }
        self.key(key)
        value.write(to: &self)
    }

    public mutating func field(_ key: String, _ values: [String]?) {
        guard let values else { return }
        self.key(key)
        array { json in for value in values { json.string(value) } }
    }

    public mutating func field(_ key: String, _ values: [some JSONWritable]) {
        self.key(key)
        array { json in for value in values { value.write(to: &json) } }
    }

    /// A string-to-string dictionary as an object, its keys sorted.
    public mutating func field(_ key: String, _ dictionary: [String: String]) {
        self.key(key)
        object { json in
            for (name, value) in dictionary.sorted(by: { $0.key < $1.key }) { json.field(name, value) }
        }
    }
}

extension CalendarDate: JSONWritable {
    /// `"2022-02-08"`, as `Codable` writes it.
    public func write(to json: inout JSONWriter) {
        json.string(description)
    }
}
