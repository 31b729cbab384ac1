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
        let readOptions = try reading.readOptions()
        let screener = Screener(book: book, asOf: asOf, nameLengthCompared: readOptions.limits.nameCharacters)
        let run = ScreeningRun(screener: screener, readOptions: readOptions)
        let progress = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        var report = try run.screen(files, now: { ISO8601DateFormatter().string(from: Date()) },
                                    progress: { progress.update($0) })
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

/// A progress bar on standard error, for runs long enough to need one, in a terminal.
final class ProgressBar {
    private let enabled: Bool
    private let started = Date()
    private var shownPercent: Int?

    init(enabled: Bool) { self.enabled = enabled }

    /// Redraws the bar when the percentage changed, once the run has taken more than half a second.
    func update(_ progress: ScreeningProgress) {
        let percent = Int(progress.fraction * 100)
        guard enabled, percent != shownPercent, Date().timeIntervalSince(started) > 0.5 else { return }
        shownPercent = percent
        let width = 30, filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let megabytes = { (bytes: Int) in String(format: "%.0f", Double(bytes) / 1e6) }
        let files = progress.files > 1 ? "  file \(progress.file) of \(progress.files)" : ""
        let line = "\r  screening \(bar) \(percent)%  \(megabytes(progress.bytesRead)) of \(megabytes(progress.bytesTotal)) MB\(files)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar.
    func finish() {
        if shownPercent != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
