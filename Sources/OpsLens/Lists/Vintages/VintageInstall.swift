import Foundation

/// Turns a folder of freshly copied OFAC files into a vintage — checked, described by its manifest
/// and renamed into place in one step — or leaves every vintage as it was.
///
/// The files are copied into a staging folder inside the vintages folder (``stagingFolder(in:)``),
/// so the final rename stays on one file system; the staging folder's name is not a date, so it
/// is never taken for a vintage, even when a run is killed half-way.
public enum VintageInstall {
    /// What an install did.
    public struct Outcome: Sendable {
        /// The vintage now in place.
        public var vintage: ListVintage
        /// Its lists, as checked.
        public var lists: [OFACList]
        /// The newest vintage before this one, if there was one.
        public var previous: ListVintage?
        /// What changed since `previous`; `nil` when there was none.
        public var changes: ListChanges?
        /// The vintage of that date already had exactly these files; nothing was written.
        public var unchanged: Bool
    }

    /// A new, empty staging folder in `root` (created if needed).
    public static func stagingFolder(in root: String) throws -> String {
        let path = (root as NSString).appendingPathComponent(".incoming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Checks the files in `staged`, writes their manifest and renames the folder to `<root>/<date>`.
    ///
    /// On any problem the staging folder is removed and the vintages in `root` are left untouched.
    /// A vintage of the same date is replaced only by a checked one with different files.
    ///
    /// - Parameter sources: file name → the address or path it was copied from; problems are reported
    ///   against it, since the staged copy is gone.
    /// - Throws: `ListLoadFailure` with every problem found.
    public static func install(staged: String, into root: String, date: CalendarDate, retrievedAt: String,
                               sources: [String: String], limits: VintageCheck.Limits = .init()) throws -> Outcome {
        let fileManager = FileManager.default
        defer { try? fileManager.removeItem(atPath: staged) }
        let previous = ListVintage.newest(in: root)
        let previousManifest = try? previous?.manifest()
        let previousCounts = Dictionary(previousManifest?.lists.map { ($0.list, $0.entries) } ?? [], uniquingKeysWith: { first, _ in first })
        let result = VintageCheck.check(directory: staged, previous: previousCounts, limits: limits)
        guard result.errors.isEmpty else {
            throw ListLoadFailure(errors: result.errors.map { relocate($0, from: staged, to: sources) })
        }
        let manifest = VintageManifest(describing: staged, lists: result.lists, date: date, retrievedAt: retrievedAt, sources: sources)
        let target = (root as NSString).appendingPathComponent(date.description)
        if let existing = try? ListVintage(date: date, directory: target).manifest(),
           existing.files.map(\.sha256) == manifest.files.map(\.sha256) {
            return Outcome(vintage: ListVintage(date: date, directory: target), lists: result.lists, previous: previous, changes: nil, unchanged: true)
        }
        try manifest.encoded().write(to: URL(fileURLWithPath: (staged as NSString).appendingPathComponent(VintageManifest.fileName)))
        let changes = previous.flatMap { try? OFACListReader.load(directory: $0.directory) }.map {
            ListChanges(from: $0.flatMap(\.entities), to: result.lists.flatMap(\.entities))
        }
        try replace(target, with: staged)
        return Outcome(vintage: ListVintage(date: date, directory: target), lists: result.lists, previous: previous,
                       changes: changes, unchanged: false)
    }

    /// Renames `staged` to `target`; an existing `target` is moved aside first and removed after.
    private static func replace(_ target: String, with staged: String) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: target) else {
            try fileManager.moveItem(atPath: staged, toPath: target)
            return
        }
        let aside = ((target as NSString).deletingLastPathComponent as NSString).appendingPathComponent(".replaced-\(UUID().uuidString)")
        try fileManager.moveItem(atPath: target, toPath: aside)
        do {
            try fileManager.moveItem(atPath: staged, toPath: target)
        } catch {
            try? fileManager.moveItem(atPath: aside, toPath: target)
            throw error
        }
        try? fileManager.removeItem(atPath: aside)
    }

    /// The problem, placed at the file's source instead of its staged copy.
    private static func relocate(_ error: ListLoadError, from staged: String, to sources: [String: String]) -> ListLoadError {
        var error = error
        let name = (error.location.file as NSString).lastPathComponent
        if error.location.file.hasPrefix(staged), let source = sources[name] { error.location.file = source }
        return error
    }
}
