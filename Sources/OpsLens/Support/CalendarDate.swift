/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// List dates (listing, effective, divestment) are calendar days as published; comparing
/// them as days avoids the time-zone questions a `Date` would raise.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns `nil` when the day does not exist (e.g. 30 Feb).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The last day there is: for "no end" in comparisons (a waiver without expiry).
    public static let distantFuture = CalendarDate(year: 9999, month: 12, day: 31)!

    /// Reads `2022-02-08` (ISO 8601 calendar date: four, two and two ASCII digits).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Reads OFAC's `08 Feb 2022` form (day, English month abbreviation, year).
    public init?(ofac text: String) {
        let parts = text.split(separator: " ")
        guard parts.count == 3, (1...2).contains(parts[0].count), parts[2].count == 4,
              let day = Int(parts[0]), let year = Int(parts[2]),
              let month = CalendarDate.monthAbbreviations.firstIndex(of: parts[1].lowercased()) else { return nil }
        self.init(year: year, month: month + 1, day: day)
    }

    /// `2022-02-08`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The number of days since 0001-01-01 (day 0), for date arithmetic.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day - 307
    }

    /// The date `days` days later (or earlier, when negative).
    public func adding(days: Int) -> CalendarDate {
        var target = dayNumber + days
        var year = max(1, target / 366)
        while CalendarDate(year: year + 1, month: 1, day: 1)!.dayNumber <= target { year += 1 }
        target -= CalendarDate(year: year, month: 1, day: 1)!.dayNumber
        var month = 1
        while target >= CalendarDate.daysIn(month: month, year: year) {
            target -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        return CalendarDate(year: year, month: month, day: target + 1)!
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a date (YYYY-MM-DD)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static let monthAbbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
