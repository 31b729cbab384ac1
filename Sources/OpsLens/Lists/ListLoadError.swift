/// A problem found while loading a list or rules file, with the file and line it is on: the input error
/// family's codes (``InputError/Code``) with a level, printed `file:line:column: error: message`.
///
/// Errors stop a load; warnings (`severity == .warning`) are reported and the load goes on.
public struct ListLoadError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What kind of problem this is: the input error family's extensible codes.
    public typealias Code = InputError.Code

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

extension InputError.Code {
    /// A required file is missing or cannot be read.
    public static let unreadableFile = Self(name: "unreadable-file")
    /// A CSV record has the wrong number of fields.
    public static let wrongColumnCount = Self(name: "wrong-column-count")
    /// An entry number is not a whole number.
    public static let badEntryNumber = Self(name: "bad-entry-number")
    /// Two entries share one entry number.
    public static let duplicateEntry = Self(name: "duplicate-entry")
    /// An alias, address or remarks row names an entry the main file does not have.
    public static let unknownEntry = Self(name: "unknown-entry")
    /// An identifier whose shape is wrong (kept as remark text).
    public static let badIdentifier = Self(name: "bad-identifier")
    /// A value that is not one of the allowed ones.
    public static let badValue = Self(name: "bad-value")
    /// YAML that does not parse.
    public static let badSyntax = Self(name: "bad-syntax")
    /// A pinned SHA-256 does not match the file.
    public static let hashMismatch = Self(name: "hash-mismatch")
    /// A transcribed entry differs from the published one, or is missing from it.
    public static let transcriptionDiffers = Self(name: "transcription-differs")
    /// A reference (list, entity, rule) that does not resolve.
    public static let unresolvedReference = Self(name: "unresolved-reference")
}
