import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Copies list files from sources — `http(s)://` addresses or local folders — with a timeout and
/// retries. Each file comes from the first source that has it (HTTP 404 or 410, or no such file
/// in a folder, means "not there": the next source is tried).
struct ListFileFetcher {
    /// Seconds without data before a download fails (the whole file gets twenty times that).
    var timeout: TimeInterval
    /// Further attempts after a failed download.
    var retries: Int
    /// Called with (bytes so far, bytes expected or -1) while a file downloads.
    var progress: @Sendable (Int, Int64) -> Void = { _, _ in }

    /// Copies `name` from the first of `sources` that has it to `destination`.
    ///
    /// - Returns: the address or path it was copied from.
    /// - Throws: `CLIError` naming the file and every address tried when no source has it or a download fails.
    func fetch(_ name: String, from sources: [String], to destination: String) throws -> String {
        for source in sources {
            let address = source.hasSuffix("/") ? source + name : source + "/" + name
            if let url = URL(string: address), ["http", "https"].contains(url.scheme?.lowercased()) {
                if try download(url, to: destination) { return address }
            } else if FileManager.default.fileExists(atPath: address) {
                try FileManager.default.copyItem(atPath: address, toPath: destination)
                return address
            }
        }
        throw CLIError("\(name): no source has it (tried \(sources.joined(separator: ", ")))")
    }

    /// Downloads `url`, retrying failures; `false` when the server says the file is not there.
    private func download(_ url: URL, to destination: String) throws -> Bool {
        var problem = ""
        for attempt in 0...max(0, retries) {
            if attempt > 0 { Thread.sleep(forTimeInterval: min(0.5 * Double(attempt), 5)) }
            let result = Download(url: url, destination: destination, timeout: timeout, progress: progress).run()
            switch result {
            case .done: return true
            case .notFound: return false
            case .failed(let reason): problem = reason
            }
        }
        let attempts = max(0, retries) + 1
        throw CLIError("\(url.absoluteString): \(problem) (\(attempts) attempt\(attempts == 1 ? "" : "s"))")
    }
}

/// One HTTP download into a file, written as the bytes arrive.
private final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    enum Result { case done, notFound, failed(String) }

    private let url: URL
    private let destination: String
    private let timeout: TimeInterval
    private let progress: @Sendable (Int, Int64) -> Void
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var file: FileHandle?
    private var status = 0
    private var expected: Int64 = -1
    private var received = 0
    private var error: Error?

    init(url: URL, destination: String, timeout: TimeInterval, progress: @escaping @Sendable (Int, Int64) -> Void) {
        self.url = url
        self.destination = destination
        self.timeout = timeout
        self.progress = progress
    }

    func run() -> Result {
        guard FileManager.default.createFile(atPath: destination, contents: nil),
              let handle = FileHandle(forWritingAtPath: destination) else {
            return .failed("cannot write \(destination)")
        }
        file = handle
        defer { try? handle.close() }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 20
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
        session.dataTask(with: url).resume()
        finished.wait()
        session.finishTasksAndInvalidate()
        return lock.withLock {
            switch status {
            case 200 where error == nil: return .done
            case 404, 410: return .notFound
            case 0: return .failed(describe(error))
            case 200: return .failed("the download broke off after \(received) bytes: \(describe(error))")
            default: return .failed("HTTP \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))")
            }
        }
    }

    private func describe(_ error: Error?) -> String {
        guard let error else { return "no response" }
        if let urlError = error as? URLError, urlError.code == .timedOut { return "timed out after \(Int(timeout)) s without data" }
        return error.localizedDescription
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        lock.withLock {
            self.status = status
            expected = response.expectedContentLength
        }
        completionHandler(status == 200 ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let (received, expected) = lock.withLock { () -> (Int, Int64) in
            file?.write(data)
            self.received += data.count
            return (self.received, self.expected)
        }
        progress(received, expected)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if status == 200 || status == 0 { self.error = error }  // else the task was cancelled on purpose
        }
        finished.signal()
    }
}
