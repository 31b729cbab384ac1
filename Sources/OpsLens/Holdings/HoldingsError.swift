/// A holdings file that cannot be read at all, with where and why.
///
/// Row-level problems do not throw: they become rejected rows in the file's report.
public struct HoldingsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// The file could not be opened or read.
        public static let unreadable = Code(name: "unreadable")
        /// The file has no bytes, or only blank lines.
        public static let empty = Code(name: "empty")
        /// The file holds binary data, not text.
        public static let binary = Code(name: "binary")
        /// No row looks like a header and no explicit mapping says where the columns are.
        public static let noHeader = Code(name: "no-header")
        /// An explicit column mapping names a column the header does not have.
        public static let unknownColumn = Code(name: "unknown-column")
        /// A mapping file or option is malformed.
        public static let badMapping = Code(name: "bad-mapping")
    }

    public let code: Code
    public let file: String
    /// 1-based physical line, when the problem has one.
    public let line: Int?
    /// 1-based column (field position), when the problem has one.
    public let column: Int?
    public let message: String

    public init(_ code: Code, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and terminals link to.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
