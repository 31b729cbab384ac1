import Foundation

/// A download progress bar on standard error, in a terminal only.
final class DownloadProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var label = ""
    private var shown = -1

    init(enabled: Bool) { self.enabled = enabled }

    /// Starts the line of one file.
    func start(_ name: String, number: Int, of count: Int) {
        lock.withLock {
            label = "file \(number) of \(count) \(name)"
            shown = -1
        }
        update(0, of: -1)
    }

    /// Redraws with the bytes received (and expected, when the server said).
    func update(_ received: Int, of expected: Int64) {
        guard enabled else { return }
        lock.withLock {
            let step = received / 100_000  // redraw every 100 KB
            guard step != shown else { return }
            shown = step
            let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1e6) }
            var line = "\r\u{1B}[K  downloading \(label)  \(megabytes(received))"
            if expected > 0 {
                let width = 24, filled = min(width, Int(Int64(width) * Int64(received) / expected))
                line += " of \(megabytes(Int(expected))) MB " + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            } else {
                line += " MB"
            }
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Clears the bar.
    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
