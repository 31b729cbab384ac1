import ArgumentParser
import Foundation
import OpsLens

/// `opslens report`: the quarterly compliance report over dated holdings snapshots.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The quarterly compliance report: breach register, inferred trades, waivers, lists and rules, sign-off.",
        discussion: """
        Each holdings file is a snapshot, screened as of its date: the date the file states above its header \
        (iShares' "Fund Holdings as of") or the one given with --holdings-date. Trades between consecutive \
        snapshots of a portfolio are judged on every day they could have happened. \
        Exit codes: 0 the report was written; 2 usage, input, rules or list errors.
        """
    )

    @Option(help: ArgumentHelp("First day of the period.", valueName: "YYYY-MM-DD"))
    var from: CalendarDate?

    @Option(help: ArgumentHelp("Last day of the period.", valueName: "YYYY-MM-DD"))
    var to: CalendarDate?

    @Option(help: ArgumentHelp("A calendar quarter instead of --from/--to.", valueName: "2022Q1"))
    var period: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Holdings snapshots: files or folders of them.", valueName: "FILE"))
    var holdings: [String] = []

    @Option(help: ArgumentHelp("The date of a snapshot that states none, or a correction (repeatable).", valueName: "FILE=YYYY-MM-DD"))
    var holdingsDate: [String] = []

    @OptionGroup var sources: RulesSourceOptions

    @OptionGroup var ownership: OwnershipDataOptions

    @Option(name: .customLong("ofac-previous"),
            help: ArgumentHelp("The previous vintage of the --ofac folders, to report what changed (repeatable).", valueName: "DIR"))
    var ofacPrevious: [String] = []

    @Option(help: ArgumentHelp("Waivers file (default: waivers.yaml in the rules folder, when present).", valueName: "FILE"))
    var waivers: String?

    @Option(help: ArgumentHelp("The previous quarter's JSON report: its open breaches are carried over.", valueName: "FILE.json"))
    var previousReport: String?

    @Option(help: "Output format: \(QuarterlyReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: QuarterlyReportFormat = .html

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Name in the sign-off block's 'prepared by'.", valueName: "NAME"))
    var preparedBy: String?

    @OptionGroup var reading: HoldingsReadingOptions

    func validate() throws {
        guard !holdings.isEmpty else { throw ValidationError("give at least one holdings snapshot with --holdings") }
        guard (period == nil) != (from == nil && to == nil) else {
            throw ValidationError("give the period either as --period 2022Q1 or as --from DATE --to DATE")
        }
        if period == nil && (from == nil || to == nil) { throw ValidationError("--from and --to go together") }
    }

    func run() throws {
        let engine = try sources.engine(ownership: ownership)
        var request = QuarterlyRequest(period: try reportingPeriod(), snapshots: try snapshots(),
                                       readOptions: try reading.readOptions(),
                                       waivers: try waivers.map { try WaiverFile(.file($0)) })
        if let previousReport {
            request.previousReport = try QuarterlyReport(.file(previousReport))
            request.previousReportName = previousReport
        }
        if !ofacPrevious.isEmpty {
            request.previousLists = try RuleBookLoader.load(rulesDirectory: sources.rulesDirectory, ofacDirectories: ofacPrevious).lists
        }
        var report = try engine.quarterlyReport(request)
        report.signOff.preparedBy = preparedBy
        try ReportOutput.write(format.render(report), to: output)
    }

    private func reportingPeriod() throws -> ReportingPeriod {
        if let period {
            guard let quarter = ReportingPeriod(quarter: period) else {
                throw CLIError("--period \(period): expected a calendar quarter such as 2022Q1")
            }
            return quarter
        }
        guard let from, let to, let span = ReportingPeriod(from: from, to: to) else {
            throw CLIError("--to \(to?.description ?? "") is before --from \(from?.description ?? "")")
        }
        return span
    }

    /// The snapshot files, each with the date `--holdings-date` gives it, if any.
    private func snapshots() throws -> [SnapshotInput] {
        let files = try InputFiles.expand(holdings)
        if files.contains("-") { throw CLIError("--holdings -: snapshots are read twice, so they must be files") }
        var dates: [String: CalendarDate] = [:]
        for given in holdingsDate {
            guard let equals = given.lastIndex(of: "="), let date = CalendarDate(iso: String(given[given.index(after: equals)...])) else {
                throw CLIError("--holdings-date \(given): expected FILE=YYYY-MM-DD")
            }
            let file = String(given[..<equals])
            guard let match = files.first(where: { Self.samePath($0, file) }) else {
                throw CLIError("--holdings-date \(given): \(file) is not among the --holdings files")
            }
            dates[match] = date
        }
        return files.map { SnapshotInput(source: .file($0), date: dates[$0]) }
    }

    private static func samePath(_ left: String, _ right: String) -> Bool {
        URL(fileURLWithPath: left).standardizedFileURL.path == URL(fileURLWithPath: right).standardizedFileURL.path
    }
}

extension QuarterlyReportFormat: ExpressibleByArgument {}
