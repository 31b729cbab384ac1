/// JUnit XML for CI test dashboards: one `<testsuite>` per rule in force (plus `data` for data findings), one
/// `<testcase>` per finding.
///
/// Open block, warn and review findings are `<failure>`s, open data findings `<error>`s, waived findings
/// `<skipped>` with the waiver; info findings pass. Every text is XML-escaped.
enum JUnitReportFormat {
    static func render(_ report: ScreeningReport) -> String {
        var order = report.run.rules.map(\.id)
        for finding in report.findings where !order.contains(suiteName(finding)) {
            order.append(suiteName(finding))
        }
        if let data = order.firstIndex(of: FindingFingerprint.dataRule) {
            order.append(order.remove(at: data))
        }
        var seen = Set<String>()
        let suites = order.filter { seen.insert($0).inserted }.map { name in
            (name, report.findings.filter { suiteName($0) == name })
        }

        let all = suites.map { counts($0.1) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"OpsLens screening as of \(report.run.asOf)\" tests=\"\(report.findings.count)\" "
            + "failures=\"\(all.map(\.failures).reduce(0, +))\" errors=\"\(all.map(\.errors).reduce(0, +))\" "
            + "skipped=\"\(all.map(\.skipped).reduce(0, +))\" timestamp=\"\(e(report.run.startedAt))\">\n"
        for (name, findings) in suites {
            let count = counts(findings)
            xml += "  <testsuite name=\"\(e(name))\" tests=\"\(findings.count)\" failures=\"\(count.failures)\" "
                + "errors=\"\(count.errors)\" skipped=\"\(count.skipped)\" timestamp=\"\(e(report.run.startedAt))\""
            guard !findings.isEmpty else {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            for finding in findings {
                xml += testCase(finding, suite: name)
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    private static func suiteName(_ finding: Finding) -> String {
        finding.rule?.id ?? FindingFingerprint.dataRule
    }

    private static func counts(_ findings: [Finding]) -> (failures: Int, errors: Int, skipped: Int) {
        var counts = (failures: 0, errors: 0, skipped: 0)
        for finding in findings {
            switch outcome(finding) {
            case .failure: counts.failures += 1
            case .error: counts.errors += 1
            case .skipped: counts.skipped += 1
            case .passed: break
            }
        }
        return counts
    }

    private enum Outcome {
        case failure, error, skipped, passed
    }

    private static func outcome(_ finding: Finding) -> Outcome {
        if finding.status == .waived { return .skipped }
        switch finding.severity {
        case .block, .warn, .review: return .failure
        case .data: return .error
        case .info: return .passed
        }
    }

    private static func testCase(_ finding: Finding, suite: String) -> String {
        let holding = finding.holding
        let name = "\(holding.portfolio) \(ReportText.security(holding))"
            + (finding.entity.map { " ~ \($0.name) [\($0.list) \($0.sourceId)]" } ?? "")
        var xml = "    <testcase name=\"\(e(name))\" classname=\"\(e(suite))\" file=\"\(e(holding.file))\" "
            + "line=\"\(holding.line)\" id=\"\(e(finding.id))\""
        var details = [ReportText.message(finding), "Finding \(finding.id) at \(ReportText.location(holding))."]
        if let provenance = finding.provenance {
            details.append("Source: \(provenance.publisher), \(provenance.authority), \(provenance.program)"
                           + (provenance.sourceUrl.map { " <\($0)>" } ?? "") + ".")
        }
        details += (finding.match?.notes ?? []) + (finding.notes ?? [])
        let body = e(details.joined(separator: "\n"))
        let message = e(ReportText.message(finding))
        switch outcome(finding) {
        case .failure:
            xml += ">\n      <failure message=\"\(message)\" type=\"\(finding.severity.rawValue)\">\(body)</failure>\n    </testcase>\n"
        case .error:
            xml += ">\n      <error message=\"\(message)\" type=\"data\">\(body)</error>\n    </testcase>\n"
        case .skipped:
            let waiver = finding.waiver
            let reason = waiver.map { "Waived by \($0.id) (approved by \($0.approvedBy) on \($0.approvedAt), expires "
                + "\($0.expiresAt?.description ?? "never")): \($0.justification)" } ?? "Waived"
            xml += ">\n      <skipped message=\"\(e(reason))\"/>\n    </testcase>\n"
        case .passed:
            xml += "/>\n"
        }
        return xml
    }

    private static func e(_ text: String) -> String {
        ReportText.xmlEscaped(text)
    }
}
