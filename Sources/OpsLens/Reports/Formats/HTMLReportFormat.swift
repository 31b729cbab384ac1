/// A self-contained, printable HTML page: run envelope, summary by severity, findings, waivers, a provenance
/// appendix with SHA-256 of every input, rule and list file, and a sign-off block.
///
/// The page loads nothing and runs no script: its Content-Security-Policy forbids both, and every text from the
/// report is escaped. Only `http` and `https` URLs become links. Print to PDF for the signed copy.
enum HTMLReportFormat {
    static func render(_ report: ScreeningReport) -> String {
        let run = report.run
        var html = HTMLPage.start(title: "OpsLens screening report — as of \(run.asOf)", style: style) + """
        <header>
        <h1>OpsLens screening report</h1>
        <dl class="run">
        <dt>As of</dt><dd>\(run.asOf)</dd>
        <dt>Tool</dt><dd>opslens \(e(run.toolVersion))</dd>
        <dt>Started</dt><dd>\(e(run.startedAt))</dd>
        <dt>Finished</dt><dd>\(e(run.finishedAt))</dd>
        <dt>Inputs</dt><dd>\(run.inputs.map { e($0.path) }.joined(separator: ", "))</dd>
        </dl>
        </header>

        """
        html += summary(report)
        html += findings(report.findings)
        html += waivers(report)
        html += resolvedAndRejected(report)
        html += appendix(run)
        return html + signOff + HTMLPage.end
    }

    private static func summary(_ report: ScreeningReport) -> String {
        let summary = report.summary
        var html = "<section id=\"summary\">\n<h2>Summary</h2>\n"
        html += "<p>\(summary.findings) findings: \(summary.open) open, \(summary.waived) waived. "
            + "Market value affected: \(e(ReportText.marketValueAffected(summary))).</p>\n"
        if let baseline = report.baseline {
            html += "<p>Since the baseline of \(baseline.asOf) (started \(e(baseline.startedAt))): \(baseline.new) new, "
                + "\(baseline.unchanged) unchanged, \(baseline.resolved) resolved.</p>\n"
        }
        let rows = Severity.allCases.sorted(by: >).map { severity in
            "<tr class=\"sev-\(severity.rawValue)\"><td><span class=\"badge\">\(severity.rawValue)</span></td>"
                + "<td class=\"num\">\(summary.bySeverity[severity.rawValue] ?? 0)</td>"
                + "<td class=\"num\">\(summary.openBySeverity[severity.rawValue] ?? 0)</td></tr>\n"
        }
        return html + HTMLPage.table(["Severity", "Findings", "Open"], class: "counts", rows: rows) + "</section>\n"
    }

    private static func findings(_ findings: [Finding]) -> String {
        let html = "<section id=\"findings\">\n<h2>Findings</h2>\n"
        guard !findings.isEmpty else { return html + "<p>No findings.</p>\n</section>\n" }
        let headers = ["Severity", "Status", "Holding", "Matched entry and rule", "Match", "Provenance", "Action"]
        return html + HTMLPage.table(headers, class: "findings", rows: findings.map(row)) + "</section>\n"
    }

    /// A finding's row: severity and id, status, holding, entry and rule, match, provenance, action.
    private static func row(_ finding: Finding) -> String {
        let holding = finding.holding
        var status = finding.status.rawValue
        if let change = finding.change { status += "<br><small>\(change.rawValue)</small>" }
        if let firstSeen = finding.firstSeen { status += "<br><small>first seen \(firstSeen)</small>" }
        var holdingCell = "<strong>\(e(holding.name ?? "—"))</strong>"
        if !holding.identifiers.isEmpty { holdingCell += "<br>\(e(ReportText.identifiers(holding)))" }
        holdingCell += "<br><small>\(e(holding.portfolio)) · \(e(ReportText.location(holding)))</small>"
        if let value = holding.marketValue {
            holdingCell += "<br><small>MV \(ReportText.amount(value))\(holding.currency.map { " " + e($0) } ?? "")"
                + (holding.quantity.map { " · qty \(ReportText.plainNumber($0))" } ?? "") + "</small>"
        }
        var entryCell = finding.entity.map { "\(e($0.name))<br><small>\(e($0.list)) \(e($0.sourceId))</small>" } ?? "—"
        if let rule = finding.rule {
            entryCell += "<br>\(e(rule.title))<br><small>\(e(rule.id)) · \(e(rule.kind))</small>"
        }
        var matchCell = "—"
        if let match = finding.match {
            matchCell = "\(e(match.method)) \(ReportText.score(match.score))"
            if let name = match.matchedName { matchCell += "<br><small>≈ \(e(name))</small>" }
            if !match.path.isEmpty { matchCell += "<br><small>\(match.path.map(e).joined(separator: " → "))</small>" }
        }
        var provenanceCell = "—"
        if let provenance = finding.provenance {
            provenanceCell = "\(e(provenance.publisher))<br><small>\(e(provenance.authority)) · \(e(provenance.program))"
            for (label, date) in [("listed", provenance.listingDate), ("effective", provenance.effectiveDate),
                                  ("divest by", provenance.divestmentDate)] {
                if let date { provenanceCell += "<br>\(label) \(date)" }
            }
            if let phase = provenance.phase { provenanceCell += "<br>\(e(phase))" }
            if let url = provenance.sourceUrl { provenanceCell += "<br>\(link(url))" }
            provenanceCell += "</small>"
        }
        var actionCell = e(finding.action)
        if let waiver = finding.waiver {
            actionCell += "<div class=\"waiver\">Waived by \(e(waiver.id)): \(e(waiver.justification))<br><small>approved by "
                + "\(e(waiver.approvedBy)) on \(waiver.approvedAt), expires \(waiver.expiresAt?.description ?? "never")</small></div>"
        }
        for note in (finding.match?.notes ?? []) + (finding.notes ?? []) {
            actionCell += "<div class=\"note\">\(e(note))</div>"
        }
        return "<tr class=\"sev-\(finding.severity.rawValue) \(finding.status.rawValue)\" id=\"f-\(e(finding.id))\">"
            + "<td><span class=\"badge\">\(finding.severity.rawValue)</span><br><code>\(e(finding.id))</code></td>"
            + "<td>\(status)</td><td>\(holdingCell)</td><td>\(entryCell)</td><td>\(matchCell)</td>"
            + "<td>\(provenanceCell)</td><td>\(actionCell)</td></tr>\n"
    }

    private static func waivers(_ report: ScreeningReport) -> String {
        guard !report.staleWaivers.isEmpty else { return "" }
        var html = "<section id=\"stale-waivers\">\n<h2>Stale waivers</h2>\n<p>These waivers match no finding.</p>\n<ul>\n"
        for waiver in report.staleWaivers {
            html += "<li>\(e(waiver.id)): \(e(TextReportFormat.target(of: waiver))), approved by \(e(waiver.approvedBy)) "
                + "on \(waiver.approvedAt)</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    private static func resolvedAndRejected(_ report: ScreeningReport) -> String {
        var html = ""
        if !report.resolved.isEmpty {
            html += "<section id=\"resolved\">\n<h2>Resolved since the baseline</h2>\n<ul>\n"
            for finding in report.resolved {
                html += "<li><code>\(e(finding.id))</code> \(finding.severity.rawValue): \(e(ReportText.message(finding)))</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        if !report.rejected.isEmpty {
            html += "<section id=\"rejected\">\n<h2>Rows not screened</h2>\n<ul>\n"
            for row in report.rejected {
                html += "<li>\(e(row.file)):\(row.line): \(e(row.reason))</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        return html
    }

    private static func appendix(_ run: RunInfo) -> String {
        let inputs = run.inputs.map { input in
            "<tr><td>\(e(input.path))</td><td class=\"num\">\(input.rowsRead)</td><td class=\"num\">\(input.holdings)</td>"
                + "<td class=\"num\">\(input.skipped)</td><td class=\"num\">\(input.rejected)</td>"
                + "<td><code>\(e(ReportText.digest(input.sha256)))</code></td></tr>\n"
        }
        let rules = run.rules.map { rule in
            "<tr><td>\(e(rule.id))</td><td>\(e(rule.version))</td><td><code>\(e(ReportText.digest(rule.sha256)))</code></td></tr>\n"
        }
        return "<section id=\"provenance\">\n<h2>Provenance appendix</h2>\n<h3>Inputs</h3>\n"
            + HTMLPage.table(["File", "Rows", "Holdings", "Skipped", "Rejected", "SHA-256"], rows: inputs)
            + "<h3>Rules</h3>\n" + HTMLPage.table(["Rule", "Version", "SHA-256"], rows: rules)
            + HTMLPage.lists("Lists", run.lists, vintages: true) + HTMLPage.matcher(run.matcher) + "</section>\n"
    }

    private static let signOff = """
    <section id="sign-off">
    <h2>Sign-off</h2>
    <p>I have reviewed the findings above and the actions taken or planned.</p>
    <div class="sign">
    <div><span class="line"></span>Reviewer (name and role)</div>
    <div><span class="line"></span>Date</div>
    <div><span class="line"></span>Signature</div>
    </div>
    <div class="comment"><span class="line"></span><span class="line"></span>Comments and remediation</div>
    </section>

    """

    /// A link for `http(s)` URLs; any other scheme (e.g. `javascript:`) is shown as text only.
    private static func link(_ url: String) -> String {
        guard ReportText.isWebURL(url) else { return e(url) }
        return "<a href=\"\(e(url))\">\(e(url))</a>"
    }

    private static func e(_ text: String) -> String {
        HTMLPage.escaped(text)
    }

    private static let style = """

    body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2em auto;max-width:80em;padding:0 1em}
    h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:1.6em}
    dl.run{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}dl.run dt{font-weight:600}dl.run dd{margin:0}
    table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccd;padding:.3em .5em;text-align:left;vertical-align:top}
    th{background:#eef0f4}td.num{text-align:right;font-variant-numeric:tabular-nums}table.counts{width:auto}
    code{font-size:.9em;word-break:break-all}small{color:#555}
    .badge{display:inline-block;padding:0 .5em;border-radius:.6em;font-weight:600;color:#fff;background:#666}
    .sev-block .badge{background:#b3261e}.sev-warn .badge{background:#b26a00}.sev-review .badge{background:#7b3fa0}
    .sev-data .badge{background:#1f6f8b}.sev-info .badge{background:#777}
    tr.waived{opacity:.75}.waiver{margin-top:.4em;padding:.3em;border-left:3px solid #2e7d32;background:#f1f8f1}
    .note{margin-top:.4em;padding:.3em;border-left:3px solid #b26a00;background:#fff8ec}
    .sign{display:flex;gap:2em;margin-top:2.5em}.sign div{flex:1}.line{display:block;border-bottom:1px solid #000;height:2.2em}
    .comment{margin-top:2em}.comment .line{height:2em}
    @media print{body{margin:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}
    h2,h3{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}#sign-off{break-inside:avoid}
    .badge{color:#000;background:none!important;border:1px solid #000}th{background:none}}

    """
}
