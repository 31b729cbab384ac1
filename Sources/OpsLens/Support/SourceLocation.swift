/// Where a piece of list data came from: a file and a 1-based physical line.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file path as given to the loader.
    public var file: String
    /// The 1-based physical line, when known.
    public var line: Int?
    /// The 1-based column (for CSV, the field number), when known.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        return text
    }
}
