import ArgumentParser
import Foundation
import OpsLens

/// `opslens rules …`: validate and inspect the rules folder and the lists it names.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Validate and inspect rules and restricted lists.",
        subcommands: [RulesValidateCommand.self, RulesListCommand.self, RulesShowCommand.self, RulesEntityCommand.self,
                      RulesCompileCommand.self]
    )
}

/// The options every `rules` subcommand takes: where the rules and the OFAC folders are.
struct RulesSourceOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("The rules folder.", valueName: "DIR"))
    var rulesDirectory: String = "Rules"

    @Option(name: .customLong("ofac"), help: ArgumentHelp("An OFAC legacy CSV folder (sdn.csv and/or cons_prim.csv); repeatable.", valueName: "DIR"))
    var ofacDirectories: [String] = []

    /// Reads everything, without throwing.
    func read() -> RuleBookReadResult {
        RuleBookLoader.read(rulesDirectory: rulesDirectory, ofacDirectories: ofacDirectories)
    }

    /// Loads everything; on any error prints them all to standard error and exits with code 2.
    func load() throws -> RuleBook {
        let result = read()
        guard result.errors.isEmpty else {
            RulesOutput.printErrors(result.errors)
            throw ExitCode.inputError
        }
        return result.book
    }

    /// Loads everything into a screening engine, with the rules folder's default waivers and ownership
    /// files and the ownership files given; on any
    /// rules or list error prints them all to standard error and exits with code 2.
    func engine(gleifFiles: [String] = [], isinLEIFile: String? = nil) throws -> ScreeningEngine {
        do {
            return try ScreeningEngine.load(rulesDirectory: rulesDirectory, ofacDirectories: ofacDirectories,
                                            gleifFiles: gleifFiles, isinLEIFile: isinLEIFile)
        } catch let failure as ListLoadFailure {
            RulesOutput.printErrors(failure.errors)
            throw ExitCode.inputError
        }
    }
}

/// Printing helpers shared by the `rules` subcommands.
enum RulesOutput {
    static func printErrors(_ errors: [ListLoadError]) {
        for error in errors { printError(error.description) }
        printError("\(errors.count) error\(errors.count == 1 ? "" : "s")")
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

}
