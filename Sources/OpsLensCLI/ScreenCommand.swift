import ArgumentParser
import Foundation
import OpsLens

/// `opslens screen PATH...`: the main job — holdings in, a violations report out.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen holdings files against the restricted lists and report every finding with its provenance.",
        discussion: """
        Exit codes: 0 no open finding at or above --fail-on; 1 open findings at or above --fail-on; \
        2 usage, input, rules or list errors (nothing is screened against less than asked for).
        """
    )

    @Argument(help: "Holdings files or folders of them.")
    var paths: [String]

    @OptionGroup var sources: RulesSourceOptions

    @Option(help: ArgumentHelp("Evaluate rules and lists as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: "Exit with 1 when an open finding is at or above: block, warn, review, data or never.")
    var failOn: FailOn = .block

    @Option(help: ArgumentHelp("Waivers file (default: waivers.yaml in the rules folder, when present).", valueName: "FILE"))
    var waivers: String?

    @Option(help: ArgumentHelp("A previous JSON report: mark findings new, unchanged or resolved since then.", valueName: "FILE"))
    var baseline: String?

    @OptionGroup var reading: HoldingsReadingOptions

    func run() throws {
        let files = try InputFiles.expand(paths)
        let book = try sources.load()
        let asOf = self.asOf ?? CalendarDate.today
        let waiverFile = try loadWaivers()
        let previous = try baseline.map { path -> Baseline in
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot read the baseline report") }
            return try Baseline(json: data, file: path)
        }
        let run = ScreeningRun(screener: Screener(book: book, asOf: asOf), readOptions: try reading.readOptions())
        let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        var report = try run.screen(files, now: { ISO8601DateFormatter().string(from: Date()) },
                                    progress: { progress.update(holdings: $0) })
        progress.finish()
        if let waiverFile { report = report.applying(waiverFile.waivers) }
        if let previous { report = previous.compare(report) }
        let color = output == nil && format == .text && isatty(STDOUT_FILENO) == 1
        let rendered = format.render(report, options: ReportRenderOptions(color: color))
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(rendered.utf8)) else {
                throw CLIError("\(output): cannot write the report")
            }
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        if report.fails(failOn) { throw ExitCode.findings }
    }

    private func loadWaivers() throws -> WaiverFile? {
        if let waivers { return try WaiverFile(contentsOf: waivers) }
        let defaultPath = (sources.rulesDirectory as NSString).appendingPathComponent("waivers.yaml")
        return FileManager.default.fileExists(atPath: defaultPath) ? try WaiverFile(contentsOf: defaultPath) : nil
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}

extension CalendarDate {
    /// Today's date in UTC.
    static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// A one-line progress count on standard error, for long runs in a terminal.
final class ProgressLine {
    private let enabled: Bool
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(holdings: Int) {
        guard enabled else { return }
        shown = true
        FileHandle.standardError.write(Data("\r  screened \(holdings) holdings…".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
