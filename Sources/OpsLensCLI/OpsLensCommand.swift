import ArgumentParser
import Foundation
import OpsLens

/// The `opslens` command: checks holdings against restricted lists.
@main
struct OpsLensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opslens",
        abstract: "Checks investment holdings against restricted issuers (OFAC SDN, NS-CMIC, in-house lists).",
        discussion: """
        Exit codes: 0 success (no findings at or above --fail-on), 1 findings at or above \
        --fail-on, 2 usage, input, rules or list errors.
        """,
        version: OpsLensVersion.current,
        subcommands: [
            HoldingsCommand.self,
            RulesCommand.self,
            IdCommand.self,
            OwnershipCommand.self,
            MatchCommand.self,
            CalibrateCommand.self,
            ScreenCommand.self,
            CheckCommand.self,
            ListsCommand.self,
        ]
    )

    /// Runs the command line, mapping every usage or input error to exit code 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exitCode as ExitCode {
            Foundation.exit(exitCode.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitCode.inputError.rawValue)
        }
    }
}

extension ExitCode {
    /// 1: findings at or above the `--fail-on` level.
    static let findings = ExitCode(1)
    /// 2: usage, input, rules or list errors.
    static let inputError = ExitCode(2)
}
