import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OpsLens
import OpsLensServer

/// A service over the repository's rules and a fresh audit database, driven in process.
struct ServerFixture {
    /// The package's root folder (where Package.swift is), found from this source file.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The repository's rules with the small pinned example lists instead of the full OFAC vintage,
    /// so that loading (and reloading) stays quick in debug builds.
    static let rules: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-rules-\(UUID().uuidString)")
        let manager = FileManager.default
        try! manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["rules", "lists", "waivers.yaml"] {
            try! manager.copyItem(atPath: packageRoot + "/Rules/" + item, toPath: folder.appendingPathComponent(item).path)
        }
        for example in try! manager.contentsOfDirectory(atPath: packageRoot + "/Rules/examples") where example.hasSuffix(".yaml") {
            try! manager.copyItem(atPath: packageRoot + "/Rules/examples/" + example,
                                  toPath: folder.appendingPathComponent("lists/" + example).path)
        }
        return folder.path
    }()
    /// One engine for every test: loading the rules is the slow part.
    static let engine = Result { try ScreeningEngine.load(rulesDirectory: rules) }
    static let sample = packageRoot + "/Portfolios/emerging-asia-etf.csv"
    static var sampleBytes: [UInt8] { Array(FileManager.default.contents(atPath: sample)!) }
    /// The sample's header and holdings rows, the rows repeated: a larger upload that still reads as users' data.
    static func sampleRows(repeated times: Int) -> [UInt8] {
        let lines = String(decoding: sampleBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.firstIndex { $0.hasPrefix("Ticker,Name,") }!
        let rows = lines[(header + 1)...].prefix { $0.hasPrefix("\"") && $0.contains("\",\"") }
        return Array((([lines[header]] + Array(repeating: rows, count: times).flatMap { $0 }).joined(separator: "\n") + "\n").utf8)
    }

    /// An admin's token, a user's and another user's, for the tokened fixtures.
    static let tokensText = """
        # name token [admin]
        auditor auditor-token-0123456789 admin
        alice alice-token-0123456789
        bob bob-token-0123456789
        """

    let service: OpsLensService
    let directory: URL

    init(tokens: Bool = false, settings: ServiceSettings = ServiceSettings(), rulesDirectory: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = EngineSlot.Source(rulesDirectory: rulesDirectory ?? Self.rules)
        let engine = try rulesDirectory.map { try ScreeningEngine.load(rulesDirectory: $0) } ?? Self.engine.get()
        service = OpsLensService(engines: EngineSlot(engine: engine, source: source),
                                 audit: try AuditLog(path: directory.appendingPathComponent("audit.sqlite").path),
                                 tokens: tokens ? try AccessTokens.parse(environment: Self.tokensText) : .none,
                                 settings: settings)
    }

    var databasePath: String { directory.appendingPathComponent("audit.sqlite").path }

    /// Runs `test` against the service's router, with no socket.
    func test<Value>(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        var quiet = Logger(label: "opslens-test")
        quiet.logLevel = .error
        let application = Application(router: service.router(), logger: quiet)
        return try await application.test(.router, test)
    }

    /// The headers of a call with `token`, and a content type.
    static func headers(token: String? = nil, contentType: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [:]
        if let token { fields[.authorization] = "Bearer \(token)" }
        if let contentType { fields[.contentType] = contentType }
        return fields
    }

    /// A multipart/form-data body of `files` and text `fields`.
    static func multipart(files: [(name: String, bytes: [UInt8])], fields: [String: String] = [:],
                          boundary: String = "opslens-test-boundary") -> (body: ByteBuffer, contentType: String) {
        var body: [UInt8] = []
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return (ByteBuffer(bytes: body), "multipart/form-data; boundary=\(boundary)")
    }

    /// The JSON object of a response body.
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }
}
