/// A problem found while loading a list or rules file, with the file and line it is on.
///
/// Errors stop a load; warnings (`severity == .warning`) are reported and the load goes on.
public struct ListLoadError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What kind of problem this is; extensible, so new codes are not breaking changes.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A required file is missing or cannot be read.
        public static let unreadableFile = Code(rawValue: "unreadable-file")
        /// A CSV record has the wrong number of fields.
        public static let wrongColumnCount = Code(rawValue: "wrong-column-count")
        /// A quoted field is never closed (a truncated file).
        public static let unterminatedQuote = Code(rawValue: "unterminated-quote")
        /// An entry number is not a whole number.
        public static let badEntryNumber = Code(rawValue: "bad-entry-number")
        /// Two entries share one entry number.
        public static let duplicateEntry = Code(rawValue: "duplicate-entry")
        /// An alias, address or remarks row names an entry the main file does not have.
        public static let unknownEntry = Code(rawValue: "unknown-entry")
        /// A date that does not parse.
        public static let badDate = Code(rawValue: "bad-date")
        /// An identifier whose shape is wrong (kept as remark text).
        public static let badIdentifier = Code(rawValue: "bad-identifier")
        /// A value that is not one of the allowed ones.
        public static let badValue = Code(rawValue: "bad-value")
        /// YAML that does not parse.
        public static let badSyntax = Code(rawValue: "bad-syntax")
        /// A file is larger or nested deeper than `ReadLimits` allows.
        public static let tooLarge = Code(rawValue: "too-large")
        /// A key the schema does not know.
        public static let unknownKey = Code(rawValue: "unknown-key")
        /// A required key is missing.
        public static let missingKey = Code(rawValue: "missing-key")
        /// A value of the wrong YAML type (e.g. a list where a string is expected).
        public static let wrongType = Code(rawValue: "wrong-type")
        /// A pinned SHA-256 does not match the file.
        public static let hashMismatch = Code(rawValue: "hash-mismatch")
        /// A transcribed entry differs from the published one, or is missing from it.
        public static let transcriptionDiffers = Code(rawValue: "transcription-differs")
        /// A reference (list, entity, rule) that does not resolve.
        public static let unresolvedReference = Code(rawValue: "unresolved-reference")
    }

    /// Whether the problem stops the load.
    public enum Level: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var code: Code
    public var severity: Level
    public var location: SourceLocation
    public var message: String

    /// Creates a problem at `location`; an error unless `severity` says otherwise.
    public init(_ code: Code, _ message: String, at location: SourceLocation, severity: Level = .error) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var file: String { location.file }
    public var line: Int? { location.line }
    public var column: Int? { location.column }

    /// `file:line:column: error: message`, the form compilers and editors understand.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The errors that stopped a load, in file and line order.
public struct ListLoadFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [ListLoadError]

    public init(errors: [ListLoadError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
