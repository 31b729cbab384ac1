/// The quarterly report as a self-contained, printable HTML page: a one-page summary with charts, the
/// breach register, the inferred trades, waivers, list changes, a provenance appendix and a sign-off block.
///
/// The page loads nothing and runs no script (its Content-Security-Policy forbids both); every text from
/// the report is escaped. Printed, the summary fills the first page and the wide tables go on landscape pages.
enum QuarterlyHTMLFormat {
    static func render(_ report: QuarterlyReport) -> String {
        let title = "Quarterly compliance report — \(report.period.label)"
        var html = HTMLPage.start(title: title, style: QuarterlyHTMLStyle.css)
        html += summary(report, title: title)
        html += register(report.breaches)
        html += trades(report.trades)
        html += waivers(report.waivers)
        html += listChanges(report)
        html += appendix(report)
        html += signOff(report.signOff)
        return html + HTMLPage.end
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
        let rows = report.portfolios.map { portfolio in
            "<tr><td>\(e(portfolio.portfolio))</td><td>\(portfolio.snapshotDates.map(e).joined(separator: "<br>"))</td>"
                + "<td class=\"num\">\(portfolio.breachesOpen)</td><td class=\"num\">\(portfolio.breachesNew)</td>"
                + "<td class=\"num\">\(portfolio.breachesClosed)</td><td class=\"num\">\(portfolio.breachesCarriedOver)</td>"
                + "<td class=\"num\">\(e(ReportText.amount(portfolio.marketValueExposedAtStart))) → \(e(ReportText.amount(portfolio.marketValueExposedAtEnd)))</td>"
                + "<td class=\"num\">\(report.listChanges == nil ? "—" : String(portfolio.listChangesTouchingHoldings))</td></tr>\n"
        }
        html += HTMLPage.table(["Portfolio", "Snapshots", "Open", "New", "Closed", "Carried over", "Market value exposed, start → end",
                                "List changes touching holdings"], class: "summary", rows: rows)
        html += "<div class=\"charts\">\n"
        html += "<figure>\(QuarterlyCharts.findingsBySeverity(report.portfolios))<figcaption>Findings by severity at each portfolio's last snapshot</figcaption></figure>\n"
        html += "<figure>\(QuarterlyCharts.exposureByList(report.exposure))<figcaption>Market value exposed by list, start and end</figcaption></figure>\n"
        html += "<figure>\(QuarterlyCharts.openBreaches(report.openBreaches, period: report.period))<figcaption>Breaches open over the period</figcaption></figure>\n"
        return html + "</div>\n</section>\n"
    }

    private static func register(_ breaches: [Breach]) -> String {
        let html = "<section id=\"register\" class=\"wide\">\n<h2>Breach register</h2>\n"
        guard !breaches.isEmpty else { return html + "<p>No breaches in the period.</p>\n</section>\n" }
        let rows = breaches.map { breach in
            let confirm = breach.needsConfirmation ? "<br><span class=\"flag\">to confirm</span>" : ""
            return "<tr class=\"\(breach.isOpen ? "open" : "closed")\"><td><code>\(e(breach.id))</code><br><small>\(e(breach.origin.rawValue))</small></td>"
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
        let headers = ["Breach", "Portfolio and security", "Rule and list entry", "Kind", "Start", "Identified", "Closed", "Days",
                       "Value at start", "Value at close", "Description and action", "Waiver"]
        return html + HTMLPage.table(headers, rows: rows) + "</section>\n"
    }

    private static func trades(_ trades: [InferredTrade]) -> String {
        let html = "<section id=\"trades\" class=\"wide\">\n<h2>Inferred trades</h2>\n<p>Changes in positions in listed securities "
            + "between consecutive snapshots of a portfolio, judged on every day they could have happened.</p>\n"
        guard !trades.isEmpty else { return html + "<p>No trades in listed securities.</p>\n</section>\n" }
        let rows = trades.map { trade in
            let readings = trade.readings.map { "<li><span class=\"date\">\(e($0.from)) to \(e($0.to))</span>: <strong>\(e($0.verdict.rawValue))</strong> — \(e($0.explanation))</li>" }
            return "<tr><td>\(e(trade.portfolio))<br>\(e(trade.name ?? ""))<br><small>\(e(trade.security))</small></td>"
                + "<td>\(trade.direction.rawValue)</td><td class=\"num\">\(quantity(trade.quantityBefore)) → \(quantity(trade.quantityAfter))</td>"
                + "<td class=\"num\">\(money(trade.marketValueBefore, trade.currency)) → \(money(trade.marketValueAfter, trade.currency))</td>"
                + "<td class=\"date\">\(e(trade.earliest))<br>\(e(trade.latest))</td>"
                + "<td>\(e(trade.rule.id))<br>\(e(trade.entity.name))</td>"
                + "<td><span class=\"verdict-\(trade.verdict.rawValue)\">\(trade.verdict.rawValue)</span></td>"
                + "<td class=\"text\"><ul>\(readings.joined())</ul></td></tr>\n"
        }
        let headers = ["Portfolio and security", "Trade", "Quantity", "Market value", "Between", "Rule and list entry", "Verdict", "Readings"]
        return html + HTMLPage.table(headers, rows: rows) + "</section>\n"
    }

    private static func waivers(_ activity: [WaiverActivity]) -> String {
        let html = "<section id=\"waivers\">\n<h2>Waivers</h2>\n"
        guard !activity.isEmpty else { return html + "<p>No waivers.</p>\n</section>\n" }
        let rows = activity.map { item in
            let waiver = item.waiver
            let covers = waiver.findingId.map { "finding \($0)" }
                ?? [waiver.portfolio, waiver.security, waiver.rule].compactMap { $0 }.joined(separator: " · ")
            return "<tr><td>\(e(waiver.id))</td><td>\(e(covers))</td><td>\(waiver.approvedAt)<br><small>\(e(waiver.approvedBy))</small></td>"
                + "<td>\(waiver.expiresAt?.description ?? "no expiry")</td><td>\(e(item.statuses.joined(separator: ", ")))</td>"
                + "<td>\(e(waiver.justification))</td></tr>\n"
        }
        let headers = ["Waiver", "Covers", "Approved", "Expires", "In the period", "Justification"]
        return html + HTMLPage.table(headers, rows: rows) + "</section>\n"
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
            let rows = listChanges.touchingHoldings.map { touch in
                let holdings = touch.holdings.map {
                    "\(e($0.portfolio)): \(e($0.name ?? "")) <small>\(e($0.security)), \($0.snapshotDates.map(e).joined(separator: ", "))</small>"
                }
                return "<tr><td>\(touch.kind.rawValue)</td><td>\(e(touch.entry.name))<br><small>\(e(touch.entry.listID)) \(e(touch.entry.sourceID))</small></td>"
                    + "<td>\(e(touch.entry.programs.joined(separator: ", ")))</td><td>\(touch.fields.map(e).joined(separator: "<br>"))</td>"
                    + "<td>\(holdings.joined(separator: "<br>"))</td></tr>\n"
            }
            html += HTMLPage.table(["Change", "List entry", "Programs", "What changed", "Holdings"], rows: rows)
        }
        let counts = listChanges.programCounts.map { count in
            "<tr><td>\(e(count.program.isEmpty ? "(none)" : count.program))</td><td class=\"num\">\(count.added)</td>"
                + "<td class=\"num\">\(count.removed)</td><td class=\"num\">\(count.changed)</td></tr>\n"
        }
        html += "<h3>By program</h3>\n" + HTMLPage.table(["Program", "Added", "Removed", "Changed"], class: "counts", rows: counts)
        let every = changes.added.map { ("added", $0, "") } + changes.removed.map { ("removed", $0, "") }
            + changes.changed.map { ("changed", $0.after, $0.fields.map(\.field.rawValue).joined(separator: ", ")) }
        let rows = every.map { kind, entry, fields in
            "<tr><td>\(kind)</td><td>\(e(entry.listID))</td><td>\(e(entry.sourceID))</td><td>\(e(entry.name))</td>"
                + "<td>\(e(entry.programs.joined(separator: ", ")))</td><td>\(e(fields))</td></tr>\n"
        }
        return html + "<h3>Every change</h3>\n" + HTMLPage.table(["Change", "List", "Id", "Name", "Programs", "Fields changed"], rows: rows)
            + "</section>\n"
    }

    private static func appendix(_ report: QuarterlyReport) -> String {
        let run = report.run
        let snapshots = report.snapshots.map { snapshot in
            "<tr><td>\(e(snapshot.file))</td><td>\(e(snapshot.date))</td><td>\(e(snapshot.dateSource))</td>"
                + "<td>\(snapshot.portfolios.map(e).joined(separator: ", "))</td><td class=\"num\">\(snapshot.holdings)</td>"
                + "<td class=\"num\">\(snapshot.rejected)</td><td><code>\(e(ReportText.digest(snapshot.sha256)))</code></td></tr>\n"
        }
        let rules = run.rules.map { rule in
            "<tr><td>\(e(rule.id))</td><td>\(e(rule.title))</td><td>\(rule.inForceAtStart ? "yes" : "no")</td>"
                + "<td>\(rule.inForceAtEnd ? "yes" : "no")</td><td>\(e(rule.version))</td><td><code>\(e(ReportText.digest(rule.sha256)))</code></td></tr>\n"
        }
        var html = "<section id=\"provenance\" class=\"wide\">\n<h2>Provenance appendix</h2>\n<h3>Holdings snapshots</h3>\n"
            + HTMLPage.table(["File", "Date", "Dated by", "Portfolios", "Holdings", "Rejected", "SHA-256"], rows: snapshots)
            + "<h3>Rules</h3>\n" + HTMLPage.table(["Rule", "Title", "In force at start", "In force at end", "Version", "SHA-256"], rows: rules)
            + HTMLPage.lists("Lists", run.lists, vintages: false)
        if let previous = run.previousLists { html += HTMLPage.lists("Previous list vintage", previous, vintages: false) }
        if let previous = run.previousReport {
            html += "<h3>Previous report</h3>\n<p>\(e(previous.file)) (\(e(previous.period))), \(previous.openBreaches) breaches open at its end.</p>\n"
        }
        return html + HTMLPage.matcher(run.matcher) + "</section>\n"
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
        HTMLPage.escaped(text)
    }
}

extension WaiverActivity {
    /// `granted`, `used`, `expired`, `stale`: what the waiver did in the period.
    var statuses: [String] {
        [(granted, "granted"), (used, "used"), (expired, "expired"), (stale, "stale")].filter(\.0).map(\.1)
    }
}
