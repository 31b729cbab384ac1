/// One OFAC file set as loaded from a directory: its entities, the files read and their hashes.
public struct OFACList: Hashable, Sendable, Codable {
    /// A file that was read, with its SHA-256 and record count.
    public struct File: Hashable, Sendable, Codable {
        public var path: String
        public var sha256: String
        public var records: Int
    }

    public var fileSet: OFACFileSet
    public var directory: String
    public var files: [File]
    /// The entries in main-file order.
    public var entities: [ListEntity]
    /// Problems that did not stop the load (aliases of unknown entries, malformed identifiers, …).
    public var warnings: [ListLoadError]

    /// The list id of the entities (`ofac-sdn` or `ofac-consolidated`).
    public var listID: String { fileSet.listID }
}

/// What reading an OFAC directory produced, errors included, so a validator can report all of them.
public struct OFACReadResult: Sendable {
    public var lists: [OFACList]
    public var errors: [ListLoadError]
    public var warnings: [ListLoadError] { lists.flatMap(\.warnings) }
}
