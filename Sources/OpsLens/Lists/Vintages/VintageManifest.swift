import Foundation

/// The `manifest.json` of a list vintage: where each file came from, when, its size and SHA-256,
/// and how many entries each list and program has.
///
/// Written once when the vintage is installed and never changed, so its own SHA-256 names the
/// vintage in a report's provenance.
public struct VintageManifest: Hashable, Sendable, Codable {
    public static let schemaID = "opslens.ofac-vintage/v1"
    /// The manifest's file name inside a vintage folder.
    public static let fileName = "manifest.json"

    /// One OFAC file of the vintage.
    public struct File: Hashable, Sendable, Codable {
        /// `sdn.csv`, `cons_prim.csv`, …
        public var name: String
        /// The address or path it was copied from.
        public var source: String
        public var size: Int
        public var sha256: String
        /// CSV records read from it.
        public var records: Int

        public init(name: String, source: String, size: Int, sha256: String, records: Int) {
            self.name = name
            self.source = source
            self.size = size
            self.sha256 = sha256
            self.records = records
        }
    }

    /// One list of the vintage with its entries by program.
    public struct ListCount: Hashable, Sendable, Codable {
        /// `ofac-sdn` or `ofac-consolidated`.
        public var list: String
        public var entries: Int
        /// Entries per program (an entry with two programs counts under both).
        public var programs: [String: Int]

        public init(list: String, entries: Int, programs: [String: Int]) {
            self.list = list
            self.entries = entries
            self.programs = programs
        }
    }

    public var schema = VintageManifest.schemaID
    /// The vintage's date (`YYYY-MM-DD`): the day its files were retrieved, or the day they are of.
    public var date: String
    /// When the files were copied, ISO 8601.
    public var retrievedAt: String
    public var files: [File]
    public var lists: [ListCount]
    /// Anything a reader should know (e.g. that the SDN and Consolidated files are of different days).
    public var notes: String?

    public init(date: CalendarDate, retrievedAt: String, files: [File], lists: [ListCount], notes: String? = nil) {
        self.date = date.description
        self.retrievedAt = retrievedAt
        self.files = files
        self.lists = lists
        self.notes = notes
    }

    /// Describes the checked files in `directory`: each file's size and SHA-256 as it is on disk now,
    /// its records and source (`sources`: file name → address or path), and each list's entries by program.
    public init(describing directory: String, lists: [OFACList], date: CalendarDate, retrievedAt: String,
                sources: [String: String], notes: String? = nil) {
        let records = Dictionary(lists.flatMap(\.files).map { (($0.path as NSString).lastPathComponent, $0.records) },
                                 uniquingKeysWith: { first, _ in first })
        let files = VintageCheck.requiredFiles.map { name in
            let path = OFACListReader.path(directory, name)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return File(name: name, source: sources[name] ?? "", size: size,
                        sha256: FileDigest.sha256(ofFileAt: path) ?? "", records: records[name] ?? 0)
        }
        let counts = lists.map { list in
            ListCount(list: list.listID, entries: list.entities.count,
                      programs: list.entities.reduce(into: [:]) { counts, entity in
                          for program in entity.programs { counts[program, default: 0] += 1 }
                      })
        }
        self.init(date: date, retrievedAt: retrievedAt, files: files, lists: counts, notes: notes)
    }

    /// The manifest as written: pretty, key-sorted JSON with a final line break.
    public func encoded() throws -> Data {
        Data(try SortedJSONEncoder(pretty: true).encode(self) + Array("\n".utf8))
    }

    /// Reads a manifest; a problem is a `ListLoadError` naming the file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ListLoadFailure(errors: [ListLoadError(.unreadableFile, "cannot read the vintage manifest \(path)", at: SourceLocation(file: path))])
        }
        do {
            self = try JSONDecoder().decode(VintageManifest.self, from: data)
        } catch {
            throw ListLoadFailure(errors: [ListLoadError(.badSyntax, "not an OpsLens vintage manifest: \(error)", at: SourceLocation(file: path))])
        }
    }
}
