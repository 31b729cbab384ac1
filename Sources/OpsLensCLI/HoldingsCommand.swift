import ArgumentParser

/// `opslens holdings …`: what OpsLens understands of holdings files.
struct HoldingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holdings",
        abstract: "Read holdings files and show what was understood.",
        subcommands: [HoldingsInspectCommand.self]
    )
}
