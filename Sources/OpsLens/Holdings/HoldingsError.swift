/// A holdings file that cannot be read at all, with where and why.
///
/// Row-level problems do not throw: they become rejected rows in the file's report.
public typealias HoldingsError = InputError

extension InputError.Code {
    /// The file has no bytes, or only blank lines.
    public static let empty = Self(name: "empty")
    /// The file holds binary data, not text.
    public static let binary = Self(name: "binary")
    /// No row looks like a header and no explicit mapping says where the columns are.
    public static let noHeader = Self(name: "no-header")
    /// An explicit column mapping names a column the header does not have.
    public static let unknownColumn = Self(name: "unknown-column")
    /// A mapping file or option is malformed.
    public static let badMapping = Self(name: "bad-mapping")
}
