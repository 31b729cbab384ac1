import ArgumentParser
import Foundation
import OpsLens

/// `opslens holdings inspect FILE...`: encoding, delimiter, header, columns, counts, rejected rows.
struct HoldingsInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how OpsLens reads holdings files: layout, column mapping, counts, rejected rows.",
        discussion: "Exit codes: 0 every file was read (rows may still be rejected), 2 a file could not be read at all."
    )

    @Argument(help: "Holdings files or folders of them.")
    var paths: [String]

    @OptionGroup var reading: HoldingsReadingOptions

    @OptionGroup var output: TextOrJSONOption

    @Option(help: "How many holdings to show per file.")
    var sample = 5

    func run() throws {
        let options = try reading.readOptions()
        let reader = HoldingsReader(options: options)
        var inspected: [InspectedFile] = []
        var failures: [HoldingsError] = []
        for path in try InputFiles.expand(paths) {
            var first: [Holding] = []
            do {
                let report = try reader.read(path) { holding in
                    if first.count < sample { first.append(holding) }
                }
                inspected.append(InspectedFile(report: report, firstHoldings: first))
            } catch let error as HoldingsError {
                failures.append(error)
            }
        }
        switch output.format {
        case .json:
            print(try JSONOutput.string(inspected))
        case .text:
            for file in inspected { print(InspectionText.render(file)) }
        }
        for failure in failures {
            FileHandle.standardError.write(Data("error: \(failure)\n".utf8))
        }
        if !failures.isEmpty { throw ExitCode.inputError }
    }
}

/// One file's report plus the first holdings read from it.
struct InspectedFile: Encodable {
    var report: HoldingsFileReport
    var firstHoldings: [Holding]

    func encode(to encoder: Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(firstHoldings, forKey: .firstHoldings)
    }

    private enum Keys: String, CodingKey { case firstHoldings }
}
