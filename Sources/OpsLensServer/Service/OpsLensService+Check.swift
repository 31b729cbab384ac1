import Foundation
import Hummingbird
import OpsLens

extension OpsLensService {
    /// `POST /api/v1/check`: orders in, one decision each (allow, warn, review, block) out, as `opslens check` decides.
    ///
    /// Orders as the check takes them: an orders CSV (`text/csv`), one order per line in the short
    /// form or as JSON objects (any other text), or a JSON array of such strings and objects.
    /// Query: `asOf` (trade date of orders that give none), `failOn` (block, review or warn), `name`.
    /// A body with an order that cannot be read gets 422 naming every bad order; every attempt is audited.
    func check(_ request: Request, context: ServiceContext) async throws -> Response {
        let caller = try context.requireCaller()
        let query = request.uri.queryParameters
        let parameter = { (name: String) in query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 } }
        let body = try await UploadBody(maxBytes: settings.maxUploadBytes, timeLimit: settings.uploadTimeLimit).collect(request)
        let name = MultipartForm.safeFileName(parameter("name") ?? "orders")
        let asOf = try Upload.date(parameter("asOf"))
        let failOn = try parameter("failOn").map { text in
            guard let verdict = Decision.Verdict(rawValue: text), verdict != .allow else {
                throw APIError.badRequest("failOn must be block, review or warn, not \"\(text)\"")
            }
            return verdict
        } ?? .block
        guard !body.isEmpty else { throw APIError.badRequest("expected orders: a CSV, one order per line, or a JSON array", code: "no-input") }
        let loaded = engines.loaded
        var entry = AuditLog.NewEntry(actor: caller.name, kind: "check", outcome: "rejected", httpStatus: 422,
                                      asOf: asOf.description, failOn: failOn.rawValue, portfolio: nil,
                                      inputs: [AuditInput(name: name, bytes: body)], rules: loaded.rules, findings: 0, report: "")
        let orders: [Order]
        do {
            orders = try OrdersUpload.orders(body, name: name, contentType: request.headers[.contentType] ?? "")
        } catch let error as InputError {
            let refusal = APIError(error)
            entry.report = refusal.json
            try await audit.append(entry)
            throw refusal
        }
        let check = PreTradeCheck(engine: loaded.engine, asOf: asOf)
        let decisions = try await workers.run { orders.map(check.decide) }
        let worst = decisions.map(\.verdict).max() ?? .allow
        let answer = CheckAnswer(decision: worst, failOn: failOn, decisions: decisions)
        entry.outcome = answer.outcome
        entry.httpStatus = 200
        entry.findings = decisions.reduce(0) { $0 + $1.findings.count }
        entry.report = JSONText.encode(answer)
        let row = try await audit.append(entry)
        return JSONText.response(entry.report, headers: [.runID: String(row.id), .location: "/api/v1/runs/\(row.id)",
                                                         .outcome: entry.outcome])
    }
}

/// The answer to a check: the worst decision, whether it fails at `failOn`, and every decision.
struct CheckAnswer: Codable {
    var decision: Decision.Verdict
    var failOn: Decision.Verdict
    var decisions: [Decision]

    /// `failed` when an order's decision is at or above `failOn`.
    var outcome: String { decision >= failOn ? "failed" : "passed" }
}

/// Orders read from a request body.
enum OrdersUpload {
    /// Every order of `body`.
    ///
    /// - Throws: `InputError` naming the first bad order's line (and every bad order in its message).
    static func orders(_ body: [UInt8], name: String, contentType: String) throws -> [Order] {
        if contentType.lowercased().hasPrefix("text/csv") {
            return try collect(try OrdersFile(.bytes(body, name: name)).rows.map { row in row.order })
        }
        let text = String(decoding: body, as: UTF8.self)
        if text.drop(while: \.isWhitespace).hasPrefix("["),
           let items = try? JSONSerialization.jsonObject(with: Data(body)) as? [Any] {
            return try collect(items.enumerated().map { position, item in
                Result { () throws(OrderError) -> Order in
                    try OrderParser.parse(Self.text(of: item), source: "\(name) order \(position + 1)")
                }
            })
        }
        var results: [Result<Order, OrderError>] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            results.append(Result { () throws(OrderError) -> Order in try OrderParser.parse(trimmed, source: name, line: offset + 1) })
        }
        return try collect(results)
    }

    /// A JSON array element as the text an order is parsed from.
    private static func text(of item: Any) -> String {
        if let string = item as? String { return string }
        guard let data = try? JSONSerialization.data(withJSONObject: item) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The orders, or the first error with every error in its message.
    private static func collect(_ results: [Result<Order, OrderError>]) throws -> [Order] {
        let errors = results.compactMap { result -> OrderError? in
            if case .failure(let error) = result { return error }
            return nil
        }
        guard let first = errors.first else { return results.compactMap { try? $0.get() } }
        if errors.count == 1 { throw first }
        throw InputError(first.code, file: first.file, line: first.line, column: first.column,
                         errors.map(\.description).joined(separator: "\n"))
    }
}
