/// The quarterly report as a self-contained, printable HTML page: a one-page summary with charts, the
/// breach register, the inferred trades, waivers, list changes, a provenance appendix and a sign-off block.
///
/// The page loads nothing and runs no script (its Content-Security-Policy forbids both); every text from
/// the report is escaped. Printed, the summary fills the first page and the wide tables go on landscape pages.
enum QuarterlyHTMLFormat {
    static func render(_ report: QuarterlyReport) -> String {
        let title = "Quarterly compliance report — \(report.period.label)"
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>\(QuarterlyHTMLStyle.css)</style>
        </head>
        <body>

        """
        html += summary(report, title: title)
        html += register(report.breaches)
        html += trades(report.trades)
        html += waivers(report.waivers)
        html += listChanges(report)
        html += appendix(report)
        html += signOff(report.signOff)
        return html + "</body>\n</html>\n"
    }

    private static func summary(_ report: QuarterlyReport, title: String) -> String {
        let breaches = report.breaches
        var html = "<section id=\"summary\" class=\"first-page\">\n<h1>\(e(title))</h1>\n<dl class=\"run\">\n"
            + "<dt>Period</dt><dd>\(e(report.period.from.description)) to \(e(report.period.to.description))</dd>\n"
            + "<dt>Portfolios</dt><dd>\(report.portfolios.map { e($0.portfolio) }.joined(separator: ", "))</dd>\n"
            + "<dt>Generated</dt><dd>\(e(report.run.generatedAt)) by opslens \(e(report.run.toolVersion))</dd>\n</dl>\n"
        html += "<p class=\"lead\">\(breaches.count) breaches in the period: \(breaches.filter(\.isOpen).count) open at its end, "
            + "\(breaches.filter { $0.origin == .new }.count) new, \(breaches.filter { !$0.isOpen }.count) closed, "
            + "\(breaches.filter { $0.kind == .active }.count) active and \(breaches.filter { $0.kind == .passive }.count) passive"
            + "\(breaches.contains(where: \.needsConfirmation) ? "; \(breaches.filter(\.needsConfirmation).count) to confirm" : "").</p>\n"
        html += "<table class=\"summary\">\n<thead><tr><th>Portfolio</th><th>Snapshots</th><th>Open</th><th>New</th><th>Closed</th>"
            + "<th>Carried over</th><th>Market value exposed, start → end</th><th>List changes touching holdings</th></tr></thead>\n<tbody>\n"
        for portfolio in report.portfolios {
            html += "<tr><td>\(e(portfolio.portfolio))</td><td>\(portfolio.snapshotDates.map(e).joined(separator: "<br>"))</td>"
                + "<td class=\"num\">\(portfolio.breachesOpen)</td><td class=\"num\">\(portfolio.breachesNew)</td>"
                + "<td class=\"num\">\(portfolio.breachesClosed)</td><td class=\"num\">\(portfolio.breachesCarriedOver)</td>"
                + "<td class=\"num\">\(e(ReportText.amount(portfolio.marketValueExposedAtStart))) → \(e(ReportText.amount(portfolio.marketValueExposedAtEnd)))</td>"
                + "<td class=\"num\">\(report.listChanges == nil ? "—" : String(portfolio.listChangesTouchingHoldings))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<div class=\"charts\">\n"
        html += "<figure>\(QuarterlyCharts.findingsBySeverity(report.portfolios))<figcaption>Findings by severity at each portfolio's last snapshot</figcaption></figure>\n"
        html += "<figure>\(QuarterlyCharts.exposureByList(report.exposure))<figcaption>Market value exposed by list, start and end</figcaption></figure>\n"
        html += "<figure>\(QuarterlyCharts.openBreaches(report.openBreaches, period: report.period))<figcaption>Breaches open over the period</figcaption></figure>\n"
        return html + "</div>\n</section>\n"
    }

    private static func register(_ breaches: [Breach]) -> String {
        var html = "<section id=\"register\" class=\"wide\">\n<h2>Breach register</h2>\n"
        guard !breaches.isEmpty else { return html + "<p>No breaches in the period.</p>\n</section>\n" }
        html += "<table>\n<thead><tr><th>Breach</th><th>Portfolio and security</th><th>Rule and list entry</th><th>Kind</th>"
            + "<th>Start</th><th>Identified</th><th>Closed</th><th>Days</th><th>Value at start</th><th>Value at close</th>"
            + "<th>Description and action</th><th>Waiver</th></tr></thead>\n<tbody>\n"
        for breach in breaches {
            let confirm = breach.needsConfirmation ? "<br><span class=\"flag\">to confirm</span>" : ""
            html += "<tr class=\"\(breach.isOpen ? "open" : "closed")\"><td><code>\(e(breach.id))</code><br><small>\(e(breach.origin.rawValue))</small></td>"
                + "<td>\(e(breach.portfolio))<br>\(e(breach.name ?? ""))<br><small>\(e(breach.security))</small></td>"
                + "<td>\(e(breach.rule.id))<br>\(e(breach.entity.name))<br><small>\(e(breach.entity.list)) \(e(breach.entity.sourceId))</small></td>"
                + "<td><span class=\"kind-\(breach.kind.rawValue)\">\(breach.kind.rawValue)</span><br><small>\(e(breach.cause))</small>\(confirm)</td>"
                + "<td class=\"date\">\(e(breach.startDate))</td><td class=\"date\">\(e(breach.identifiedDate))</td>"
                + "<td class=\"date\">\(e(breach.closedDate ?? "open"))</td>"
                + "<td class=\"num\">\(breach.daysOpen)</td><td class=\"num\">\(money(breach.marketValueAtStart, breach.currency))</td>"
                + "<td class=\"num\">\(money(breach.marketValueAtClose, breach.currency))</td>"
                + "<td class=\"text\">\(e(breach.description))<div class=\"action\">\(e(breach.action))</div></td>"
                + "<td>\(breach.waiver.map { "\(e($0.id))<br><small>\(e($0.approvedBy)), until \($0.expiresAt?.description ?? "no expiry")</small>" } ?? "—")</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func trades(_ trades: [InferredTrade]) -> String {
        var html = "<section id=\"trades\" class=\"wide\">\n<h2>Inferred trades</h2>\n<p>Changes in positions in listed securities "
            + "between consecutive snapshots of a portfolio, judged on every day they could have happened.</p>\n"
        guard !trades.isEmpty else { return html + "<p>No trades in listed securities.</p>\n</section>\n" }
        html += "<table>\n<thead><tr><th>Portfolio and security</th><th>Trade</th><th>Quantity</th><th>Market value</th>"
            + "<th>Between</th><th>Rule and list entry</th><th>Verdict</th><th>Readings</th></tr></thead>\n<tbody>\n"
        for trade in trades {
            let readings = trade.readings.map { "<li><span class=\"date\">\(e($0.from)) to \(e($0.to))</span>: <strong>\(e($0.verdict.rawValue))</strong> — \(e($0.explanation))</li>" }
            html += "<tr><td>\(e(trade.portfolio))<br>\(e(trade.name ?? ""))<br><small>\(e(trade.security))</small></td>"
                + "<td>\(trade.direction.rawValue)</td><td class=\"num\">\(quantity(trade.quantityBefore)) → \(quantity(trade.quantityAfter))</td>"
                + "<td class=\"num\">\(money(trade.marketValueBefore, trade.currency)) → \(money(trade.marketValueAfter, trade.currency))</td>"
                + "<td class=\"date\">\(e(trade.earliest))<br>\(e(trade.latest))</td>"
                + "<td>\(e(trade.rule.id))<br>\(e(trade.entity.name))</td>"
                + "<td><span class=\"verdict-\(trade.verdict.rawValue)\">\(trade.verdict.rawValue)</span></td>"
                + "<td class=\"text\"><ul>\(readings.joined())</ul></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func waivers(_ activity: [WaiverActivity]) -> String {
        var html = "<section id=\"waivers\">\n<h2>Waivers</h2>\n"
        guard !activity.isEmpty else { return html + "<p>No waivers.</p>\n</section>\n" }
        html += "<table>\n<thead><tr><th>Waiver</th><th>Covers</th><th>Approved</th><th>Expires</th><th>In the period</th>"
            + "<th>Justification</th></tr></thead>\n<tbody>\n"
        for item in activity {
            let waiver = item.waiver
            let covers = waiver.findingId.map { "finding \($0)" }
                ?? [waiver.portfolio, waiver.security, waiver.rule].compactMap { $0 }.joined(separator: " · ")
            html += "<tr><td>\(e(waiver.id))</td><td>\(e(covers))</td><td>\(waiver.approvedAt)<br><small>\(e(waiver.approvedBy))</small></td>"
                + "<td>\(waiver.expiresAt?.description ?? "no expiry")</td><td>\(e(item.statuses.joined(separator: ", ")))</td>"
                + "<td>\(e(waiver.justification))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func listChanges(_ report: QuarterlyReport) -> String {
        var html = "<section id=\"list-changes\" class=\"wide\">\n<h2>List changes</h2>\n"
        guard let listChanges = report.listChanges else {
            return html + "<p>No previous list vintage was given (--ofac-previous).</p>\n</section>\n"
        }
        let changes = listChanges.changes
        html += "<p>\(changes.added.count) entries added, \(changes.removed.count) removed, \(changes.changed.count) changed; "
            + "\(listChanges.touchingHoldings.count) of these touch holdings of the snapshots.</p>\n"
        html += "<h3>Changes that touch holdings</h3>\n"
        if listChanges.touchingHoldings.isEmpty {
            html += "<p>None.</p>\n"
        } else {
            html += "<table>\n<thead><tr><th>Change</th><th>List entry</th><th>Programs</th><th>What changed</th><th>Holdings</th></tr></thead>\n<tbody>\n"
            for touch in listChanges.touchingHoldings {
                let holdings = touch.holdings.map {
                    "\(e($0.portfolio)): \(e($0.name ?? "")) <small>\(e($0.security)), \($0.snapshotDates.map(e).joined(separator: ", "))</small>"
                }
                html += "<tr><td>\(touch.kind.rawValue)</td><td>\(e(touch.entry.name))<br><small>\(e(touch.entry.listID)) \(e(touch.entry.sourceID))</small></td>"
                    + "<td>\(e(touch.entry.programs.joined(separator: ", ")))</td><td>\(touch.fields.map(e).joined(separator: "<br>"))</td>"
                    + "<td>\(holdings.joined(separator: "<br>"))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<h3>By program</h3>\n<table class=\"counts\">\n<thead><tr><th>Program</th><th>Added</th><th>Removed</th><th>Changed</th></tr></thead>\n<tbody>\n"
        for count in listChanges.programCounts {
            html += "<tr><td>\(e(count.program.isEmpty ? "(none)" : count.program))</td><td class=\"num\">\(count.added)</td>"
                + "<td class=\"num\">\(count.removed)</td><td class=\"num\">\(count.changed)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<h3>Every change</h3>\n<table>\n<thead><tr><th>Change</th><th>List</th><th>Id</th><th>Name</th>"
            + "<th>Programs</th><th>Fields changed</th></tr></thead>\n<tbody>\n"
        let rows = changes.added.map { ("added", $0, "") } + changes.removed.map { ("removed", $0, "") }
            + changes.changed.map { ("changed", $0.after, $0.fields.map(\.field.rawValue).joined(separator: ", ")) }
        for (kind, entry, fields) in rows {
            html += "<tr><td>\(kind)</td><td>\(e(entry.listID))</td><td>\(e(entry.sourceID))</td><td>\(e(entry.name))</td>"
                + "<td>\(e(entry.programs.joined(separator: ", ")))</td><td>\(e(fields))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func appendix(_ report: QuarterlyReport) -> String {
        let run = report.run
        var html = "<section id=\"provenance\" class=\"wide\">\n<h2>Provenance appendix</h2>\n<h3>Holdings snapshots</h3>\n<table>\n"
            + "<thead><tr><th>File</th><th>Date</th><th>Dated by</th><th>Portfolios</th><th>Holdings</th><th>Rejected</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
        for snapshot in report.snapshots {
            html += "<tr><td>\(e(snapshot.file))</td><td>\(e(snapshot.date))</td><td>\(e(snapshot.dateSource))</td>"
                + "<td>\(snapshot.portfolios.map(e).joined(separator: ", "))</td><td class=\"num\">\(snapshot.holdings)</td>"
                + "<td class=\"num\">\(snapshot.rejected)</td><td><code>\(e(ReportText.digest(snapshot.sha256)))</code></td></tr>\n"
        }
        html += "</tbody>\n</table>\n<h3>Rules</h3>\n<table>\n<thead><tr><th>Rule</th><th>Title</th><th>In force at start</th>"
            + "<th>In force at end</th><th>Version</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
        for rule in run.rules {
            html += "<tr><td>\(e(rule.id))</td><td>\(e(rule.title))</td><td>\(rule.inForceAtStart ? "yes" : "no")</td>"
                + "<td>\(rule.inForceAtEnd ? "yes" : "no")</td><td>\(e(rule.version))</td><td><code>\(e(ReportText.digest(rule.sha256)))</code></td></tr>\n"
        }
        html += "</tbody>\n</table>\n" + lists("Lists", run.lists)
        if let previous = run.previousLists { html += lists("Previous list vintage", previous) }
        if let previous = run.previousReport {
            html += "<h3>Previous report</h3>\n<p>\(e(previous.file)) (\(e(previous.period))), \(previous.openBreaches) breaches open at its end.</p>\n"
        }
        html += "<h3>Matcher</h3>\n<p>\(e(run.matcher.version)): names match at \(ReportText.score(run.matcher.matchThreshold)), "
            + "need review from \(ReportText.score(run.matcher.reviewThreshold)).</p>\n"
        return html + "</section>\n"
    }

    private static func lists(_ title: String, _ lists: [ListStamp]) -> String {
        var html = "<h3>\(e(title))</h3>\n<table>\n<thead><tr><th>List</th><th>Publisher</th><th>Published</th><th>Entries</th>"
            + "<th>Files and SHA-256</th></tr></thead>\n<tbody>\n"
        for list in lists {
            let files = list.files.map { "\(e($0.path))<br><code>\(e(ReportText.digest($0.sha256)))</code>" }.joined(separator: "<br>")
            html += "<tr><td>\(e(list.id))</td><td>\(e(list.publisher))</td><td>\(e(list.publicationDate ?? "—"))</td>"
                + "<td class=\"num\">\(list.entities)</td><td>\(files)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func signOff(_ signOff: SignOff) -> String {
        func field(_ value: String?, _ label: String) -> String {
            "<div><span class=\"line\">\(e(value ?? ""))</span>\(label)</div>\n"
        }
        return "<section id=\"sign-off\">\n<h2>Sign-off</h2>\n<p>I have reviewed the breach register, the inferred trades, the waivers "
            + "and the list changes above, and the actions taken or planned.</p>\n<div class=\"sign\">\n"
            + field(signOff.preparedBy, "Prepared by") + field(signOff.reviewedBy, "Reviewed by") + field(signOff.date, "Date")
            + "</div>\n<div class=\"comment\"><span class=\"line\">\(e(signOff.comments ?? ""))</span><span class=\"line\"></span>Comments</div>\n"
            + "</section>\n"
    }

    static func money(_ value: Double?, _ currency: String?) -> String {
        guard let value else { return "—" }
        return e((currency.map { "\($0) " } ?? "") + ReportText.amount(value))
    }

    static func quantity(_ value: Double?) -> String {
        guard let value else { return "?" }
        let amount = ReportText.amount(value)
        return e(amount.hasSuffix(".00") ? String(amount.dropLast(3)) : amount)
    }

    private static func e(_ text: String) -> String {
        ReportText.xmlEscaped(text)
    }
}

extension WaiverActivity {
    /// `granted`, `used`, `expired`, `stale`: what the waiver did in the period.
    var statuses: [String] {
        [(granted, "granted"), (used, "used"), (expired, "expired"), (stale, "stale")].filter(\.0).map(\.1)
    }
}
