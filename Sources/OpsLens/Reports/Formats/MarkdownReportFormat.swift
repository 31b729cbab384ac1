/// The report in Markdown (GitHub-flavoured tables), e.g. for a pull request, a ticket or an e-mail.
///
/// Every text from the report is escaped: Markdown punctuation is backslash-escaped and `<`, `>`, `&` become
/// entities, so names cannot inject links, HTML or table cells.
enum MarkdownReportFormat {
    static func render(_ report: ScreeningReport) -> String {
        let run = report.run
        var lines = ["# OpsLens screening report", ""]
        lines.append("As of **\(run.asOf)**; opslens \(escaped(run.toolVersion)); started \(escaped(run.startedAt)), "
                     + "finished \(escaped(run.finishedAt)).")
        lines.append("")
        lines.append("## Summary")
        lines.append("")
        let summary = report.summary
        lines.append("\(summary.findings) findings: \(summary.open) open, \(summary.waived) waived. "
                     + "Market value affected: \(escaped(ReportText.marketValueAffected(summary))).")
        if let baseline = report.baseline {
            lines.append("")
            lines.append("Since the baseline of \(baseline.asOf): \(baseline.new) new, \(baseline.unchanged) unchanged, "
                         + "\(baseline.resolved) resolved.")
        }
        lines.append("")
        lines.append("| Severity | Findings | Open |")
        lines.append("| --- | ---: | ---: |")
        for severity in Severity.allCases.sorted(by: >) {
            lines.append("| \(severity.rawValue) | \(summary.bySeverity[severity.rawValue] ?? 0) | "
                         + "\(summary.openBySeverity[severity.rawValue] ?? 0) |")
        }
        lines.append("")
        lines.append("## Findings")
        lines.append("")
        if report.findings.isEmpty {
            lines.append("No findings.")
        } else {
            lines.append("| Severity | Status | Id | Where | Portfolio | Security | Matched entry | Rule | Match | Action |")
            lines.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
            for finding in report.findings {
                let status = finding.status.rawValue + (finding.change.map { " (\($0.rawValue))" } ?? "")
                let cells = [finding.severity.rawValue, status, finding.id, ReportText.location(finding.holding),
                             finding.holding.portfolio, ReportText.security(finding.holding), ReportText.entity(finding),
                             finding.rule?.id ?? "data", ReportText.match(finding), finding.action]
                lines.append("| " + cells.map(escaped).joined(separator: " | ") + " |")
            }
        }
        let notes = report.findings.filter { $0.waiver != nil || !($0.notes ?? []).isEmpty || !($0.match?.notes ?? []).isEmpty }
        if !notes.isEmpty {
            lines.append("")
            lines.append("### Notes and waivers")
            lines.append("")
            for finding in notes {
                if let waiver = finding.waiver {
                    lines.append("- `\(finding.id)` waived by \(escaped(waiver.id)) (approved by \(escaped(waiver.approvedBy)) "
                                 + "on \(waiver.approvedAt), expires \(waiver.expiresAt?.description ?? "never")): "
                                 + escaped(waiver.justification))
                }
                for note in (finding.match?.notes ?? []) + (finding.notes ?? []) {
                    lines.append("- `\(finding.id)`: \(escaped(note))")
                }
            }
        }
        if !report.staleWaivers.isEmpty {
            lines.append("")
            lines.append("## Stale waivers")
            lines.append("")
            for waiver in report.staleWaivers {
                lines.append("- \(escaped(waiver.id)): \(escaped(TextReportFormat.target(of: waiver))) matches no finding")
            }
        }
        if !report.resolved.isEmpty {
            lines.append("")
            lines.append("## Resolved since the baseline")
            lines.append("")
            for finding in report.resolved {
                lines.append("- `\(finding.id)` \(finding.severity.rawValue): \(escaped(ReportText.message(finding)))")
            }
        }
        if !report.rejected.isEmpty {
            lines.append("")
            lines.append("## Rows not screened")
            lines.append("")
            for row in report.rejected {
                lines.append("- \(escaped(row.file)):\(row.line): \(escaped(row.reason))")
            }
        }
        lines.append("")
        lines.append("## Provenance")
        lines.append("")
        for input in run.inputs {
            lines.append("- Input \(escaped(input.path)): \(input.holdings) holdings, \(input.rejected) rejected, "
                         + "sha256 \(code(ReportText.digest(input.sha256)))")
        }
        for rule in run.rules {
            lines.append("- Rule \(escaped(rule.id)) version \(escaped(rule.version)), sha256 \(code(ReportText.digest(rule.sha256)))")
        }
        for list in run.lists {
            lines.append("- List \(escaped(list.id)) (\(escaped(list.publisher))"
                         + (list.publicationDate.map { ", published \(escaped($0))" } ?? "") + "), \(list.entities) entries"
                         + (list.vintage.map { ", vintage \(escaped($0.date)) (manifest sha256 \(code(ReportText.digest($0.manifestSHA256))))" } ?? ""))
            for file in list.files {
                lines.append("  - \(escaped(file.path)), sha256 \(code(ReportText.digest(file.sha256)))")
            }
        }
        lines.append("- Matcher \(escaped(run.matcher.version)): match at \(ReportText.score(run.matcher.matchThreshold)), "
                     + "review from \(ReportText.score(run.matcher.reviewThreshold))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as inline code, or escaped text when it has a backtick or a line break.
    static func code(_ text: String) -> String {
        text.isEmpty || text.contains(where: { $0 == "`" || $0.isNewline }) ? escaped(text) : "`\(text)`"
    }

    /// `text` safe inside a Markdown paragraph or table cell.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in ReportText.withoutControlCharacters(text, keepingLineBreaks: true) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r\n", "\r": result += " "
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
