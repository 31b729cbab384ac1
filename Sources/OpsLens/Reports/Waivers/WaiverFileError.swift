/// A waiver file that cannot be used, with the file, line and column of the problem.
public typealias WaiverFileError = InputError

extension InputError.Code {
    /// The text is not valid YAML.
    public static let syntax = Self(name: "syntax")
    /// A waiver that says neither or both of "which finding" forms, or a malformed security key.
    public static let badMatch = Self(name: "bad-match")
    /// Two waivers with the same id.
    public static let duplicateId = Self(name: "duplicate-id")
}
