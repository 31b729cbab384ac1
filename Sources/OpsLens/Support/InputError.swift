/// An input that cannot be used (holdings, mapping, waiver, baseline, name-pairs or GLEIF files, command-line
/// paths), with where and why.
///
/// The one error family for every file a user hands OpsLens, so every command reports them the same
/// way (`file:line:column: message`) and maps them to exit code 2. Each area adds its own codes, and names
/// the family after itself where that helps readers (`HoldingsError`, `WaiverFileError`, `BaselineError`, …).
/// List and rules problems (`ListLoadError`) share these codes and add a level (error or warning).
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes (see the extensions beside each reader).
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        init(name: String) { self.init(rawValue: name) }
        public var description: String { rawValue }

        /// The file could not be opened or read.
        public static let unreadable = Code(name: "unreadable")
    }

    public let code: Code
    public let file: String
    /// 1-based physical line, when the problem has one.
    public let line: Int?
    /// 1-based column (or field position), when the problem has one.
    public let column: Int?
    public let message: String

    public init(_ code: Code, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and terminals link to (the message alone without a file).
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return location.isEmpty ? message : "\(location): \(message)"
    }
}
