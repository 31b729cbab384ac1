import ArgumentParser
import Foundation
import OpsLens

/// `--as-of YYYY-MM-DD`, the day rules and lists are evaluated on, for every command that takes one.
struct AsOfOption: ParsableArguments {
    @Option(help: ArgumentHelp("Evaluate rules and lists as of this day; where a day is needed, today (UTC) when not given.",
                               valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    /// The day given, or today.
    var day: CalendarDate { asOf ?? .today }
}

/// `--format text|json`, for the commands that print either a text view or JSON.
struct TextOrJSONOption: ParsableArguments {
    /// The two output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }

    /// Today's date in UTC.
    static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
