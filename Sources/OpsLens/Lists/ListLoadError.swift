/// A problem found while loading a list or rules file: an ``InputError`` with a level, printed
/// `file:line:column: error: message`.
///
/// Errors stop a load; warnings (`severity == .warning`) are reported and the load goes on. The name says
/// where a problem comes from in the loaders' signatures (`[ListLoadError]` of a rule book or OFAC read); the
/// type, its codes and its fields are the input error family's.
public typealias ListLoadError = InputError

/// The errors that stopped a load, in file and line order.
public struct ListLoadFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [ListLoadError]

    public init(errors: [ListLoadError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension InputError.Code {
    /// A required file is missing or cannot be read.
    public static let unreadableFile = Self(name: "unreadable-file")
    /// A list's main file has no entries (an empty or failed download).
    public static let noEntries = Self(name: "no-entries")
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
    /// A pinned SHA-256 does not match the file.
    public static let hashMismatch = Self(name: "hash-mismatch")
    /// A transcribed entry differs from the published one, or is missing from it.
    public static let transcriptionDiffers = Self(name: "transcription-differs")
    /// A reference (list, entity, rule) that does not resolve.
    public static let unresolvedReference = Self(name: "unresolved-reference")
}
