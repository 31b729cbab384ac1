/// A waiver file that cannot be used, with the file, line and column of the problem.
public typealias WaiverFileError = InputError

extension InputError.Code {
    /// The text is not valid YAML.
    public static let syntax = Self(name: "syntax")
    /// The file, an entry or a value has the wrong shape (e.g. a list where text is expected).
    public static let wrongType = Self(name: "wrong-type")
    /// A key the waiver format does not have.
    public static let unknownKey = Self(name: "unknown-key")
    /// A required key is absent or empty.
    public static let missingKey = Self(name: "missing-key")
    /// A date that is not a real YYYY-MM-DD date, or dates in the wrong order.
    public static let badDate = Self(name: "bad-date")
    /// A waiver that says neither or both of "which finding" forms, or a malformed security key.
    public static let badMatch = Self(name: "bad-match")
    /// Two waivers with the same id.
    public static let duplicateId = Self(name: "duplicate-id")
}
