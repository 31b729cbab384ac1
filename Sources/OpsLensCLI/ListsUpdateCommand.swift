import ArgumentParser
import Foundation
import OpsLens

/// `opslens lists update`: OFAC's eight legacy CSV files into a new dated vintage, checked before use.
struct ListsUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Download OFAC's SDN and Consolidated files into a new dated vintage and say what changed.",
        discussion: """
        The eight legacy CSV files (\(VintageCheck.requiredFiles.joined(separator: ", "))) are copied into a \
        staging folder, checked (every file parses, none is empty, cut short or an HTML page, entry counts are \
        plausible), described in manifest.json and only then renamed to DIR/YYYY-MM-DD. A failed or partial \
        download leaves every vintage as it was. Earlier vintages are kept. Exit codes: 0 done, 2 failed.
        """
    )

    /// OFAC's published download addresses of the legacy CSV files (SDN, then Consolidated).
    static let ofacSources = ["https://www.treasury.gov/ofac/downloads/", "https://www.treasury.gov/ofac/downloads/consolidated/"]

    @Option(name: .customLong("source"), help: ArgumentHelp(
        "An address or folder holding the files; repeatable, each file comes from the first that has it (default: OFAC's addresses).",
        valueName: "URL|DIR"))
    var sources: [String] = []

    @Option(help: ArgumentHelp("The vintages folder.", valueName: "DIR"))
    var into: String = "Rules/ofac"

    @Option(help: ArgumentHelp("The vintage's date (default: today, UTC); for importing an archived copy.", valueName: "YYYY-MM-DD"))
    var date: CalendarDate?

    @Option(help: ArgumentHelp("Seconds without data before a download fails.", valueName: "SECONDS"))
    var timeout: Double = 60

    @Option(help: ArgumentHelp("Further attempts after a failed download of a file.", valueName: "N"))
    var retries: Int = 2

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
        if retries < 0 { throw ValidationError("--retries must be 0 or more") }
    }

    func run() throws {
        let inUse = ListVintage.newest(in: into)
        let untouched = "the vintage in use (\(inUse.map { "\($0.date), \($0.directory)" } ?? "none")) is unchanged"
        let staged: String
        do {
            try FileManager.default.createDirectory(atPath: into, withIntermediateDirectories: true)
            staged = try VintageInstall.stagingFolder(in: into)
        } catch {
            throw CLIError("\(into): cannot create the vintages folder: \(error.localizedDescription)")
        }
        let retrievedAt = ISO8601DateFormatter().string(from: Date())
        var origins: [String: String] = [:]
        let bar = DownloadProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        do {
            for (index, name) in VintageCheck.requiredFiles.enumerated() {
                bar.start(name, number: index + 1, of: VintageCheck.requiredFiles.count)
                let fetcher = ListFileFetcher(timeout: timeout, retries: retries, progress: { bar.update($0, of: $1) })
                origins[name] = try fetcher.fetch(name, from: sources.isEmpty ? Self.ofacSources : sources,
                                                  to: (staged as NSString).appendingPathComponent(name))
            }
            bar.finish()
        } catch {
            bar.finish()
            try? FileManager.default.removeItem(atPath: staged)
            throw CLIError("\(error)\nlists update failed: \(untouched)")
        }
        let outcome: VintageInstall.Outcome
        do {
            outcome = try VintageInstall.install(staged: staged, into: into, date: date ?? .today, retrievedAt: retrievedAt, sources: origins)
        } catch let failure as ListLoadFailure {
            RulesOutput.printErrors(failure.errors)
            throw CLIError("lists update failed: the downloaded files were not installed; \(untouched)")
        }
        print(Self.describe(outcome), terminator: "")
    }

    static func describe(_ outcome: VintageInstall.Outcome) -> String {
        let vintage = outcome.vintage
        let counts = outcome.lists.map { "\($0.listID) \($0.entities.count) entries" }.joined(separator: ", ")
        if outcome.unchanged {
            return "Vintage \(vintage.date) in \(vintage.directory) already has exactly these files (\(counts)); nothing changed.\n"
        }
        var text = "Vintage \(vintage.date) installed in \(vintage.directory): \(counts); "
            + "manifest sha256 \(vintage.stamp?.manifestSHA256 ?? "(missing)")\n"
        if let previous = outcome.previous, let changes = outcome.changes {
            text += "Changes since the vintage of \(previous.date): " + changes.summary()
        } else {
            text += "No earlier vintage to compare with.\n"
        }
        return text
    }
}
