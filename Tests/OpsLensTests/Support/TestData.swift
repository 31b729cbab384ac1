import Foundation

/// Paths to the shared reference data beside the repository, and scratch folders for fixtures.
enum TestData {
    /// The package's root folder (where Package.swift is).
    static let packageRoot = TestFiles.packageRoot

    /// `../shared/data/ofac/<name>` resolved from the package root.
    static func ofac(_ name: String) -> String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/ofac/\(name)").path
    }

    /// A new empty folder under the system's temporary folder holding `files` (name → bytes).
    static func folder(_ files: [String: [UInt8]]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        return url.path
    }

    /// `folder(_:)` for text files.
    static func folder(text files: [String: String]) throws -> String {
        try folder(files.mapValues { Array($0.utf8) })
    }
}
