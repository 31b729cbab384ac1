import Foundation
import Testing

/// Every executable answers `--help`: `opslens` and each of its subcommands, found by walking the help
/// itself (so a new subcommand is checked without being listed here), and `opslens-bench` with each mode.
@Suite("Help for every executable")
struct HelpTests {
    /// The subcommands a help text lists under SUBCOMMANDS.
    static func subcommands(in help: String) -> [String] {
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
        return section.components(separatedBy: "\n").prefix { !$0.isEmpty }.compactMap { line in
            guard line.hasPrefix("  "), let first = line.dropFirst(2).first, first.isLowercase else { return nil }
            return String(line.dropFirst(2).prefix { !$0.isWhitespace })
        }
    }

    /// Every command path of `opslens`, from the root, with what its `--help` printed.
    static func commandTree() throws -> [(command: [String], help: OpsLensProcess.Result)] {
        var found: [(command: [String], help: OpsLensProcess.Result)] = []
        var pending: [[String]] = [[]]
        while let command = pending.popLast() {
            let result = try OpsLensProcess.run(command + ["--help"])
            found.append((command, result))
            pending += subcommands(in: result.stdout).map { command + [$0] }
        }
        return found
    }

    @Test("opslens and every subcommand, at every level, answer --help with their usage and exit 0")
    func opslensAnswersHelp() throws {
        let tree = try Self.commandTree()
        let commands = Set(tree.map { $0.command.joined(separator: " ") })
        for expected in ["screen", "report", "check", "serve", "rules validate", "holdings inspect", "lists update", "audit verify"] {
            #expect(commands.contains(expected), "the walk reaches \(expected)")
        }
        for (command, help) in tree {
            #expect(help.status == 0, "\(command)")
            #expect(help.stdout.contains("USAGE: opslens"), "\(command): \(help.stdout.prefix(200))")
            #expect(help.stderr.isEmpty, "\(command): \(help.stderr.prefix(200))")
        }
    }

    @Test("opslens-bench and each of its modes answer --help with the usage, without running a benchmark")
    func benchmarksAnswerHelp() throws {
        let help = try OpsLensProcess.run(["--help"], program: OpsLensProcess.benchmarks)
        #expect(help.status == 0 && help.stdout.contains("USAGE: opslens-bench"))
        let modes = help.stdout.components(separatedBy: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "opslens-bench"), index + 1 < words.count,
                  words[index + 1].first?.isLowercase == true else { return nil }
            return String(words[index + 1])
        }
        #expect(Set(modes).isSuperset(of: ["names", "lookups", "hot", "same-process", "orders", "ownership"]))
        for mode in modes {
            let result = try OpsLensProcess.run([mode, "--help"], program: OpsLensProcess.benchmarks)
            #expect(result.status == 0 && result.stdout == help.stdout, "\(mode)")
        }
    }
}
