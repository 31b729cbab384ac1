import ArgumentParser
import Foundation
import OpsLensServer

/// `opslens audit`: checks on the service's audit database.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the audit trail the service records.",
        subcommands: [AuditVerifyCommand.self]
    )
}

/// `opslens audit verify --db PATH`: walks the hash chain; exit 1 and the first bad row when it is broken.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every audit row's hash chain and name the first row that was changed, removed or reordered.",
        discussion: "Exit codes: 0 the chain is whole; 1 it is broken; 2 the database cannot be read."
    )

    @Option(help: ArgumentHelp("The audit database (SQLite).", valueName: "PATH"))
    var db: String

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("\(db): no such audit database")
        }
        let verification = try AuditLog(path: db).verify()
        if let bad = verification.firstBadRow {
            print("\(db): the audit chain is broken at row \(bad.id): \(bad.reason)")
            throw ExitCode.findings
        }
        print("\(db): the audit chain is whole (\(verification.rows) rows)")
    }
}
