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
    /// Every ownership link screening follows (the lists' own, GLEIF's, in-house) and the ISIN→LEI map.
    public let ownership: OwnershipNetwork
    /// The ownership files read, with their SHA-256, for reports.
    public let ownershipFiles: [FileStamp]
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
        self.ownership = OwnershipNetwork(index: index)
        self.ownershipFiles = []
    }

    /// An engine over `book` and `index` that also screens through `ownership`.
    ///
    /// - Throws: `InputError` when an in-house ownership file names a list entry no list loaded has.
    public init(book: RuleBook, index: ScreeningIndex, defaultWaivers: WaiverFile? = nil, ownership: OwnershipData) throws {
        self.book = book
        self.index = index
        self.defaultWaivers = defaultWaivers
        self.ownership = try OwnershipNetwork(index: index, data: ownership)
        self.ownershipFiles = ownership.files
    }

    /// This engine with `ownership` data to screen through (GLEIF files, an ISIN→LEI map, in-house files).
    public func with(ownership data: OwnershipData) throws -> ScreeningEngine {
        data.isEmpty ? self : try ScreeningEngine(book: book, index: index, defaultWaivers: defaultWaivers, ownership: data)
    }

    /// Loads a rules folder (with its default waivers file) and OFAC folders, and indexes them.
    ///
    /// - Parameters:
    ///   - rulesDirectory: The rules folder, or `nil` for the OFAC presets only.
    ///   - ofacDirectories: OFAC legacy CSV folders.
    /// - Throws: `ListLoadFailure` when a rules or list file fails to load (nothing is screened
    ///   against less than was asked for); `WaiverFileError` for a broken waivers file.
    ///   - gleifFiles: GLEIF Level 2 relationship files (RR-CDF CSV).
    ///   - isinLEIFile: GLEIF's ISIN→LEI mapping file.
    /// - Throws: `ListLoadFailure` when a rules or list file fails to load (nothing is screened
    ///   against less than was asked for); `WaiverFileError` for a broken waivers file; `InputError`
    ///   for an ownership file (the rules folder's `*.ownership.csv`, GLEIF's) that does not read.
    public static func load(rulesDirectory: String?, ofacDirectories: [String] = [], gleifFiles: [String] = [],
                            isinLEIFile: String? = nil, thresholds: MatchThresholds = .standard) throws -> ScreeningEngine {
        let book = try RuleBookLoader.load(rulesDirectory: rulesDirectory, ofacDirectories: ofacDirectories)
        let waivers = try rulesDirectory.flatMap { try RulesFolder.waiverFile(in: $0) }.map { try WaiverFile(.file($0)) }
        let ownership = try OwnershipData.load(gleifFiles: gleifFiles, isinLEIFile: isinLEIFile, rulesDirectory: rulesDirectory)
        return try ScreeningEngine(book: book, defaultWaivers: waivers, thresholds: thresholds).with(ownership: ownership)
    }

    /// The list entries `holding` refers to, by identifier, ticker on its market, or issuer name,
    /// and by the issuer LEI the ISIN→LEI map gives its ISIN.
    public func resolve(_ holding: Holding) -> [EntityMatch] {
        withIssuerLEIMatches(holding, index.resolve(holding))
    }

    /// Whether `holding` may be owned by a listed party although it matched no entry: the engine has
    /// ownership data and the holding's issuer has an LEI (its own, or its ISIN's in the map).
    func mayBeOwned(_ holding: Holding) -> Bool {
        ownership.hasData && !ownership.issuerLEIs(of: holding).isEmpty
    }

    /// `matches` and the entries publishing the LEI the ISIN→LEI map gives `holding`'s ISIN.
    func withIssuerLEIMatches(_ holding: Holding, _ matches: [EntityMatch]) -> [EntityMatch] {
        guard ownership.isinLEI != nil else { return matches }
        var matches = matches
        for (lei, how) in ownership.issuerLEIs(of: holding) {
            for key in index.identifiers.keys(for: lei, kind: .lei) where !matches.contains(where: { $0.entityKey == key }) {
                matches.append(EntityMatch(entityKey: key, method: .lei, score: 1, matchedValue: lei,
                                           notes: ["the holding's issuer LEI: \(how)"]))
            }
        }
        return matches
    }

    /// The rules as they apply on `date`.
    public func screener(asOf date: CalendarDate) -> Screener {
        if let known = screeners.withLock({ $0[date] }) { return known }
        let screener = Screener(book: book, index: index, network: ownership, asOf: date)
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
