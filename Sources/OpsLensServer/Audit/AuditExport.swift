import Foundation
import OpsLens

/// The audit trail as an examiner asks for it: every run with its inputs' hashes, the rules'
/// hashes, its findings and decisions, and its place in the hash chain.
enum AuditExport {
    /// JSON: `{"runs": [{"run": …, "rules": …, "report": …}]}` in chain order, each as recorded.
    static func json(_ entries: [AuditEntry]) -> String {
        let runs = entries.map { entry in
            "{\"run\":\(JSONText.encode(RunSummary(entry))),\"rules\":\(entry.rules),\"report\":\(entry.report)}"
        }
        return "{\"runs\":[" + runs.joined(separator: ",\n") + "]}"
    }

    static let csvColumns = [
        "run_id", "recorded_at", "actor", "kind", "outcome", "http_status", "as_of", "fail_on", "portfolio", "inputs",
        "rules_sha256", "matcher_version", "row_hash", "finding_id", "severity", "status", "file", "line",
        "holding_portfolio", "holding_name", "entity_id", "entity_name", "list", "rule_id", "action", "error",
    ]

    /// CSV, formula-safe: one line per finding, or per decision of a pre-trade check (one line for
    /// a run without either), in chain order.
    static func csv(_ entries: [AuditEntry]) -> String {
        var output = csvColumns.joined(separator: ",") + "\n"
        let decoder = JSONDecoder()
        for entry in entries {
            let summary = RunSummary(entry)
            let inputs = summary.inputs.map { "\($0.name) \($0.size) bytes sha256:\($0.sha256)" }.joined(separator: " | ")
            let run: [String?] = [String(entry.id), entry.recordedAt, entry.actor, entry.kind, entry.outcome,
                                  String(entry.httpStatus), entry.asOf, entry.failOn, entry.portfolio, inputs,
                                  entry.rulesSHA256, entry.matcherVersion, entry.rowHash]
            let stored = Data(entry.report.utf8)
            let report = entry.httpStatus == 200 ? try? decoder.decode(ScreeningReport.self, from: stored) : nil
            let check = entry.httpStatus == 200 ? try? decoder.decode(CheckAnswer.self, from: stored) : nil
            let findings: [[String?]] = (report?.findings ?? []).map { finding in
                [finding.id, finding.severity.rawValue, finding.status.rawValue, finding.holding.file,
                 String(finding.holding.line), finding.holding.portfolio, finding.holding.name, finding.entity?.id,
                 finding.entity?.name, finding.entity?.list, finding.rule?.id, finding.action, nil]
            } + (check?.decisions ?? []).map { decision in
                let first = decision.resolved.first
                return [decision.order.id, decision.verdict.rawValue, "decision", nil, nil, decision.order.portfolio,
                        decision.order.summary, first?.entity.id, first?.entity.name, first?.entity.list, first?.rule,
                        decision.reason, nil]
            }
            let error = entry.httpStatus == 200 ? nil : (try? decoder.decode([String: APIError.Body].self, from: stored))?["error"]?.message
            for finding in findings.isEmpty ? [Array(repeating: nil, count: 12) + [error]] : findings {
                output += (run + finding).map(ReportFormat.csvCell).joined(separator: ",") + "\n"
            }
        }
        return output
    }
}
