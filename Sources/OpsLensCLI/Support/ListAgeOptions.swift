import ArgumentParser
import Foundation
import OpsLens

/// The options of every command that screens: how old the OFAC vintage in use may be.
struct ListAgeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Warn when the OFAC vintage in use is older than this.", valueName: "DAYS"))
    var warnListAge: Int = 7

    @Option(help: ArgumentHelp("Fail with exit code 2 when the OFAC vintage in use is older than this.", valueName: "DAYS"))
    var maxListAge: Int?

    func validate() throws {
        if warnListAge < 0 { throw ValidationError("--warn-list-age must be 0 or more") }
        if let maxListAge, maxListAge < 0 { throw ValidationError("--max-list-age must be 0 or more") }
    }

    /// Warns on standard error when the lists' vintage is older than `--warn-list-age`; throws
    /// (exit code 2) when it is older than `--max-list-age`.
    func check(_ lists: [RestrictedList], today: CalendarDate = .today) throws {
        guard let age = VintageAge.oldest(in: lists, on: today) else { return }
        if let maxListAge, age.days > maxListAge {
            throw CLIError("\(age.description), more than --max-list-age \(maxListAge); run 'opslens lists update' for current lists")
        }
        if age.days > warnListAge {
            FileHandle.standardError.write(Data("warning: \(age.description); run 'opslens lists update' for current lists\n".utf8))
        }
    }
}
