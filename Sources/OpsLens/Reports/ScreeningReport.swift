/// The canonical result of a screening run: every output format renders from it.
///
/// Its JSON form (camelCase, `schemaVersion`) is the stable contract scripts rely on.
public struct ScreeningReport: Hashable, Sendable, Codable {
    public static let currentSchemaVersion = "1.0"

    public var schemaVersion = ScreeningReport.currentSchemaVersion
    public var run: RunInfo
    public var findings: [Finding]
    /// Rows that could not be screened (also present as `data` findings).
    public var rejected: [RejectedInput]
    public var summary: ReportSummary
    /// Waivers that matched no finding.
    public var staleWaivers: [Waiver]
    /// Findings of the baseline run that no longer occur (with `change: resolved`).
    public var resolved: [Finding]
    /// The run this one was compared with, and the counts of the comparison; `nil` without a baseline.
    public var baseline: BaselineComparison?

    public init(run: RunInfo, findings: [Finding], rejected: [RejectedInput], staleWaivers: [Waiver] = [],
                resolved: [Finding] = [], baseline: BaselineComparison? = nil) {
        self.run = run
        self.findings = findings
        self.rejected = rejected
        self.staleWaivers = staleWaivers
        self.resolved = resolved
        self.baseline = baseline
        summary = ReportSummary(findings: findings)
    }

    /// Recomputes `summary` from `findings`, after waivers or a baseline changed them.
    public mutating func refreshSummary() {
        summary = ReportSummary(findings: findings)
    }
}

/// A row of an input file that could not be screened.
public struct RejectedInput: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }
}

/// Everything needed to re-derive the run's decisions later.
public struct RunInfo: Hashable, Sendable, Codable {
    public var toolVersion: String
    /// The date the rules were evaluated at (YYYY-MM-DD).
    public var asOf: CalendarDate
    /// ISO 8601 timestamps; the only values that differ between identical runs.
    public var startedAt: String
    public var finishedAt: String
    public var inputs: [InputStamp]
    public var rules: [RuleStamp]
    public var lists: [ListStamp]
    public var matcher: MatcherStamp
    /// The ownership files screened through (GLEIF, ISIN→LEI, in-house), with their SHA-256; `nil` when none.
    public var ownership: [FileStamp]?

    public init(toolVersion: String, asOf: CalendarDate, startedAt: String, finishedAt: String, inputs: [InputStamp],
                rules: [RuleStamp], lists: [ListStamp], matcher: MatcherStamp, ownership: [FileStamp]? = nil) {
        self.ownership = ownership
        self.toolVersion = toolVersion
        self.asOf = asOf
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.inputs = inputs
        self.rules = rules
        self.lists = lists
        self.matcher = matcher
    }
}

/// One holdings file read by the run, with where its physical lines went.
///
/// Every physical line is in a holding, a skipped line or a rejected row, so
/// `rowsRead == holdingLines + skipped + rejectedLines` for every file (`countsAddUp`).
/// A row whose quoted value spans lines covers several lines: `holdings` and `rejected`
/// count rows, `holdingLines` and `rejectedLines` the lines they cover.
public struct InputStamp: Hashable, Sendable, Codable {
    public var path: String
    public var sha256: String
    /// Physical lines read.
    public var rowsRead: Int
    /// Holdings read (rows).
    public var holdings: Int
    /// Physical lines covered by holdings.
    public var holdingLines: Int
    /// Physical lines skipped: header, preamble, blank lines, notes, total rows.
    public var skipped: Int
    /// Rows rejected (each is also a `data` finding).
    public var rejected: Int
    /// Physical lines covered by rejected rows.
    public var rejectedLines: Int

    public init(path: String, sha256: String, rowsRead: Int, holdings: Int, holdingLines: Int? = nil, skipped: Int,
                rejected: Int, rejectedLines: Int? = nil) {
        self.path = path
        self.sha256 = sha256
        self.rowsRead = rowsRead
        self.holdings = holdings
        self.holdingLines = holdingLines ?? holdings
        self.skipped = skipped
        self.rejected = rejected
        self.rejectedLines = rejectedLines ?? rejected
    }

    /// Whether every physical line is accounted for exactly once.
    public var countsAddUp: Bool { rowsRead == holdingLines + skipped + rejectedLines }

    private enum CodingKeys: String, CodingKey {
        case path, sha256, rowsRead, holdings, holdingLines, skipped, rejected, rejectedLines
    }

    /// Reads a report written before the line counts were added (a baseline): rows then stood for lines.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(path: try container.decode(String.self, forKey: .path), sha256: try container.decode(String.self, forKey: .sha256),
                  rowsRead: try container.decode(Int.self, forKey: .rowsRead), holdings: try container.decode(Int.self, forKey: .holdings),
                  holdingLines: try container.decodeIfPresent(Int.self, forKey: .holdingLines),
                  skipped: try container.decode(Int.self, forKey: .skipped), rejected: try container.decode(Int.self, forKey: .rejected),
                  rejectedLines: try container.decodeIfPresent(Int.self, forKey: .rejectedLines))
    }
}

/// A rule in force for the run.
public struct RuleStamp: Hashable, Sendable, Codable {
    public var id: String
    public var version: String
    public var sha256: String

    public init(id: String, version: String, sha256: String) {
        self.id = id
        self.version = version
        self.sha256 = sha256
    }
}

/// A list used by the run, with the files it was read from.
public struct ListStamp: Hashable, Sendable, Codable {
    public var id: String
    public var publisher: String
    public var publicationDate: String?
    public var entities: Int
    public var files: [FileStamp]
    /// The OFAC vintage the list was read from (its date and manifest SHA-256), when it was.
    public var vintage: VintageStamp?

    public init(id: String, publisher: String, publicationDate: String?, entities: Int, files: [FileStamp], vintage: VintageStamp? = nil) {
        self.id = id
        self.publisher = publisher
        self.publicationDate = publicationDate
        self.entities = entities
        self.files = files
        self.vintage = vintage
    }
}

/// The matcher's version and thresholds.
public struct MatcherStamp: Hashable, Sendable, Codable {
    public var version: String
    /// Name scores at or above this are matches.
    public var matchThreshold: Double
    /// Name scores at or above this (and below the match threshold) need review.
    public var reviewThreshold: Double

    public init(version: String, matchThreshold: Double, reviewThreshold: Double) {
        self.version = version
        self.matchThreshold = matchThreshold
        self.reviewThreshold = reviewThreshold
    }
}

/// Counts by severity, rule and portfolio, and the market value affected.
public struct ReportSummary: Hashable, Sendable, Codable {
    public var findings: Int
    public var open: Int
    public var waived: Int
    public var bySeverity: [String: Int]
    /// Open (unwaived) findings by severity: what `--fail-on` looks at.
    public var openBySeverity: [String: Int]
    public var byRule: [String: Int]
    public var byPortfolio: [String: Int]
    /// The market value of the holdings in violation or under review: the sum of the market values of the
    /// distinct holdings (file + line, each counted once however many findings it has) with at least one
    /// open finding of severity `block`, `warn` or `review`.
    ///
    /// Waived findings, `info` notes (explanations, not violations) and `data` problems do not make a
    /// holding count; a holding without a market value adds nothing. Amounts in different currencies are
    /// added as they are, so this is meaningful only for a single currency; `marketValueAffectedByCurrency`
    /// gives the sums per currency.
    public var marketValueAffected: Double
    /// The same sum per currency code (`""` for holdings without a currency). Optional only so that reports
    /// written before it existed still decode.
    public var marketValueAffectedByCurrency: [String: Double]?

    public init(findings: [Finding]) {
        self.findings = findings.count
        open = findings.filter { $0.status == .open }.count
        waived = findings.filter { $0.status == .waived }.count
        bySeverity = Dictionary(grouping: findings, by: \.severity.rawValue).mapValues(\.count)
        openBySeverity = Dictionary(grouping: findings.filter { $0.status == .open }, by: \.severity.rawValue)
            .mapValues(\.count)
        byRule = Dictionary(grouping: findings, by: { $0.rule?.id ?? "data" }).mapValues(\.count)
        byPortfolio = Dictionary(grouping: findings, by: \.holding.portfolio).mapValues(\.count)
        var counted = Set<HoldingPosition>()
        var affected = 0.0
        var byCurrency: [String: Double] = [:]
        let affecting = findings.filter { $0.status == .open && Self.severitiesAffectingMarketValue.contains($0.severity) }
        for finding in affecting {
            let position = HoldingPosition(file: finding.holding.file, line: finding.holding.line)
            guard counted.insert(position).inserted, let value = finding.holding.marketValue else { continue }
            affected += value
            byCurrency[finding.holding.currency ?? "", default: 0] += value
        }
        marketValueAffected = affected
        marketValueAffectedByCurrency = byCurrency
    }

    /// The severities of violations and possible matches: an open finding of one of them puts its holding's
    /// market value in `marketValueAffected`.
    static let severitiesAffectingMarketValue: Set<Severity> = [.block, .warn, .review]

    /// A holding's place in its input file: what identifies it across its findings.
    private struct HoldingPosition: Hashable {
        var file: String
        var line: Int
    }
}
