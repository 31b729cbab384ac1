enum QuarterlyHTMLFormat {
    static func render(_ report: QuarterlyReport) -> String { "" }
}
