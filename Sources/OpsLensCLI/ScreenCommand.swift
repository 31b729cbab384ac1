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

    @Argument(help: "Holdings files or folders of them; - reads standard input.")
    var paths: [String]

    @OptionGroup var sources: RulesSourceOptions

    @OptionGroup var ownership: OwnershipDataOptions

    @OptionGroup var listAge: ListAgeOptions

    @OptionGroup var date: AsOfOption

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: "Exit with 1 when an open finding is at or above: block, warn, review, data or never.")
    var failOn: FailOn = .block

    @Option(help: ArgumentHelp("Waivers file (default: waivers.yaml or waivers.yml in the rules folder, when present).", valueName: "FILE"))
    var waivers: String?

    @Option(help: ArgumentHelp("A previous JSON report: mark findings new, unchanged or resolved since then.", valueName: "FILE"))
    var baseline: String?

    @Option(help: ArgumentHelp("Threads to screen on (default: one per core); the report is the same for any number.", valueName: "N"))
    var threads: Int?

    @OptionGroup var reading: HoldingsReadingOptions

    @Option(help: ArgumentHelp("A compiled rule book (opslens rules compile); refused when its sources changed.", valueName: "FILE"))
    var snapshot: String?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let inputs = try InputFiles.expand(paths).map { $0 == "-" ? InputSource.standardInput() : InputSource.file($0) }
        let engine = try sources.engine(snapshot: snapshot, ownership: ownership)
        try listAge.check(engine.book.lists)
        let request = ScreeningRequest(
            holdings: inputs, asOf: date.day, readOptions: try reading.readOptions(),
            waivers: try waivers.map { try WaiverFile(.file($0)) }, baseline: try baseline.map { try Baseline(.file($0)) },
            failOn: failOn, threads: threads)
        let progress = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        let outcome = try engine.screen(request, progress: { progress.update($0) })
        progress.finish()
        let color = output == nil && format == .text && isatty(STDOUT_FILENO) == 1
        try ReportOutput.write(format.render(outcome.report, options: ReportRenderOptions(color: color)), to: output)
        exitWithoutTeardown(outcome.fails ? .findings : .success)
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}

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
