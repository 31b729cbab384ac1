extension CalendarDate {
    /// The date a preamble line of a holdings download states, e.g. iShares' `Fund Holdings as of,"Mar 10, 2022"`.
    ///
    /// The first cell must say "as of" (`Fund Holdings as of`, `Holdings as of`, `As of Date`); the date is the
    /// next non-empty cell, as `Mar 10, 2022`, `10 Mar 2022` or `2022-03-10`. Any other line gives `nil`.
    init?(statedIn cells: [String]) {
        guard let label = cells.first, label.lowercased().contains("as of"),
              let value = cells.dropFirst().first(where: { !$0.isEmpty }) else { return nil }
        if let date = CalendarDate(iso: value) ?? CalendarDate(ofac: value) ?? CalendarDate(monthDayYear: value) {
            self = date
        } else {
            return nil
        }
    }

    /// Reads `Mar 10, 2022` (English month abbreviation or name, day, comma, year).
    init?(monthDayYear text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard parts.count == 3, parts[0].count >= 3, let day = Int(parts[1]), parts[2].count == 4, let year = Int(parts[2]),
              let month = CalendarDate.monthAbbreviations.firstIndex(of: parts[0].prefix(3).lowercased()) else { return nil }
        self.init(year: year, month: month + 1, day: day)
    }
}
