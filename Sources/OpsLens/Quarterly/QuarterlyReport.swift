/// The quarterly compliance report: per portfolio what was held, traded against which restriction,
/// which breaches were open, what was waived, under which lists and rules.
///
/// The canonical model: its JSON (camelCase, sorted keys) carries everything the HTML, Markdown
/// and CSV forms show, and `--previous-report` reads it back to carry open breaches over.
public struct QuarterlyReport: Hashable, Sendable, Codable {
    public static let currentSchemaVersion = "1.0"

    public var schemaVersion = QuarterlyReport.currentSchemaVersion
    public var period: ReportingPeriod
    public var run: QuarterlyRun
    /// The holdings files, in date order.
    public var snapshots: [SnapshotStamp]
    public var portfolios: [PortfolioSummary]
    /// The breach register: every breach open at some time in the period.
    public var breaches: [Breach]
    /// Position changes in restricted securities between consecutive snapshots.
    public var trades: [InferredTrade]
    public var waivers: [WaiverActivity]
    /// Market value exposed per list at the start and the end of the period.
    public var exposure: [ListExposure]
    /// How many breaches were open on each day the count changed.
    public var openBreaches: [OpenBreachCount]
    /// What changed between the previous list vintage and this one; `nil` without `--ofac-previous`.
    public var listChanges: QuarterlyListChanges?
    public var signOff: SignOff
}

/// What the report was made with.
public struct QuarterlyRun: Hashable, Sendable, Codable {
    public var toolVersion: String
    /// ISO 8601: when the report was made (the only value that differs between identical runs).
    public var generatedAt: String
    public var matcher: MatcherStamp
    public var rules: [RuleInForce]
    public var lists: [ListStamp]
    /// The vintage compared with (`--ofac-previous`), when given.
    public var previousLists: [ListStamp]?
    /// The report whose open breaches were carried over, when given.
    public var previousReport: PreviousReportStamp?
}

/// A rule with its file's SHA-256 and whether it was in force at the period's start and end.
public struct RuleInForce: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var version: String
    public var sha256: String
    public var inForceAtStart: Bool
    public var inForceAtEnd: Bool
}

/// The report a run carried breaches over from.
public struct PreviousReportStamp: Hashable, Sendable, Codable {
    public var file: String
    public var period: String
    public var openBreaches: Int
}

/// One portfolio's quarter at a glance.
public struct PortfolioSummary: Hashable, Sendable, Codable {
    public var portfolio: String
    /// YYYY-MM-DD of its snapshots, in order.
    public var snapshotDates: [String]
    public var breachesOpen: Int
    public var breachesNew: Int
    public var breachesClosed: Int
    public var breachesCarriedOver: Int
    /// Market value of holdings with open block, warn or review findings, at the first and last snapshot of the period.
    public var marketValueExposedAtStart: Double
    public var marketValueExposedAtEnd: Double
    /// Findings at the last snapshot of the period, by severity.
    public var findingsBySeverity: [String: Int]
    /// List changes (`--ofac-previous`) that touch the portfolio's holdings.
    public var listChangesTouchingHoldings: Int
}

/// A waiver's part in the period.
public struct WaiverActivity: Hashable, Sendable, Codable {
    public var waiver: Waiver
    /// Approved in the period.
    public var granted: Bool
    /// Covered a finding of some snapshot in the period.
    public var used: Bool
    /// Expired in the period.
    public var expired: Bool
    /// Matched no finding of any snapshot.
    public var stale: Bool
}

/// The market value exposed to one list at the start and the end of the period.
public struct ListExposure: Hashable, Sendable, Codable {
    public var list: String
    public var marketValueAtStart: Double
    public var marketValueAtEnd: Double
}

/// The number of breaches open from `date` on.
public struct OpenBreachCount: Hashable, Sendable, Codable {
    public var date: String
    public var open: Int
}

/// The sign-off block: left blank for people to fill in, unless given.
public struct SignOff: Hashable, Sendable, Codable {
    public var preparedBy: String?
    public var reviewedBy: String?
    public var date: String?
    public var comments: String?

    public init(preparedBy: String? = nil, reviewedBy: String? = nil, date: String? = nil, comments: String? = nil) {
        self.preparedBy = preparedBy
        self.reviewedBy = reviewedBy
        self.date = date
        self.comments = comments
    }
}

