import Foundation

/// Paths to the test fixtures and the shared data, found from this source file.
enum NameFixtures {
    /// The package's root folder (where Package.swift is).
    static let packageRoot = TestFiles.packageRoot

    /// The labelled name pairs (`name1,name2,is_match,category`).
    static let labelledPairs = packageRoot.appendingPathComponent("Tests/OpsLensTests/Names/Fixtures/name-pairs.csv")

    /// The generated organisation-name pairs (`name1,name2,is_match,kind`) tuned on, and those held out.
    static let tuningPairs = packageRoot.appendingPathComponent("Tests/OpsLensTests/Names/Fixtures/org-pairs-tuning.csv")
    static let heldOutPairs = packageRoot.appendingPathComponent("Tests/OpsLensTests/Names/Fixtures/org-pairs-heldout.csv")

    /// `../shared/data`, beside the repository.
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// The bytes of a file under `../shared/data`.
    static func sharedFile(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: sharedData.appendingPathComponent(path)))
    }
}
