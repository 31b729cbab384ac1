import Synchronization

/// The one place where a screening happens: a loaded rule book, its index built once, and the
/// rules folder's default waivers.
///
/// Every front end — `opslens screen`, the pre-trade check, the quarterly report, the service —
/// calls an engine; none repeats its work. An engine is immutable and `Sendable`: one serves any
/// number of calls, on any threads, for any as-of dates; a service swaps in a new one when its
/// rules reload.
public final class ScreeningEngine: Sendable {
    /// The matcher version stamped into reports; bump it when matching changes behaviour.
    public static let matcherVersion = "opslens-matcher/2"

    public let book: RuleBook
    public let index: ScreeningIndex
    /// The rules folder's waivers file, applied when a request gives none.
    public let defaultWaivers: WaiverFile?
    /// The rules as they apply on the dates asked about lately (a few, so memory stays flat).
    private let screeners = Mutex<[CalendarDate: Screener]>([:])

    /// Indexes `book`'s lists.
    ///
    /// - Parameters:
    ///   - book: The rules and lists to screen against.
    ///   - defaultWaivers: Waivers applied when a request gives none (the rules folder's own).
    ///   - thresholds: The name-match and review thresholds.
    public convenience init(book: RuleBook, defaultWaivers: WaiverFile? = nil, thresholds: MatchThresholds = .standard) {
        self.init(book: book, index: ScreeningIndex(lists: book.lists, thresholds: thresholds), defaultWaivers: defaultWaivers)
    }

    /// An engine over `book` whose lists `index` has indexed already (a compiled rule book's).
    public init(book: RuleBook, index: ScreeningIndex, defaultWaivers: WaiverFile? = nil) {
        self.book = book
        self.index = index
        self.defaultWaivers = defaultWaivers
    }

    /// Loads a rules folder (with its default waivers file) and OFAC folders, and indexes them.
    ///
    /// - Parameters:
    ///   - rulesDirectory: The rules folder, or `nil` for the OFAC presets only.
    ///   - ofacDirectories: OFAC legacy CSV folders.
    /// - Throws: `ListLoadFailure` when a rules or list file fails to load (nothing is screened
    ///   against less than was asked for); `WaiverFileError` for a broken waivers file.
    public static func load(rulesDirectory: String?, ofacDirectories: [String] = [],
                            thresholds: MatchThresholds = .standard) throws -> ScreeningEngine {
        let book = try RuleBookLoader.load(rulesDirectory: rulesDirectory, ofacDirectories: ofacDirectories)
        let waivers = try rulesDirectory.flatMap { try RulesFolder.waiverFile(in: $0) }.map { try WaiverFile(.file($0)) }
        return ScreeningEngine(book: book, defaultWaivers: waivers, thresholds: thresholds)
    }

    /// The list entries `holding` refers to, by identifier, ticker on its market, or issuer name.
    public func resolve(_ holding: Holding) -> [EntityMatch] {
        index.resolve(holding)
    }

    /// The rules as they apply on `date`.
    public func screener(asOf date: CalendarDate) -> Screener {
        if let known = screeners.withLock({ $0[date] }) { return known }
        let screener = Screener(book: book, index: index, asOf: date)
        screeners.withLock { screeners in
            if screeners.count >= 16 { screeners.removeAll() }
            screeners[date] = screener
        }
        return screener
    }

    /// The findings for `holding` on `date`, given what it resolved to.
    public func findings(for holding: Holding, matches: [EntityMatch], asOf date: CalendarDate) -> [Finding] {
        screener(asOf: date).findings(for: holding, matches: matches)
    }
}
