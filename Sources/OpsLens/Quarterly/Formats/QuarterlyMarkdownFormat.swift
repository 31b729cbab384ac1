enum QuarterlyMarkdownFormat {
    static func render(_ report: QuarterlyReport) -> String { "" }
}
