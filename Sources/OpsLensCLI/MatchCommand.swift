import ArgumentParser
import Foundation
import OpsLens

/// `opslens match`: compares two names and explains the score, or scores a file of pairs.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Compare two names and explain the score, or score every pair in a CSV file.",
        discussion: """
        The score is the weighted share of both names' words that pair with each other, in [0, 1] \
        (1 = the same words after normalisation). Decision: match at or above \(MatchThresholds.standard.match), \
        review at or above \(MatchThresholds.standard.review), otherwise no-match.
        """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Argument(help: "Two names to compare (omit with --pairs).")
    var names: [String] = []

    @Option(name: .long, help: "A CSV file with the header name1,name2; every row is scored, in input order.")
    var pairs: String?

    @Option(name: .long, help: "Output format: text (the default for two names: the full explanation), json (the default for --pairs) or csv.")
    var format: Format?

    @Flag(name: .long, help: "Count only an exact match after normalisation (as for weak aliases).")
    var exactOnly = false

    func validate() throws {
        if pairs == nil, names.count != 2 {
            throw ValidationError("Give two names, or --pairs FILE.csv.")
        }
        if pairs != nil, !names.isEmpty {
            throw ValidationError("Give either two names or --pairs, not both.")
        }
        if pairs != nil, format == .text {
            throw ValidationError("--pairs writes json or csv.")
        }
    }

    func run() throws {
        let scorer = NameScorer()
        if let pairs {
            let rows = try PairsInput.read(pairs, requireLabels: false)
            let results = rows.map { row in
                let comparison = scorer.compare(row.name1, row.name2, exactOnly: exactOnly)
                return PairResult(name1: row.name1, name2: row.name2, score: Self.rounded(comparison.score), decision: comparison.decision.rawValue)
            }
            print(format == .csv ? Self.csv(results) : try Self.json(results), terminator: "")
        } else {
            let comparison = scorer.compare(names[0], names[1], exactOnly: exactOnly)
            switch format ?? .text {
            case .text: print(ComparisonReport(comparison).text, terminator: "")
            case .json: print(try Self.json(comparison), terminator: "")
            case .csv: print(Self.csv([PairResult(name1: names[0], name2: names[1], score: Self.rounded(comparison.score),
                                                  decision: comparison.decision.rawValue)]), terminator: "")
            }
        }
    }

    struct PairResult: Encodable {
        var name1: String
        var name2: String
        var score: Double
        var decision: String
    }

    static func rounded(_ score: Double) -> Double { ScoreFormat.rounded(score) }

    static func json<Value: Encodable>(_ results: Value) throws -> String {
        try JSONOutput.string(results) + "\n"
    }

    /// The results as CSV, names neutralised against spreadsheet formulas and quoted only where needed.
    static func csv(_ results: [PairResult]) -> String {
        let writer = CSVWriter(quoting: .whenNeeded)
        return writer.line(["name1", "name2", "score", "decision"]) + results.map { result in
            writer.line([.text(result.name1), .text(result.name2), .bare("\(result.score)"), .text(result.decision)])
        }.joined()
    }
}

/// Reads a pairs file for `match --pairs` and `calibrate --pairs`; problems are input errors naming the file.
enum PairsInput {
    static func read(_ path: String, requireLabels: Bool) throws -> [NamePair] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.unreadable, file: path, "cannot read the file")
        }
        return try NamePairsFile.parse(Array(data), requireLabels: requireLabels, file: path)
    }
}
