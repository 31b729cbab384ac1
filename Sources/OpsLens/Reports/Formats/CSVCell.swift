extension ReportFormat {
    /// `text` as one CSV cell the way the CSV report writes it: quoted, with a `'` in front when a
    /// spreadsheet would read it as a formula; empty for `nil`. For other CSV exports of report data.
    public static func csvCell(_ text: String?) -> String {
        CSVWriter(quoting: .always).field(.text(text))
    }
}
