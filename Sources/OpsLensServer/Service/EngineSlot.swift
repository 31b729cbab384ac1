import Foundation
import OpsLens
import Synchronization

/// The engine the service screens with, swapped whole when the rules reload.
///
/// A request takes the engine once and keeps it to the end, so a reload never changes the rules
/// under a running screening; a reload that fails leaves the old engine in place.
public final class EngineSlot: Sendable {
    /// Where the rules and lists come from.
    public struct Source: Sendable, Hashable {
        public var rulesDirectory: String?
        public var ofacDirectories: [String]
        /// GLEIF relationship files and the ISIN→LEI map screened through (the rules folder's
        /// in-house ownership files are read with the rules).
        public var gleifFiles: [String]
        public var isinLEIFile: String?

        public init(rulesDirectory: String?, ofacDirectories: [String] = [], gleifFiles: [String] = [], isinLEIFile: String? = nil) {
            self.rulesDirectory = rulesDirectory
            self.ofacDirectories = ofacDirectories
            self.gleifFiles = gleifFiles
            self.isinLEIFile = isinLEIFile
        }
    }

    /// An engine and what it says about itself.
    public struct Loaded: Sendable {
        public var engine: ScreeningEngine
        /// When it was loaded (ISO 8601).
        public var loadedAt: String
        public var rules: RulesInForce
    }

    /// How the last reload went.
    public enum ReloadResult: Sendable {
        case reloaded(Loaded)
        /// The rules did not load; the previous engine still serves.
        case failed(String)
    }

    public let source: Source
    private let current: Mutex<Loaded>
    /// Reloads one at a time.
    private let reloading = Mutex<Bool>(false)

    /// Serves `engine`, loaded from `source`.
    public init(engine: ScreeningEngine, source: Source) {
        self.source = source
        current = Mutex(Self.loaded(engine))
    }

    /// Loads the rules from `source`.
    ///
    /// - Throws: `ListLoadFailure` or `WaiverFileError` when they do not load.
    public convenience init(loading source: Source) throws {
        self.init(engine: try Self.loadEngine(source), source: source)
    }

    /// The engine serving now.
    public var loaded: Loaded { current.withLock { $0 } }

    /// Builds a new engine from `source` off the caller's thread and swaps it in; on failure keeps the old one.
    public func reload() async -> ReloadResult {
        guard reloading.withLock({ busy in defer { busy = true }; return !busy }) else {
            return .failed("a reload is already running")
        }
        defer { reloading.withLock { $0 = false } }
        let source = source
        let result: Result<ScreeningEngine, any Error> = await Task.detached { Result { try Self.loadEngine(source) } }.value
        switch result {
        case .success(let engine):
            let fresh = Self.loaded(engine)
            current.withLock { $0 = fresh }
            return .reloaded(fresh)
        case .failure(let error):
            return .failed(Self.describe(error))
        }
    }

    static func loadEngine(_ source: Source) throws -> ScreeningEngine {
        try ScreeningEngine.load(rulesDirectory: source.rulesDirectory, ofacDirectories: source.ofacDirectories,
                                 gleifFiles: source.gleifFiles, isinLEIFile: source.isinLEIFile)
    }

    private static func loaded(_ engine: ScreeningEngine) -> Loaded {
        Loaded(engine: engine, loadedAt: Date().formatted(Date.ISO8601FormatStyle()), rules: RulesInForce(engine: engine))
    }

    /// Every problem of a failed load, one per line (as `opslens rules validate` prints them).
    public static func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}
