/// The report for people in a terminal: the run, a table of findings, the summary and what needs attention.
///
/// ANSI colour only when `ReportRenderOptions.color` is set. Control characters in the report's text are
/// replaced, so a hostile security name cannot drive the terminal.
struct TextReportFormat {
    let options: ReportRenderOptions

    /// Longest cell in the table; longer text is cut with "…".
    static let maximumCellWidth = 32

    func render(_ report: ScreeningReport) -> String {
        var lines: [String] = []
        let run = report.run
        lines.append(bold("OpsLens screening report") + " — as of \(run.asOf) (opslens \(clean(run.toolVersion)), "
                     + "started \(clean(run.startedAt)))")
        for input in run.inputs {
            lines.append("Input: \(clean(input.path)) — \(input.holdings) holdings, \(input.rejected) rejected, "
                         + "sha256 \(input.sha256.isEmpty ? "(missing)" : input.sha256.prefix(12) + "…")")
        }
        for list in run.lists {
            lines.append("List: \(clean(list.id)) (\(clean(list.publisher))"
                         + (list.publicationDate.map { ", published \(clean($0))" } ?? "") + ") — \(list.entities) entries"
                         + (list.vintage.map { ", vintage \(clean($0.date)) (manifest sha256 \($0.manifestSHA256.prefix(12))…)" } ?? ""))
        }
        lines.append("")
        if report.findings.isEmpty {
            lines.append("No findings.")
        } else {
            lines += table(report.findings)
        }
        lines.append("")
        lines.append(summaryLine(report))
        if let baseline = report.baseline {
            lines.append("Since the baseline of \(baseline.asOf) (\(clean(baseline.startedAt))): \(baseline.new) new, "
                         + "\(baseline.unchanged) unchanged, \(baseline.resolved) resolved.")
        }

        let open = report.findings.filter { $0.status == .open && $0.severity != .info }
        if !open.isEmpty {
            lines.append("")
            lines.append(bold("To do"))
            for finding in open {
                lines.append("  \(paint(finding.severity, finding.severity.rawValue)) \(finding.id) "
                             + "\(clean(ReportText.location(finding.holding))): \(clean(finding.action))"
                             + (finding.firstSeen.map { " (first seen \($0))" } ?? ""))
                for note in (finding.match?.notes ?? []) + (finding.notes ?? []) {
                    lines.append("      note: \(clean(note))")
                }
            }
        }
        let waived = report.findings.filter { $0.status == .waived }
        if !waived.isEmpty {
            lines.append("")
            lines.append(bold("Waived"))
            for finding in waived {
                guard let waiver = finding.waiver else { continue }
                lines.append("  \(finding.id) by \(clean(waiver.id)), approved by \(clean(waiver.approvedBy)) on "
                             + "\(waiver.approvedAt), expires \(waiver.expiresAt?.description ?? "never"): "
                             + clean(waiver.justification))
            }
        }
        if !report.staleWaivers.isEmpty {
            lines.append("")
            lines.append(bold("Stale waivers (they match no finding)"))
            for waiver in report.staleWaivers {
                lines.append("  \(clean(waiver.id)): \(clean(Self.target(of: waiver)))")
            }
        }
        if !report.resolved.isEmpty {
            lines.append("")
            lines.append(bold("Resolved since the baseline"))
            for finding in report.resolved {
                lines.append("  \(finding.id) \(finding.severity.rawValue) \(clean(ReportText.message(finding)))")
            }
        }
        if !report.rejected.isEmpty {
            lines.append("")
            lines.append(bold("Rows not screened"))
            for row in report.rejected {
                lines.append("  \(clean(row.file)):\(row.line): \(clean(row.reason))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a waiver names, in words.
    static func target(of waiver: Waiver) -> String {
        if let findingId = waiver.findingId { return "finding \(findingId)" }
        return "\(waiver.portfolio ?? "?") \(waiver.security ?? "?") under \(waiver.rule ?? "?")"
    }

    private func summaryLine(_ report: ScreeningReport) -> String {
        let summary = report.summary
        let counts = Severity.allCases.sorted(by: >).compactMap { severity -> String? in
            guard let count = summary.bySeverity[severity.rawValue] else { return nil }
            return "\(paint(severity, severity.rawValue)) \(count)"
        }
        var text = "Summary: \(summary.findings) finding\(summary.findings == 1 ? "" : "s") (\(summary.open) open, "
            + "\(summary.waived) waived)"
        if !counts.isEmpty { text += ": " + counts.joined(separator: ", ") }
        return text + "; market value affected \(clean(ReportText.marketValueAffected(summary)))."
    }

    private func table(_ findings: [Finding]) -> [String] {
        // Ids are in the to-do and waived lists below, to keep the table narrow.
        let headers = ["SEVERITY", "STATUS", "WHERE", "PORTFOLIO", "SECURITY", "KEY", "MATCHED ENTRY", "RULE", "MATCH"]
        let rows = findings.map { finding in
            [finding.severity.rawValue, finding.status.rawValue + (finding.change.map { " (\($0.rawValue))" } ?? ""),
             ReportText.location(finding.holding), finding.holding.portfolio,
             finding.holding.name ?? "—", finding.holding.securityKey, ReportText.entity(finding),
             finding.rule?.id ?? "data", ReportText.match(finding)].enumerated().map { column, text in
                // WHERE keeps its end, the line number; the other columns keep their start.
                column == 2 ? cut(clean(text), keepingEnd: true) : cut(clean(text))
            }
        }
        let widths = headers.indices.map { column in
            max(headers[column].count, rows.map { $0[column].count }.max() ?? 0)
        }
        func line(_ cells: [String], severity: Severity?) -> String {
            cells.indices.map { column in
                let padded = cells[column] + String(repeating: " ", count: widths[column] - cells[column].count)
                return column == 0 ? severity.map { paint($0, padded) } ?? padded : padded
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [bold(line(headers, severity: nil))] + zip(rows, findings).map { line($0, severity: $1.severity) }
    }

    private func clean(_ text: String) -> String {
        ReportText.withoutControlCharacters(text)
    }

    private func cut(_ text: String, keepingEnd: Bool = false) -> String {
        guard text.count > Self.maximumCellWidth else { return text }
        return keepingEnd ? "…" + String(text.suffix(Self.maximumCellWidth - 1))
            : String(text.prefix(Self.maximumCellWidth - 1)) + "…"
    }

    private func bold(_ text: String) -> String {
        options.color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func paint(_ severity: Severity, _ text: String) -> String {
        guard options.color else { return text }
        let code = switch severity {
        case .block: "1;31"
        case .warn: "33"
        case .review: "35"
        case .data: "36"
        case .info: "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
