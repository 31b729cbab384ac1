import ArgumentParser

@main
struct OpsLensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "opslens")
}
