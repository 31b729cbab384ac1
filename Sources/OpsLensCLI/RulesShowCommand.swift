import ArgumentParser
import OpsLens

/// `opslens rules show ID`: one rule in full, with its provenance.
struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one rule in full.")

    @OptionGroup var sources: RulesSourceOptions

    @Argument(help: "The rule id, e.g. ns-cmic.")
    var id: String

    @OptionGroup var output: TextOrJSONOption

    func run() throws {
        let book = try sources.load()
        guard let rule = book.rule(id: id) else {
            RulesOutput.printError("no rule '\(id)'; rules: \(book.rules.map(\.id).joined(separator: ", "))")
            throw ExitCode.inputError
        }
        if output.format == .json { return try JSONOutput.print(rule) }
        var lines = [
            "\(rule.id): \(rule.title)",
            "  restriction:   \(rule.restriction.rawValue)",
            "  severity:      \(rule.severity.rawValue)",
            "  lists:         \(rule.lists.joined(separator: ", "))",
            "  programs:      \(rule.programs.isEmpty ? "(every entry)" : rule.programs.joined(separator: ", "))",
            "  timing:        \(rule.timing.rawValue)",
            "  subsidiaries:  \(rule.subsidiaries.rawValue)",
        ]
        if let from = rule.effectiveFrom { lines.append("  in force from: \(from)") }
        if let to = rule.effectiveTo { lines.append("  in force to:   \(to)") }
        lines += RulesEntityCommand.describe(rule.provenance, indent: "  ")
        if let notes = rule.notes { lines.append("  notes:         \(notes)") }
        lines.append("  defined at:    \(rule.location)")
        print(lines.joined(separator: "\n"))
    }
}
