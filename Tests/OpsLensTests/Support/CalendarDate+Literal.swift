import OpsLens

/// Dates written as `"2026-03-31"` in tests; a literal that is not a date stops the test run.
extension CalendarDate: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard let date = CalendarDate(iso: text) else { fatalError("not a date (YYYY-MM-DD): \(text)") }
        self = date
    }
}
