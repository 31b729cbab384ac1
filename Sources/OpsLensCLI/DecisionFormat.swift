import ArgumentParser
import Foundation
import OpsLens

/// How `opslens check` prints decisions.
enum DecisionFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl

    /// Every decision in this format.
    func render(_ decisions: [Decision]) throws -> String {
        switch self {
        case .json: return try JSONOutput.string(decisions) + "\n"
        case .jsonl: return decisions.map { $0.jsonLine + "\n" }.joined()
        case .text: return decisions.map(Self.textLines).joined()
        }
    }

    /// `BLOCK  BUY 1000 0020 HK  reason`, then what it resolved to, indented.
    static func textLines(_ decision: Decision) -> String {
        var text = "\(decision.verdict.rawValue.uppercased().padding(toLength: 6, withPad: " ", startingAt: 0)) "
            + "\(decision.order.summary)"
            + (decision.order.id.map { " [\($0)]" } ?? "")
            + " on \(decision.tradeDate): \(decision.reason)\n"
        for resolution in decision.resolved {
            var dates: [String] = []
            if let listing = resolution.listingDate { dates.append("listed \(listing)") }
            if let effective = resolution.effectiveDate { dates.append("effective \(effective)") }
            if let divestment = resolution.divestmentDate { dates.append("divest by \(divestment)") }
            text += "         \(resolution.verdict.rawValue): \(resolution.entity.name) (\(resolution.entity.id)) · "
                + "\(resolution.rule) \(resolution.restriction)\(resolution.phase.map { " (\($0))" } ?? "") · "
                + "\(resolution.method) \(resolution.score)\(dates.isEmpty ? "" : " · " + dates.joined(separator: ", "))\n"
        }
        return text
    }
}
