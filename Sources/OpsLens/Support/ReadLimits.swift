/// How much of any input OpsLens accepts before it refuses it, so that no file — broken or
/// hostile — can hang a run or exhaust its memory.
///
/// Holdings limits make a row that breaks them a rejected row (line, column, reason) and a file
/// that breaks them an error; the reader checks them where its parser already knows the lengths,
/// so they cost nothing per row. Every limit is configurable (`opslens screen --max-…`).
public struct ReadLimits: Hashable, Sendable {
    /// The largest holdings file read, in bytes; a larger one is refused before it is read.
    public var fileBytes: Int
    /// The longest row, in bytes of its values and delimiters; a longer row is rejected.
    public var lineBytes: Int
    /// The longest value, in bytes; a row holding a longer one is rejected, naming its column.
    public var fieldBytes: Int
    /// The most values in a row; a wider row is rejected (a wider header refuses the file).
    public var columns: Int
    /// The most physical lines in a holdings file; a longer file is refused.
    public var lines: Int
    /// The largest rule, list, waiver or mapping file (YAML), in bytes.
    public var yamlBytes: Int
    /// The deepest nesting of mappings and sequences in a YAML file (libyaml itself stops at 1,000).
    public var yamlNesting: Int
    /// How many characters of a holding's name are compared with the lists' names: a longer name
    /// is cut (at a word break when there is one near) and its findings say so.
    public var nameCharacters: Int

    public init(fileBytes: Int = 4 << 30, lineBytes: Int = 1 << 20, fieldBytes: Int = 64 << 10, columns: Int = 4_096,
                lines: Int = 100_000_000, yamlBytes: Int = 16 << 20, yamlNesting: Int = 32, nameCharacters: Int = 256) {
        self.fileBytes = fileBytes
        self.lineBytes = lineBytes
        self.fieldBytes = fieldBytes
        self.columns = columns
        self.lines = lines
        self.yamlBytes = yamlBytes
        self.yamlNesting = yamlNesting
        self.nameCharacters = nameCharacters
    }

    /// The limits OpsLens reads with unless told otherwise.
    public static let standard = ReadLimits()
}

/// A number of bytes for messages: `65,536 bytes (64 KiB)`.
func describeBytes(_ count: Int) -> String {
    let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    guard let (size, unit) = units.first(where: { count >= $0.0 && count % $0.0 == 0 }) else { return "\(count) bytes" }
    return "\(count / size) \(unit)"
}
