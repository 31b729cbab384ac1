import ArgumentParser
import OpsLens

/// `--gleif FILE` (repeatable) and `--isin-lei FILE`: the ownership data every screening command
/// screens through, besides the rules folder's in-house `*.ownership.csv` files.
struct OwnershipDataOptions: ParsableArguments {
    @Option(name: .customLong("gleif"),
            help: ArgumentHelp("A GLEIF Level 2 relationship file (RR-CDF CSV) to screen through; repeatable.", valueName: "FILE"))
    var gleifFiles: [String] = []

    @Option(name: .customLong("isin-lei"),
            help: ArgumentHelp("GLEIF's ISIN-to-LEI mapping file (LEI,ISIN CSV): the issuer LEI of holdings known by ISIN.",
                               valueName: "FILE"))
    var isinLEIFile: String?
}

extension RulesSourceOptions {
    /// An engine over the compiled rule book `snapshot` when given, else over the rules and lists
    /// loaded from the sources, screening through the rules folder's ownership files and `ownership`'s.
    func engine(snapshot: String? = nil, ownership: OwnershipDataOptions, decodingEntriesOnUse: Bool = false) throws -> ScreeningEngine {
        guard snapshot != nil else { return try engine(gleifFiles: ownership.gleifFiles, isinLEIFile: ownership.isinLEIFile) }
        let data = try OwnershipData.load(gleifFiles: ownership.gleifFiles, isinLEIFile: ownership.isinLEIFile,
                                          rulesDirectory: rulesDirectory)
        return try engine(snapshot: snapshot, decodingEntriesOnUse: decodingEntriesOnUse).with(ownership: data)
    }
}
