/// A problem with an input — a holdings, mapping, waiver, baseline, name-pairs, GLEIF, rules or list file, a
/// command-line path — with its file, line, column, code and message.
///
/// The one error family for every file a user hands OpsLens, so every command reports them the same
/// way (`file:line:column: message`) and maps them to exit code 2. Each area adds its own codes, and names
/// the family after itself where that helps readers (`HoldingsError`, `WaiverFileError`, `ListLoadError`, …).
/// Rules and list problems also carry a level (``severity``): their loads collect warnings beside errors,
/// and print both compiler-style, `file:line:column: error: message`.
public struct InputError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes (see the extensions beside each reader).
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A code named `name` (kebab-case), for readers outside the engine that add their own.
        public init(name: String) { self.init(rawValue: name) }

        /// The file could not be opened or read.
        public static let unreadable = Code(name: "unreadable")
    }

    /// Whether a rules or list problem stops the load (`error`) or is reported while the load goes on (`warning`).
    public enum Level: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var code: Code
    /// The level of a rules or list problem; `nil` for other inputs, whose errors always stop the read and are
    /// printed without a level.
    public var severity: Level?
    /// The file, 1-based physical line and 1-based column (or field position), as far as they are known.
    public var location: SourceLocation
    public var message: String

    public var file: String { location.file }
    /// 1-based physical line, when the problem has one.
    public var line: Int? { location.line }
    /// 1-based column (or field position), when the problem has one.
    public var column: Int? { location.column }

    /// An error in the input `file`, at `line` and `column` when known.
    public init(_ code: Code, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.code = code
        self.location = SourceLocation(file: file, line: line, column: column)
        self.message = message
    }

    /// A rules or list problem at `location`; an error unless `severity` says otherwise.
    public init(_ code: Code, _ message: String, at location: SourceLocation, severity: Level = .error) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:column: message`, the form editors and terminals link to (the message alone without a file);
    /// `file:line:column: error: message` for rules and list problems, as compilers print them.
    public var description: String {
        if let severity { return "\(location): \(severity.rawValue): \(message)" }
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return location.isEmpty ? message : "\(location): \(message)"
    }
}
