import Foundation

/// A server on 127.0.0.1 that a test starts and stops: Python's `http.server` over a folder, or a
/// socket that accepts connections and never answers (to test timeouts). It listens on a free
/// port the system picks, and is stopped when the test ends (or, at the latest, after two minutes).
final class LocalServer {
    let process = Process()
    let port: Int

    /// Python's `http.server` serving `directory` on loopback.
    static func files(_ directory: String) throws -> LocalServer {
        try LocalServer(script: """
            import functools, http.server, sys
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            print("Serving on port", server.server_address[1])
            threading.Timer(120, server.shutdown).start()
            server.serve_forever()
            """, directory)
    }

    /// A listening socket that never answers a request.
    static func silent() throws -> LocalServer {
        try LocalServer(script: """
            import socket, time
            s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(64)
            print("Serving on port", s.getsockname()[1])
            time.sleep(120)
            """)
    }

    /// Runs `script` with Python; the test runner's blocked signals are unblocked first, and the
    /// script ends by itself after two minutes at most.
    private convenience init(script: String, _ arguments: String...) throws {
        let prelude = "import signal, threading\nsignal.pthread_sigmask(signal.SIG_SETMASK, [])\n"
        try self.init(arguments: ["-u", "-c", prelude + script] + arguments)
    }

    private init(arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the port: "Serving on port 40123". Read with read(2), which returns
        // what has arrived, as the server keeps the pipe open.
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 256)
        while !text.contains("\n") {
            let count = read(out.fileHandleForReading.fileDescriptor, &buffer, buffer.count)
            if count <= 0 { break }
            text += String(decoding: buffer[..<count], as: UTF8.self)
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let index = words.firstIndex(of: "port"), index + 1 < words.count, let port = Int(words[index + 1]) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the local server did not start: \(text)"])
        }
        self.port = port
    }

    /// `http://127.0.0.1:PORT/path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    /// Kills the server (SIGKILL: the test runner's children may block SIGTERM) and waits for it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }
}
