import Foundation
import Synchronization

/// `opslens serve` started as a user would, on a free loopback port, with what it printed.
final class ServedProcess: Sendable {
    let process: Process
    let port: Int
    private let output: Output

    /// What the process printed, filled as it arrives.
    private final class Output: Sendable {
        let data = Mutex(Data())
        var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
    }

    /// The repository's rules with the small pinned example lists instead of the full OFAC
    /// vintage, so that each start stays quick in debug builds.
    static let rules: String = {
        let root = OpsLensProcess.packageRoot.appendingPathComponent("Rules")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-serve-rules-\(UUID().uuidString)")
        let manager = FileManager.default
        try! manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["rules", "lists", "waivers.yaml"] {
            try! manager.copyItem(at: root.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        for example in try! manager.contentsOfDirectory(atPath: root.appendingPathComponent("examples").path) where example.hasSuffix(".yaml") {
            try! manager.copyItem(at: root.appendingPathComponent("examples/" + example),
                                  to: folder.appendingPathComponent("lists/" + example))
        }
        return folder.path
    }()

    /// Starts `opslens serve --port 0 --rules RULES ARGUMENTS` and waits until it says where it listens.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = OpsLensProcess.executable
        process.arguments = ["serve", "--port", "0", "--rules", Self.rules] + arguments
        process.currentDirectoryURL = OpsLensProcess.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let output = Output()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            output.data.withLock { $0.append(chunk) }
        }
        try process.run()
        self.process = process
        self.output = output
        let deadline = Date().addingTimeInterval(120)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            let text = output.text
            if let range = text.range(of: #"listening on http://[^:]+:(\d+)"#, options: .regularExpression) {
                port = Int(text[range].split(separator: ":").last ?? "")
            }
        }
        guard let port else {
            process.terminate()
            throw ServeError.didNotStart(output.text)
        }
        self.port = port
    }

    enum ServeError: Error { case didNotStart(String) }

    /// Everything the service printed so far (standard output and error).
    var printed: String { output.text }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Sends `signal` and waits for the process to end.
    func stop(_ signal: Int32 = SIGTERM) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    deinit { stop(SIGKILL) }

    struct Reply {
        var status: Int
        var body: String
        var headers: String
    }

    /// A request with curl, a real HTTP client: `arguments` add headers, data or the method.
    static func curl(_ url: String, _ arguments: [String] = []) throws -> Reply {
        let directory = FileManager.default.temporaryDirectory
        let headersFile = directory.appendingPathComponent("opslens-curl-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: headersFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-D", headersFile, "-w", "\n%{http_code}", "--max-time", "120"] + arguments + [url]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let split = text.range(of: "\n", options: .backwards)
        let status = Int(split.map { text[$0.upperBound...] } ?? "") ?? 0
        let headers = (try? String(contentsOfFile: headersFile, encoding: .utf8)) ?? ""
        return Reply(status: status, body: split.map { String(text[..<$0.lowerBound]) } ?? text, headers: headers)
    }
}
