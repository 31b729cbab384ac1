import Foundation

/// A dated copy of OFAC's legacy CSV files: a folder `<root>/YYYY-MM-DD/` holding the SDN and
/// Consolidated files and their `manifest.json`.
///
/// Vintages are written once by `opslens lists update` and kept: the newest is the default list
/// set, earlier ones stay for comparisons (``ListChanges``) and replays.
public struct ListVintage: Hashable, Sendable, Codable {
    /// The folder under a rules folder that holds the OFAC vintages: `Rules/ofac/`.
    public static let folderName = "ofac"

    /// The day the vintage is of (its folder name).
    public var date: CalendarDate
    /// The vintage's folder.
    public var directory: String

    public init(date: CalendarDate, directory: String) {
        self.date = date
        self.directory = directory
    }

    /// The vintages in `root`, oldest first: every sub-folder named `YYYY-MM-DD` that has a manifest.
    ///
    /// Folders without a manifest (a download that never finished) are not vintages.
    public static func all(in root: String) -> [ListVintage] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.compactMap { name in
            guard let date = CalendarDate(iso: name) else { return nil }
            let vintage = ListVintage(date: date, directory: (root as NSString).appendingPathComponent(name))
            return FileManager.default.fileExists(atPath: vintage.manifestPath) ? vintage : nil
        }.sorted { $0.date < $1.date }
    }

    /// The newest vintage in `root`, if any.
    public static func newest(in root: String) -> ListVintage? {
        all(in: root).last
    }

    /// The vintages folder of a rules folder: `<rules>/ofac`.
    public static func root(ofRules rulesDirectory: String) -> String {
        (rulesDirectory as NSString).appendingPathComponent(folderName)
    }

    /// The vintage's `manifest.json`.
    public var manifestPath: String {
        (directory as NSString).appendingPathComponent(VintageManifest.fileName)
    }

    /// Reads the manifest.
    public func manifest() throws -> VintageManifest {
        try VintageManifest(contentsOf: manifestPath)
    }

    /// Whole days from the vintage's date to `today` (0 on the day itself).
    public func age(on today: CalendarDate) -> Int {
        today.dayNumber - date.dayNumber
    }

    /// Whether the vintage is more than `maximumDays` days old on `today`.
    public func isStale(on today: CalendarDate, maximumDays: Int) -> Bool {
        age(on: today) > maximumDays
    }

    /// The vintage as named in a report's provenance: its date, folder and manifest SHA-256.
    public var stamp: VintageStamp? {
        FileDigest.sha256(ofFileAt: manifestPath).map {
            VintageStamp(date: date.description, directory: directory, manifestSHA256: $0)
        }
    }
}

/// Which vintage a list was read from, for a report's provenance.
public struct VintageStamp: Hashable, Sendable, Codable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var directory: String
    /// The SHA-256 of the vintage's `manifest.json`, which holds every file's SHA-256.
    public var manifestSHA256: String

    public init(date: String, directory: String, manifestSHA256: String) {
        self.date = date
        self.directory = directory
        self.manifestSHA256 = manifestSHA256
    }
}
