/// What a quarterly report covers: the period, the holdings snapshots, and what to compare with.
public struct QuarterlyRequest: Sendable {
    public var period: ReportingPeriod
    /// Holdings files, several portfolios and several dates each; none may be dated after the period.
    public var snapshots: [SnapshotInput]
    /// How to read the holdings.
    public var readOptions: HoldingsReadOptions
    /// Waivers; `nil` applies the engine's default waivers (the rules folder's own).
    public var waivers: WaiverFile?
    /// The previous quarter's report: its open breaches are carried over with their ids.
    public var previousReport: QuarterlyReport?
    /// Where the previous report was read from, for the provenance.
    public var previousReportName: String?
    /// The list vintage in force before this one (`--ofac-previous`), to report what changed.
    public var previousLists: [RestrictedList]?

    public init(period: ReportingPeriod, snapshots: [SnapshotInput], readOptions: HoldingsReadOptions = HoldingsReadOptions(),
                waivers: WaiverFile? = nil, previousReport: QuarterlyReport? = nil, previousReportName: String? = nil, previousLists: [RestrictedList]? = nil) {
        self.period = period
        self.snapshots = snapshots
        self.readOptions = readOptions
        self.waivers = waivers
        self.previousReport = previousReport
        self.previousReportName = previousReportName
        self.previousLists = previousLists
    }
}
