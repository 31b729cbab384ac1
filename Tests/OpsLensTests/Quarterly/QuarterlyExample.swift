import OpsLens

/// The worked example of Portfolios/quarterly: two portfolios around SenseTime's NS-CMIC listing.
enum QuarterlyExample {
    static let folder = "Portfolios/quarterly/.snapshots"
    /// The custodian exports of QTR-GROWTH state no date: they are given one, as `--holdings-date` does.
    static let growthDates = ["2021-12-31", "2022-02-28", "2022-03-31"]
    static let legacyDates = ["2021-09-30", "2021-12-31", "2022-02-28", "2022-03-31"]

    static func snapshots(growth: [String] = growthDates, legacy: [String] = legacyDates) -> [SnapshotInput] {
        growth.map { SnapshotInput(source: source("\($0)/growth.csv"), date: CalendarDate(iso: $0)) }
            + legacy.map { SnapshotInput(source: source("\($0)/legacy-asia.csv")) }
    }

    /// A file of the example, named as the command line names it from the package root.
    static func source(_ relative: String) -> InputSource {
        let name = "\(folder)/\(relative)"
        return InputSource(name: name, content: .file(TestFiles.repository(name)))
    }

    /// The default rules, loaded once for every test (the OFAC vintage under Rules/ofac takes a while).
    private static let loaded = Result { try ScreeningEngine.load(rulesDirectory: TestFiles.repository("Rules")) }

    static func engine() throws -> ScreeningEngine {
        try loaded.get()
    }

    static func report(growth: [String] = growthDates, legacy: [String] = legacyDates,
                       previous: QuarterlyReport? = nil, period: String = "2022Q1") throws -> QuarterlyReport {
        let engine = try engine()
        let waivers = try WaiverFile(.file(TestFiles.repository("Portfolios/quarterly/waivers.yaml")))
        let request = QuarterlyRequest(period: ReportingPeriod(quarter: period)!, snapshots: snapshots(growth: growth, legacy: legacy),
                                       waivers: waivers, previousReport: previous)
        return try engine.quarterlyReport(request, now: { "2022-04-05T09:00:00Z" })
    }
}
