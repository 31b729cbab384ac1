import Foundation

/// Headless Chromium driven through chromedriver's WebDriver API (JSON over HTTP, sent with curl).
final class WebDriver {
    static let chromedriver = "/usr/bin/chromedriver"
    static let chromium = "/usr/bin/chromium"
    /// Whether Debian's chromium and chromium-driver are installed.
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: chromedriver) && FileManager.default.isExecutableFile(atPath: chromium)
    }

    private let driver: Process
    private let base: String
    private var session = ""

    enum Failure: Error { case unexpected(String) }

    init() throws {
        let port = Int.random(in: 20_000...40_000)
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: Self.chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = "http://127.0.0.1:\(port)"
        let deadline = Date().addingTimeInterval(20)
        while (try? ServedProcess.curl(base + "/status"))?.status != 200, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["binary": Self.chromium,
                                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1000"]],
            "goog:loggingPrefs": ["browser": "ALL"],
        ]]]
        let value = try call("POST", "/session", capabilities)
        guard let id = (value as? [String: Any])?["sessionId"] as? String else { throw Failure.unexpected("\(value)") }
        session = "/session/\(id)"
    }

    deinit {
        if !session.isEmpty { _ = try? call("DELETE", session) }
        kill(driver.processIdentifier, SIGKILL)
        driver.waitUntilExit()
    }

    /// One WebDriver command; returns its `value`.
    @discardableResult
    func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any {
        var arguments = ["-X", method]
        if let body {
            arguments += ["-H", "Content-Type: application/json",
                          "--data-binary", String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)]
        }
        let reply = try ServedProcess.curl(base + (path.hasPrefix("/session/") || path == "/session" ? path : session + path), arguments)
        let json = try JSONSerialization.jsonObject(with: Data(reply.body.utf8), options: .fragmentsAllowed) as? [String: Any]
        guard reply.status == 200, let json else { throw Failure.unexpected("\(method) \(path): \(reply.status) \(reply.body)") }
        return json["value"] ?? NSNull()
    }

    func open(_ url: String) throws { try call("POST", "/url", ["url": url]) }

    /// The element `selector` finds.
    func element(_ selector: String) throws -> String {
        let value = try call("POST", "/element", ["using": "css selector", "value": selector]) as? [String: Any]
        guard let id = value?.values.first as? String else { throw Failure.unexpected("no element \(selector)") }
        return id
    }

    func type(_ text: String, into selector: String) throws {
        try call("POST", "/element/\(try element(selector))/value", ["text": text])
    }

    func click(_ selector: String) throws {
        try call("POST", "/element/\(try element(selector))/click", [:])
    }

    /// The value a script returns.
    @discardableResult
    func run(_ script: String) throws -> Any {
        try call("POST", "/execute/sync", ["script": script, "args": [] as [Any]])
    }

    /// The page as PNG.
    func screenshot() throws -> Data {
        guard let text = try call("GET", "/screenshot") as? String, let data = Data(base64Encoded: text) else {
            throw Failure.unexpected("no screenshot")
        }
        return data
    }

    /// The browser console's entries of level SEVERE (errors).
    func consoleErrors() throws -> [String] {
        let entries = try call("POST", "/se/log", ["type": "browser"]) as? [[String: Any]] ?? []
        return entries.filter { $0["level"] as? String == "SEVERE" }.compactMap { $0["message"] as? String }
    }
}
