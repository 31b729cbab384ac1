/// One flat row per finding with the COMPLIANCE.md §4.2 columns, safe to open in a spreadsheet.
///
/// Written by ``CSVWriter``, which neutralises text cells a spreadsheet would read as formulas and quotes them.
/// Numbers (quantity, market value, score) are written bare and stay numbers, negative ones included.
enum CSVReportFormat {
    /// A cell: text to neutralise and quote, a number, or nothing.
    enum Cell {
        case text(String?)
        case number(Double?)
        case integer(Int?)
    }

    static let columns: [(header: String, cell: @Sendable (Finding) -> Cell)] = [
        ("fingerprint", { .text($0.id) }),
        ("severity", { .text($0.severity.rawValue) }),
        ("status", { .text($0.status.rawValue) }),
        ("change", { .text($0.change?.rawValue) }),
        ("first_seen", { .text($0.firstSeen?.description) }),
        ("file", { .text($0.holding.file) }),
        ("line", { .integer($0.holding.line) }),
        ("portfolio", { .text($0.holding.portfolio) }),
        ("name", { .text($0.holding.name) }),
        ("isin", { .text($0.holding.identifiers["isin"]) }),
        ("cusip", { .text($0.holding.identifiers["cusip"]) }),
        ("sedol", { .text($0.holding.identifiers["sedol"]) }),
        ("figi", { .text($0.holding.identifiers["figi"]) }),
        ("lei", { .text($0.holding.identifiers["lei"]) }),
        ("ticker", { .text($0.holding.identifiers["ticker"]) }),
        ("quantity", { .number($0.holding.quantity) }),
        ("market_value", { .number($0.holding.marketValue) }),
        ("currency", { .text($0.holding.currency) }),
        ("entity_id", { .text($0.entity?.id) }),
        ("entity_source_id", { .text($0.entity?.sourceId) }),
        ("entity_name", { .text($0.entity?.name) }),
        ("list", { .text($0.entity?.list) }),
        ("rule_id", { .text($0.rule?.id) }),
        ("rule_title", { .text($0.rule?.title) }),
        ("rule_kind", { .text($0.rule?.kind) }),
        ("match_method", { .text($0.match?.method) }),
        ("match_score", { .number($0.match?.score) }),
        ("matched_name", { .text($0.match?.matchedName) }),
        ("match_path", { .text($0.match.map { $0.path.joined(separator: " > ") }) }),
        ("publisher", { .text($0.provenance?.publisher) }),
        ("authority", { .text($0.provenance?.authority) }),
        ("program", { .text($0.provenance?.program) }),
        ("source_url", { .text($0.provenance?.sourceUrl) }),
        ("listing_date", { .text($0.provenance?.listingDate?.description) }),
        ("effective_date", { .text($0.provenance?.effectiveDate?.description) }),
        ("divestment_date", { .text($0.provenance?.divestmentDate?.description) }),
        ("phase", { .text($0.provenance?.phase) }),
        ("action", { .text($0.action) }),
        ("waiver_id", { .text($0.waiver?.id) }),
        ("waiver_justification", { .text($0.waiver?.justification) }),
        ("waiver_approved_by", { .text($0.waiver?.approvedBy) }),
        ("waiver_approved_at", { .text($0.waiver?.approvedAt.description) }),
        ("waiver_expires", { .text($0.waiver?.expiresAt?.description) }),
        ("notes", { .text(notes($0)) }),
    ]

    static func render(_ report: ScreeningReport) -> String {
        let writer = CSVWriter(quoting: .always)
        var output = writer.line(columns.map(\.header))
        for finding in report.findings {
            output += writer.line(columns.map { cell($0.cell(finding)) })
        }
        return output
    }

    /// The match notes and the finding's notes, one text.
    private static func notes(_ finding: Finding) -> String? {
        let all = (finding.match?.notes ?? []) + (finding.notes ?? [])
        return all.isEmpty ? nil : all.joined(separator: " | ")
    }

    /// The writer's cell for `cell`: numbers bare, as spreadsheets and scripts read them.
    static func cell(_ cell: Cell) -> CSVWriter.Cell {
        switch cell {
        case let .text(text): .text(text)
        case let .number(value?): .bare(ReportText.plainNumber(value))
        case let .integer(value?): .bare(String(value))
        default: .text(nil)
        }
    }
}
