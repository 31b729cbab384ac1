import ArgumentParser
import OpsLens

/// `opslens rules validate`: reports every problem with file and line; exit 2 on any error.
struct RulesValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the rules folder and the lists it names; print every problem with file and line.",
        discussion: "Exit code 2 when there is any error; warnings alone exit 0."
    )

    @OptionGroup var sources: RulesSourceOptions

    func run() throws {
        let result = sources.read()
        for warning in result.book.warnings { RulesOutput.printError(warning.description) }
        if !result.errors.isEmpty {
            RulesOutput.printErrors(result.errors)
            throw ExitCode.inputError
        }
        let entities = result.book.lists.reduce(0) { $0 + $1.entities.count }
        print("OK: \(result.book.rules.count) rules, \(result.book.lists.count) lists, \(entities) entities, "
              + "\(result.book.files.count) files, \(result.book.warnings.count) warnings")
    }
}
