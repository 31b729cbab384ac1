import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium (Debian's `chromium` package), for tests that open a page in a real browser.
///
/// A page is opened with every request sent to a proxy on a local port that only notes the request
/// line of each connection made to it, so a test can tell whether the page asked the network for
/// anything; console messages come from Chromium's log on standard error. Chromium's own service
/// requests (time, update and account checks to google.com and googleapis.com hosts) are left out.
enum HeadlessChromium {
    /// The browser, or `nil` when it is not installed.
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static let missing = "chromium is not installed (apt-get install -y --no-install-recommends chromium): browser test skipped"

    /// What the browser did with a page.
    struct Visit {
        /// Console messages and page errors Chromium logged.
        var console: [String]
        /// The request lines the page sent to the network (every request goes through the noting proxy).
        var networkRequests: [String]
        /// The screenshot's bytes.
        var screenshot: Data
    }

    /// Opens `html` (written to a temporary file) and takes a screenshot of `width` × `height` pixels.
    static func visit(_ html: String, width: Int = 1200, height: Int = 1500) throws -> Visit {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: page)
        let screenshot = directory.appendingPathComponent("page.png")
        let proxy = try NotingListener()
        defer { proxy.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
                             "--proxy-server=http://127.0.0.1:\(proxy.port)", "--proxy-bypass-list=<-loopback>", "--timeout=5000",
                             "--enable-logging=stderr", "--v=0", "--window-size=\(width),\(height)",
                             "--screenshot=\(screenshot.path)", page.absoluteString]
        // A file, not a pipe: Chromium's crash handler outlives it and would hold a pipe open.
        let logFile = directory.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let log = try FileHandle(forWritingTo: logFile)
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try log.close()
        let console = try String(contentsOf: logFile, encoding: .utf8).split(separator: "\n")
            .filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }.map(String.init)
        let requests = proxy.acceptPending().filter { line in
            !["google.com", "googleapis.com"].contains { line.contains(".\($0)") }
        }
        return Visit(console: console, networkRequests: requests, screenshot: (try? Data(contentsOf: screenshot)) ?? Data())
    }
}

/// A TCP listener on 127.0.0.1 that only notes the first line sent on each connection waiting for it.
private final class NotingListener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 64) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard descriptor >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// Accepts and closes every connection waiting, and returns the first line each sent.
    func acceptPending() -> [String] {
        var lines: [String] = []
        while case let connection = accept(descriptor, nil, nil), connection >= 0 {
            var timeout = timeval(tv_sec: 0, tv_usec: 300_000)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var buffer = [UInt8](repeating: 0, count: 512)
            let count = recv(connection, &buffer, buffer.count, 0)
            let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
            lines.append(String(text.split(separator: "\r\n").first ?? "(nothing sent)"))
            Glibc.close(connection)
        }
        return lines
    }

    func close() {
        Glibc.close(descriptor)
    }
}
