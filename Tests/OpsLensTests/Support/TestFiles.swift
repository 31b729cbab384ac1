import Foundation

/// Paths of the repository's and the shared data's files, and scratch files for tests.
enum TestFiles {
    /// The package root (where Package.swift is), found from this source file.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A file of the repository, e.g. `Portfolios/emerging-asia-etf.csv`.
    static func repository(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    /// A file in `../shared/data`, e.g. `holdings/ishares_ACWI_2022-03-10.csv`.
    static func shared(_ relative: String) -> String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(relative).path
    }

    /// Writes `bytes` to a new temporary file and returns its path.
    static func temporary(_ bytes: [UInt8], name: String = "holdings.csv") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to a new temporary file and returns its path.
    static func temporary(_ text: String, name: String = "holdings.csv") throws -> String {
        try temporary(Array(text.utf8), name: name)
    }
}
