import ArgumentParser

/// `opslens lists …`: keep OFAC's lists current.
struct ListsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "Keep the OFAC list vintages under Rules/ofac/ current.",
        subcommands: [ListsUpdateCommand.self]
    )
}
