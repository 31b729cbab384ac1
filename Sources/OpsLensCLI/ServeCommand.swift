import ArgumentParser
import Foundation
import Logging
import OpsLens
import OpsLensServer
import Synchronization

/// `opslens serve`: the HTTP service — upload page, screening API and audit trail.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the upload page and the screening API, recording every run in an audit database.",
        discussion: """
        Tokens come from --tokens FILE (YAML list of name/token/admin, or lines NAME TOKEN [admin]) or \
        OPSLENS_TOKENS ("NAME TOKEN [admin]; ..."). With no tokens the service listens on 127.0.0.1 only. \
        SIGHUP or POST /api/v1/admin/reload reloads the rules; a failed reload keeps the old rules serving.
        """
    )

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one (printed at start).")
    var port: Int = 8080

    @OptionGroup var sources: RulesSourceOptions

    @OptionGroup var ownership: OwnershipDataOptions

    @Option(help: ArgumentHelp("The audit database (SQLite), created on first start.", valueName: "PATH"))
    var db: String = "opslens-audit.sqlite"

    @Option(help: ArgumentHelp("Bearer tokens file.", valueName: "FILE"))
    var tokens: String?

    @Option(help: ArgumentHelp("The largest upload accepted, e.g. 100MB.", valueName: "SIZE"))
    var maxUpload: String = "100MB"

    @Option(help: ArgumentHelp("Seconds an upload may take before it is cut off.", valueName: "SECONDS"))
    var uploadTimeout: Int = 300

    @Option(help: "Screenings run at once (default: one per core, at least 2).")
    var concurrency: Int?

    func run() throws {
        guard let maxBytes = ServiceSettings.bytes(maxUpload) else {
            throw ValidationError("--max-upload must be a size such as 100MB, not \"\(maxUpload)\"")
        }
        guard uploadTimeout > 0 else { throw ValidationError("--upload-timeout must be at least 1 second") }
        let access = try accessTokens()
        let host = access.isEmpty && !["127.0.0.1", "::1", "localhost"].contains(host) ? "127.0.0.1" : host
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        let logger = Logger(label: "opslens")
        let engines = EngineSlot(engine: try sources.engine(ownership: ownership),
                                 source: .init(rulesDirectory: sources.rulesDirectory, ofacDirectories: sources.ofacDirectories,
                                               gleifFiles: ownership.gleifFiles, isinLEIFile: ownership.isinLEIFile))
        let service = OpsLensService(
            engines: engines, audit: try AuditLog(path: db), tokens: access,
            settings: ServiceSettings(maxUploadBytes: maxBytes, uploadTimeLimit: .seconds(uploadTimeout),
                                      concurrentScreenings: concurrency ?? ServiceSettings.defaultConcurrency))
        if access.isEmpty {
            logger.warning("no access tokens configured (--tokens or OPSLENS_TOKENS): listening on \(host) (loopback) only, every caller is an admin\(host == self.host ? "" : "; --host \(self.host) ignored")")
        } else {
            logger.info("\(access.count) access tokens loaded")
        }
        let hangup = service.reloadOnHangup(logger: logger)
        defer { hangup.cancel() }
        let application = service.application(host: host, port: port, logger: logger) { port in
            FileHandle.standardOutput.write(Data("opslens serve: listening on http://\(host):\(port) (audit database \(db))\n".utf8))
        }
        try Self.block { try await application.runService() }
    }

    /// The tokens file, or else `OPSLENS_TOKENS`, or none.
    private func accessTokens() throws -> AccessTokens {
        if let tokens { return try AccessTokens.load(file: tokens) }
        if let text = ProcessInfo.processInfo.environment["OPSLENS_TOKENS"], !text.isEmpty {
            return try AccessTokens.parse(environment: text)
        }
        return .none
    }

    /// Runs `work` to its end from synchronous code (the command's `run`).
    private static func block(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        Task {
            do { try await work() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
