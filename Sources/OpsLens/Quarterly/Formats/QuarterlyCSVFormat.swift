/// The breach register as CSV, one row per breach, written and neutralised by `CSVReportFormat`.
enum QuarterlyCSVFormat {
    typealias Cell = CSVReportFormat.Cell

    static let columns: [(header: String, cell: @Sendable (Breach) -> Cell)] = [
        ("breach_id", { .text($0.id) }),
        ("portfolio", { .text($0.portfolio) }),
        ("security", { .text($0.security) }),
        ("name", { .text($0.name) }),
        ("rule_id", { .text($0.rule.id) }),
        ("rule_title", { .text($0.rule.title) }),
        ("entity_id", { .text($0.entity.id) }),
        ("entity_source_id", { .text($0.entity.sourceId) }),
        ("entity_name", { .text($0.entity.name) }),
        ("list", { .text($0.entity.list) }),
        ("kind", { .text($0.kind.rawValue) }),
        ("cause", { .text($0.cause) }),
        ("origin", { .text($0.origin.rawValue) }),
        ("needs_confirmation", { .text($0.needsConfirmation ? "yes" : "no") }),
        ("start_date", { .text($0.startDate) }),
        ("identified_date", { .text($0.identifiedDate) }),
        ("closed_date", { .text($0.closedDate ?? "open") }),
        ("days_open", { .integer($0.daysOpen) }),
        ("market_value_at_start", { .number($0.marketValueAtStart) }),
        ("market_value_at_close", { .number($0.marketValueAtClose) }),
        ("currency", { .text($0.currency) }),
        ("description", { .text($0.description) }),
        ("action", { .text($0.action) }),
        ("waiver_id", { .text($0.waiver?.id) }),
        ("waiver_approved_by", { .text($0.waiver?.approvedBy) }),
        ("waiver_expires", { .text($0.waiver?.expiresAt?.description) }),
    ]

    static func render(_ report: QuarterlyReport) -> String {
        let writer = CSVWriter(quoting: .always)
        var output = writer.line(columns.map(\.header))
        for breach in report.breaches {
            output += writer.line(columns.map { CSVReportFormat.cell($0.cell(breach)) })
        }
        return output
    }
}
