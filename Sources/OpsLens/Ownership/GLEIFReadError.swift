/// A problem that stops reading a GLEIF relationship file, with the line it is on.
public struct GLEIFReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is; extensible, so new codes are not breaking changes.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The file has no header record.
        public static let empty = Code(rawValue: "empty")
        /// A column the reader needs is not in the header.
        public static let missingColumn = Code(rawValue: "missing-column")
        /// A quoted field is never closed (a truncated file).
        public static let unterminatedQuote = Code(rawValue: "unterminated-quote")
    }

    public var code: Code
    public var message: String
    /// The 1-based physical line, when the problem is on one.
    public var line: Int?

    public init(_ code: Code, _ message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
