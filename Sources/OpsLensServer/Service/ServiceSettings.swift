import Foundation

/// The service's limits.
public struct ServiceSettings: Sendable, Hashable {
    /// The largest request body accepted (413 above it).
    public var maxUploadBytes: Int
    /// The longest an upload may take to arrive (408 after it).
    public var uploadTimeLimit: Duration
    /// How many screenings run at once; more wait their turn.
    public var concurrentScreenings: Int

    public init(maxUploadBytes: Int = 100_000_000, uploadTimeLimit: Duration = .seconds(300),
                concurrentScreenings: Int = ServiceSettings.defaultConcurrency) {
        self.maxUploadBytes = maxUploadBytes
        self.uploadTimeLimit = uploadTimeLimit
        self.concurrentScreenings = concurrentScreenings
    }

    /// One screening per processor core, and at least two.
    public static var defaultConcurrency: Int { max(2, ProcessInfo.processInfo.activeProcessorCount) }

    /// A size such as `100MB`, `512KB`, `2GB` or a plain number of bytes.
    public static func bytes(_ text: String) -> Int? {
        let upper = text.uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1000), ("B", 1)]
        for (suffix, factor) in units where upper.hasSuffix(suffix) {
            return Int(upper.dropLast(suffix.count)).map { $0 * factor }.flatMap { $0 > 0 ? $0 : nil }
        }
        return Int(upper).flatMap { $0 > 0 ? $0 : nil }
    }
}
