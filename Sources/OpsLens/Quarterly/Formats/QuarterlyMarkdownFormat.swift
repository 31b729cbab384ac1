/// The quarterly report as Markdown: the same sections and figures as the HTML page, the charts as tables.
enum QuarterlyMarkdownFormat {
    static func render(_ report: QuarterlyReport) -> String {
        var lines = ["# Quarterly compliance report — \(m(report.period.label))", ""]
        lines += ["- Period: \(report.period.from) to \(report.period.to)",
                  "- Portfolios: \(report.portfolios.map { m($0.portfolio) }.joined(separator: ", "))",
                  "- Generated: \(m(report.run.generatedAt)) by opslens \(m(report.run.toolVersion))", ""]
        lines += summary(report) + register(report.breaches) + trades(report.trades) + waivers(report.waivers)
        lines += listChanges(report) + appendix(report) + signOff(report.signOff)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func summary(_ report: QuarterlyReport) -> [String] {
        let breaches = report.breaches
        var lines = ["## Summary", "",
                     "\(breaches.count) breaches in the period: \(breaches.filter(\.isOpen).count) open at its end, "
                        + "\(breaches.filter { $0.origin == .new }.count) new, \(breaches.filter { !$0.isOpen }.count) closed, "
                        + "\(breaches.filter { $0.kind == .active }.count) active and \(breaches.filter { $0.kind == .passive }.count) passive"
                        + "; \(breaches.filter(\.needsConfirmation).count) to confirm.", ""]
        lines += row(["Portfolio", "Snapshots", "Open", "New", "Closed", "Carried over", "Market value exposed, start → end",
                      "List changes touching holdings", "Findings at last snapshot"])
        lines.append(row(Array(repeating: "---", count: 9))[0])
        for portfolio in report.portfolios {
            let findings = Severity.allCases.sorted(by: >).compactMap { severity in
                portfolio.findingsBySeverity[severity.rawValue].map { "\($0) \(severity.rawValue)" }
            }
            lines += row([m(portfolio.portfolio), portfolio.snapshotDates.joined(separator: ", "), "\(portfolio.breachesOpen)",
                          "\(portfolio.breachesNew)", "\(portfolio.breachesClosed)", "\(portfolio.breachesCarriedOver)",
                          "\(ReportText.amount(portfolio.marketValueExposedAtStart)) → \(ReportText.amount(portfolio.marketValueExposedAtEnd))",
                          report.listChanges == nil ? "—" : "\(portfolio.listChangesTouchingHoldings)",
                          findings.isEmpty ? "none" : findings.joined(separator: ", ")])
        }
        lines += ["", "Market value exposed by list:", ""] + row(["List", "Start", "End"]) + row(["---", "---:", "---:"])
        for list in report.exposure {
            lines += row([m(list.list), ReportText.amount(list.marketValueAtStart), ReportText.amount(list.marketValueAtEnd)])
        }
        lines += ["", "Breaches open over the period: "
                    + report.openBreaches.map { "\($0.open) from \($0.date)" }.joined(separator: ", ") + ".", ""]
        return lines
    }

    private static func register(_ breaches: [Breach]) -> [String] {
        var lines = ["## Breach register", ""]
        guard !breaches.isEmpty else { return lines + ["No breaches in the period.", ""] }
        lines += row(["Breach", "Portfolio", "Security", "Rule", "List entry", "Kind", "Origin", "Start", "Identified", "Closed",
                      "Days", "Value at start", "Value at close", "Description", "Action", "Waiver"])
        lines += row(Array(repeating: "---", count: 16))
        for breach in breaches {
            lines += row([MarkdownReportFormat.code(breach.id), m(breach.portfolio), m("\(breach.name ?? "") (\(breach.security))"),
                          m(breach.rule.id), m("\(breach.entity.name) [\(breach.entity.list) \(breach.entity.sourceId)]"),
                          "\(breach.kind.rawValue): \(m(breach.cause))\(breach.needsConfirmation ? " (to confirm)" : "")",
                          breach.origin.rawValue, breach.startDate, breach.identifiedDate, breach.closedDate ?? "open",
                          "\(breach.daysOpen)", money(breach.marketValueAtStart, breach.currency), money(breach.marketValueAtClose, breach.currency),
                          m(breach.description), m(breach.action),
                          breach.waiver.map { m("\($0.id) (\($0.approvedBy), until \($0.expiresAt?.description ?? "no expiry"))") } ?? "—"])
        }
        return lines + [""]
    }

    private static func trades(_ trades: [InferredTrade]) -> [String] {
        var lines = ["## Inferred trades", "",
                     "Changes in positions in listed securities between consecutive snapshots of a portfolio, judged on every day "
                        + "they could have happened.", ""]
        guard !trades.isEmpty else { return lines + ["No trades in listed securities.", ""] }
        lines += row(["Portfolio", "Security", "Trade", "Quantity", "Market value", "Between", "Rule and list entry", "Verdict", "Readings"])
        lines += row(Array(repeating: "---", count: 9))
        for trade in trades {
            let readings = trade.readings.map { "\($0.from) to \($0.to): **\($0.verdict.rawValue)** — \(m($0.explanation))" }
            lines += row([m(trade.portfolio), m("\(trade.name ?? "") (\(trade.security))"), trade.direction.rawValue,
                          "\(quantity(trade.quantityBefore)) → \(quantity(trade.quantityAfter))",
                          "\(money(trade.marketValueBefore, trade.currency)) → \(money(trade.marketValueAfter, trade.currency))",
                          "\(trade.earliest) to \(trade.latest)", m("\(trade.rule.id): \(trade.entity.name)"), trade.verdict.rawValue,
                          readings.joined(separator: "<br>")])
        }
        return lines + [""]
    }

    private static func waivers(_ activity: [WaiverActivity]) -> [String] {
        var lines = ["## Waivers", ""]
        guard !activity.isEmpty else { return lines + ["No waivers.", ""] }
        lines += row(["Waiver", "Covers", "Approved", "Expires", "In the period", "Justification"]) + row(Array(repeating: "---", count: 6))
        for item in activity {
            let waiver = item.waiver
            let covers = waiver.findingId.map { "finding \($0)" }
                ?? [waiver.portfolio, waiver.security, waiver.rule].compactMap { $0 }.joined(separator: " · ")
            lines += row([m(waiver.id), m(covers), m("\(waiver.approvedAt) by \(waiver.approvedBy)"), m(waiver.expiresAt?.description ?? "no expiry"),
                          item.statuses.joined(separator: ", "), m(waiver.justification)])
        }
        return lines + [""]
    }

    private static func listChanges(_ report: QuarterlyReport) -> [String] {
        var lines = ["## List changes", ""]
        guard let listChanges = report.listChanges else { return lines + ["No previous list vintage was given (--ofac-previous).", ""] }
        let changes = listChanges.changes
        lines += ["\(changes.added.count) entries added, \(changes.removed.count) removed, \(changes.changed.count) changed; "
                    + "\(listChanges.touchingHoldings.count) of these touch holdings of the snapshots.", "", "### Changes that touch holdings", ""]
        if listChanges.touchingHoldings.isEmpty {
            lines += ["None.", ""]
        } else {
            lines += row(["Change", "List entry", "Programs", "What changed", "Holdings"]) + row(Array(repeating: "---", count: 5))
            for touch in listChanges.touchingHoldings {
                let holdings = touch.holdings.map { m("\($0.portfolio): \($0.name ?? "") (\($0.security), \($0.snapshotDates.joined(separator: ", ")))") }
                lines += row([touch.kind.rawValue, m("\(touch.entry.name) [\(touch.entry.listID) \(touch.entry.sourceID)]"),
                              m(touch.entry.programs.joined(separator: ", ")), touch.fields.map(m).joined(separator: "<br>"),
                              holdings.joined(separator: "<br>")])
            }
            lines += [""]
        }
        lines += ["### By program", ""] + row(["Program", "Added", "Removed", "Changed"]) + row(["---", "---:", "---:", "---:"])
        for count in listChanges.programCounts {
            lines += row([m(count.program.isEmpty ? "(none)" : count.program), "\(count.added)", "\(count.removed)", "\(count.changed)"])
        }
        lines += ["", "### Every change", ""] + row(["Change", "List", "Id", "Name", "Programs", "Fields changed"])
        lines += row(Array(repeating: "---", count: 6))
        let rows = changes.added.map { ("added", $0, "") } + changes.removed.map { ("removed", $0, "") }
            + changes.changed.map { ("changed", $0.after, $0.fields.map(\.field.rawValue).joined(separator: ", ")) }
        for (kind, entry, fields) in rows {
            lines += row([kind, m(entry.listID), m(entry.sourceID), m(entry.name), m(entry.programs.joined(separator: ", ")), fields])
        }
        return lines + [""]
    }

    private static func appendix(_ report: QuarterlyReport) -> [String] {
        let run = report.run
        var lines = ["## Provenance appendix", "", "### Holdings snapshots", ""]
        lines += row(["File", "Date", "Dated by", "Portfolios", "Holdings", "Rejected", "SHA-256"]) + row(Array(repeating: "---", count: 7))
        for snapshot in report.snapshots {
            lines += row([MarkdownReportFormat.code(snapshot.file), snapshot.date, snapshot.dateSource,
                          m(snapshot.portfolios.joined(separator: ", ")), "\(snapshot.holdings)", "\(snapshot.rejected)",
                          MarkdownReportFormat.code(ReportText.digest(snapshot.sha256))])
        }
        lines += ["", "### Rules", ""] + row(["Rule", "Title", "In force at start", "In force at end", "Version", "SHA-256"])
        lines += row(Array(repeating: "---", count: 6))
        for rule in run.rules {
            lines += row([m(rule.id), m(rule.title), rule.inForceAtStart ? "yes" : "no", rule.inForceAtEnd ? "yes" : "no",
                          m(rule.version), MarkdownReportFormat.code(ReportText.digest(rule.sha256))])
        }
        lines += [""] + lists("Lists", run.lists)
        if let previous = run.previousLists { lines += lists("Previous list vintage", previous) }
        if let previous = run.previousReport {
            lines += ["### Previous report", "", "\(MarkdownReportFormat.code(previous.file)) (\(m(previous.period))), "
                        + "\(previous.openBreaches) breaches open at its end.", ""]
        }
        lines += ["### Matcher", "", "\(m(run.matcher.version)): names match at \(ReportText.score(run.matcher.matchThreshold)), "
                    + "need review from \(ReportText.score(run.matcher.reviewThreshold)).", ""]
        return lines
    }

    private static func lists(_ title: String, _ lists: [ListStamp]) -> [String] {
        var lines = ["### \(title)", ""] + row(["List", "Publisher", "Published", "Entries", "Files and SHA-256"])
        lines += row(Array(repeating: "---", count: 5))
        for list in lists {
            let files = list.files.map { "\(MarkdownReportFormat.code($0.path)) \(MarkdownReportFormat.code(ReportText.digest($0.sha256)))" }
            lines += row([m(list.id), m(list.publisher), list.publicationDate ?? "—", "\(list.entities)", files.joined(separator: "<br>")])
        }
        return lines + [""]
    }

    private static func signOff(_ signOff: SignOff) -> [String] {
        ["## Sign-off", "",
         "I have reviewed the breach register, the inferred trades, the waivers and the list changes above, and the actions taken or planned.", "",
         "- Prepared by: \(m(signOff.preparedBy ?? "________________"))",
         "- Reviewed by: \(m(signOff.reviewedBy ?? "________________"))",
         "- Date: \(m(signOff.date ?? "________________"))",
         "- Comments: \(m(signOff.comments ?? "________________"))"]
    }

    private static func row(_ cells: [String]) -> [String] {
        ["| " + cells.joined(separator: " | ") + " |"]
    }

    private static func money(_ value: Double?, _ currency: String?) -> String {
        guard let value else { return "—" }
        return m((currency.map { "\($0) " } ?? "") + ReportText.amount(value))
    }

    private static func quantity(_ value: Double?) -> String {
        guard let value else { return "?" }
        let amount = ReportText.amount(value)
        return amount.hasSuffix(".00") ? String(amount.dropLast(3)) : amount
    }

    private static func m(_ text: String) -> String {
        MarkdownReportFormat.escaped(text)
    }
}
