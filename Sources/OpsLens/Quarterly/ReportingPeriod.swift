/// The days a quarterly report covers, both ends included.
public struct ReportingPeriod: Hashable, Sendable, Codable {
    public var from: CalendarDate
    public var to: CalendarDate
    /// `2022Q1` for a calendar quarter, else `2022-01-01 to 2022-02-15`.
    public var label: String

    /// The days from `from` to `to`; `nil` when `to` is before `from`.
    public init?(from: CalendarDate, to: CalendarDate) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
        let quarter = (from.month - 1) / 3 + 1
        let isQuarter = from.year == to.year && from.day == 1 && from.month == 3 * quarter - 2
            && to.month == 3 * quarter && to.day == CalendarDate.daysIn(month: to.month, year: to.year)
        label = isQuarter ? "\(from.year)Q\(quarter)" : "\(from) to \(to)"
    }

    /// A calendar quarter written `2022Q1` (or `2022-Q1`, `2022q1`); `nil` for anything else.
    public init?(quarter text: String) {
        let parts = text.uppercased().split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let yearText = parts[0].hasSuffix("-") ? parts[0].dropLast() : parts[0]
        guard yearText.count == 4, let year = Int(yearText), parts[1].count == 1, let quarter = Int(parts[1]),
              (1...4).contains(quarter), let from = CalendarDate(year: year, month: 3 * quarter - 2, day: 1),
              let to = CalendarDate(year: year, month: 3 * quarter, day: CalendarDate.daysIn(month: 3 * quarter, year: year))
        else { return nil }
        self.init(from: from, to: to)
    }

    /// The snapshot dates standing for a portfolio's start and end of the period.
    struct Bounds {
        var start: CalendarDate
        var end: CalendarDate
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: CalendarDate) -> Bool {
        from <= date && date <= to
    }
}
