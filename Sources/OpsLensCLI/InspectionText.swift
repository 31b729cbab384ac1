import OpsLens

/// The text form of `holdings inspect`.
enum InspectionText {
    static func render(_ file: InspectedFile) -> String {
        let report = file.report
        var lines: [String] = [report.path]
        let delimiter = ["\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"][report.delimiter] ?? report.delimiter
        lines.append("  encoding    \(report.encoding.rawValue)")
        lines.append("  delimiter   \(delimiter), decimal separator \"\(report.decimalSeparator)\"")
        lines.append("  header      " + (report.headerLine.map { "line \($0)" } ?? "none (columns by position)"))
        lines.append("  columns     " + report.columns.map { column in
            let header = column.header.isEmpty ? "#\(column.index)" : column.header
            return column.role.map { "\(header) → \($0.rawValue)" } ?? "\(header) (unused)"
        }.joined(separator: ", "))
        lines.append("  lines       \(report.lines) = \(report.holdingLines) in \(report.holdings) holdings + \(report.skipped) skipped + \(report.rejectedLines) in \(report.rejected.count) rejected"
                     + (report.linesAddUp ? "" : "  (DO NOT ADD UP)"))
        for span in report.skippedLines {
            let range = span.line == span.lastLine ? "line \(span.line)" : "lines \(span.line)–\(span.lastLine)"
            lines.append("  skipped     \(range): \(span.reason.rawValue)")
        }
        for row in report.rejected {
            let location = row.column.map { "line \(row.line), column \($0)" } ?? "line \(row.line)"
            lines.append("  rejected    \(location): \(row.reason)")
        }
        for repair in report.repairs.prefix(20) {
            lines.append("  repaired    line \(repair.line): \(repair.field.rawValue) \(repair.original) → \(repair.repaired) (\(repair.reason))")
        }
        if report.repairCount > 20 { lines.append("  repaired    … and \(report.repairCount - 20) more (see --format json)") }
        for warning in report.warnings { lines.append("  warning     \(warning)") }
        if !file.firstHoldings.isEmpty {
            lines.append("  first holdings:")
            let rows = file.firstHoldings.map { holding in
                [String(holding.line), holding.ticker ?? "", holding.isin ?? holding.cusip ?? holding.sedol ?? "",
                 holding.name ?? "", holding.mic ?? "", format(holding.quantity), format(holding.marketValue), holding.currency ?? ""]
            }
            lines += TextTable.render(header: ["line", "ticker", "id", "name", "mic", "quantity", "market value", "ccy"], rows: rows)
                .map { "    " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
