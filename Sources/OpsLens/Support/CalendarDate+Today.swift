import Foundation

extension CalendarDate {
    /// Today's date in UTC: the as-of date of a screening that names none.
    public static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
