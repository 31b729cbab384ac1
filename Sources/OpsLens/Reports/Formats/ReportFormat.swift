/// An output format of a screening report. Every format renders from `ScreeningReport` alone.
public enum ReportFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// A table for people, in a terminal.
    case text
    /// The canonical, versioned, deterministic JSON report.
    case json
    /// One flat row per finding, safe to open in a spreadsheet.
    case csv
    /// Markdown, e.g. for a pull request or a ticket.
    case markdown
    /// A self-contained, printable HTML page with a sign-off block.
    case html
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
    /// JUnit XML, for CI test dashboards.
    case junit

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .csv: "csv"
        case .markdown: "md"
        case .html: "html"
        case .sarif: "sarif"
        case .junit: "xml"
        }
    }

    /// Renders `report` in this format.
    ///
    /// - Parameters:
    ///   - report: The report; its findings are rendered in the order given.
    ///   - options: Presentation choices such as colour.
    /// - Returns: The rendered document, ending with a line break.
    public func render(_ report: ScreeningReport, options: ReportRenderOptions = ReportRenderOptions()) -> String {
        switch self {
        case .text: TextReportFormat(options: options).render(report)
        case .json: JSONReportFormat.render(report)
        case .csv: CSVReportFormat.render(report)
        case .markdown: MarkdownReportFormat.render(report)
        case .html: HTMLReportFormat.render(report)
        case .sarif: SARIFReportFormat.render(report)
        case .junit: JUnitReportFormat.render(report)
        }
    }
}

/// Presentation choices that do not change what a report says.
public struct ReportRenderOptions: Hashable, Sendable {
    /// ANSI colour in the text format; the CLI passes whether standard output is a terminal.
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }
}
