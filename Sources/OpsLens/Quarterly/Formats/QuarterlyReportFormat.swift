/// An output format of the quarterly report; every format renders from `QuarterlyReport` alone.
public enum QuarterlyReportFormat: String, Hashable, Sendable, CaseIterable {
    /// A self-contained, printable page with a one-page summary, charts, register and sign-off.
    case html
    /// The same content as Markdown.
    case markdown
    /// The canonical model.
    case json
    /// The breach register, one row per breach, safe to open in a spreadsheet.
    case csv

    /// Renders `report` in this format, ending with a line break.
    public func render(_ report: QuarterlyReport) -> String {
        switch self {
        case .html: QuarterlyHTMLFormat.render(report)
        case .markdown: QuarterlyMarkdownFormat.render(report)
        case .json: String(decoding: report.canonicalJSON(), as: UTF8.self) + "\n"
        case .csv: QuarterlyCSVFormat.render(report)
        }
    }
}
