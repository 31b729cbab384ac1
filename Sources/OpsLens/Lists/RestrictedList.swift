/// A loaded list: OFAC files (from `--ofac` or pinned in a list file) or a native `Rules/` list.
public struct RestrictedList: Hashable, Sendable, Codable {
    /// A file the list was read from, with its SHA-256.
    public typealias File = FileStamp

    /// The list id rules refer to (`ofac-sdn`, `ofac-consolidated`, `opslens-sensetime-curated`, …).
    public var id: String
    public var title: String
    public var provenance: Provenance
    /// The files read, list file first for native lists.
    public var files: [File]
    public var entities: [ListEntity]
    /// Where the list was declared (a list file, or the `--ofac` folder).
    public var location: SourceLocation
    /// The OFAC vintage (`Rules/ofac/<date>/`) the list was read from, when it was read from one.
    public var vintage: VintageStamp?

    /// Creates a list; the loader fills `files` with every file read and its SHA-256.
    public init(id: String, title: String, provenance: Provenance, files: [File], entities: [ListEntity], location: SourceLocation,
                vintage: VintageStamp? = nil) {
        self.id = id
        self.title = title
        self.provenance = provenance
        self.files = files
        self.entities = entities
        self.location = location
        self.vintage = vintage
    }

    /// How many entities carry each program.
    public var programCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for entity in entities {
            for program in entity.programs { counts[program, default: 0] += 1 }
        }
        return counts
    }
}
