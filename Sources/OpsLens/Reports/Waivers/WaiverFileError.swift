/// A waiver file that cannot be used, with the file, line and column of the problem.
public struct WaiverFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// The file could not be read.
        public static let unreadable = Code(name: "unreadable")
        /// The text is not valid YAML.
        public static let syntax = Code(name: "syntax")
        /// The file, an entry or a value has the wrong shape (e.g. a list where text is expected).
        public static let wrongType = Code(name: "wrong-type")
        /// A key the waiver format does not have.
        public static let unknownKey = Code(name: "unknown-key")
        /// A required key is absent or empty.
        public static let missingKey = Code(name: "missing-key")
        /// A date that is not a real YYYY-MM-DD date, or dates in the wrong order.
        public static let badDate = Code(name: "bad-date")
        /// A waiver that says neither or both of "which finding" forms, or a malformed security key.
        public static let badMatch = Code(name: "bad-match")
        /// Two waivers with the same id.
        public static let duplicateId = Code(name: "duplicate-id")
    }

    public let code: Code
    public let file: String
    /// 1-based line, when the problem has one.
    public let line: Int?
    /// 1-based column, when the problem has one.
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
