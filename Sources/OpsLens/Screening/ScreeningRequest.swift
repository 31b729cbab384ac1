/// What to screen, as of when, and how to judge the result: one call of `ScreeningEngine.screen`.
public struct ScreeningRequest: Sendable {
    /// The holdings inputs (files, uploaded bytes, standard input), in the order they are reported.
    public var holdings: [InputSource]
    /// The date the rules and lists are evaluated on.
    public var asOf: CalendarDate
    /// How to read the holdings; its `portfolio` names the portfolio of inputs whose rows name none.
    public var readOptions: HoldingsReadOptions
    /// Waivers to apply; `nil` applies the engine's default waivers (the rules folder's own).
    public var waivers: WaiverFile?
    /// A previous report to mark findings new, unchanged or resolved against.
    public var baseline: Baseline?
    /// The lowest open severity that fails the run.
    public var failOn: FailOn
    /// How many threads may screen at once (`nil`: one per core). The report is the same for any number.
    public var threads: Int?

    public init(holdings: [InputSource], asOf: CalendarDate, readOptions: HoldingsReadOptions = HoldingsReadOptions(),
                waivers: WaiverFile? = nil, baseline: Baseline? = nil, failOn: FailOn = .block, threads: Int? = nil) {
        self.threads = threads
        self.holdings = holdings
        self.asOf = asOf
        self.readOptions = readOptions
        self.waivers = waivers
        self.baseline = baseline
        self.failOn = failOn
    }
}

/// The result of a screening: the report, with waivers and baseline applied, and its verdict.
public struct ScreeningOutcome: Sendable {
    public var report: ScreeningReport
    /// The level the verdict was taken at.
    public var failOn: FailOn

    /// Whether an open finding is at or above `failOn`.
    public var fails: Bool { report.fails(failOn) }

    /// The process exit code the verdict stands for: `ScreeningExitCode.failed` or `.passed`.
    public var exitCode: Int32 { report.exitCode(failOn: failOn) }
}
