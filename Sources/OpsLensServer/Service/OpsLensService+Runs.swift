import Foundation
import Hummingbird
import OpsLens

extension OpsLensService {
    /// `GET /api/v1/runs`: the runs the caller may see, newest first, filtered by the query's
    /// `from`, `to` (dates or times), `portfolio`, `file` (part of a file name), `outcome`, `before` and `limit`.
    func runs(_ request: Request, context: ServiceContext) async throws -> Response {
        let query = try auditQuery(request, caller: context.requireCaller(), defaultLimit: 100)
        let entries = try await audit.entries(query)
        return JSONText.response(of: RunList(runs: entries.map(RunSummary.init)))
    }

    /// `GET /api/v1/runs/{id}`: the run as recorded — who, when, inputs with sizes and SHA-256,
    /// rules and lists in force, the chain hashes and the report (or the error that refused the input).
    func run(context: ServiceContext) async throws -> Response {
        let entry = try await visibleEntry(context)
        let summary = JSONText.encode(RunSummary(entry))
        let json = "{\"run\":\(summary),\"rules\":\(entry.rules),\"report\":\(entry.report)}"
        return JSONText.response(json)
    }

    /// `GET /api/v1/runs/{id}/report?format=json|html|csv|sarif|markdown|text|junit`: the run's
    /// report rendered as it was; JSON is the stored text itself.
    func report(_ request: Request, context: ServiceContext) async throws -> Response {
        let entry = try await visibleEntry(context)
        let name = request.uri.queryParameters["format"].map(String.init) ?? "json"
        guard let format = ReportFormat(rawValue: name) else {
            throw APIError.badRequest("format must be one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard entry.httpStatus == 200 else {
            throw APIError(.conflict, code: "no-report", "run \(entry.id) was refused: it has no report")
        }
        let text: String
        if format == .json {
            text = entry.report + "\n"
        } else if let report = try? JSONDecoder().decode(ScreeningReport.self, from: Data(entry.report.utf8)) {
            text = format.render(report)
        } else {
            throw APIError(.conflict, code: "json-only", "run \(entry.id) is a pre-trade check: its decisions come as JSON (format=json)")
        }
        let headers: HTTPFields = [
            .contentType: format.mediaType,
            .contentDisposition: "attachment; filename=\"opslens-run-\(entry.id).\(format.fileExtension)\"",
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The row named by the path's `{id}`, when the caller may see it (404 otherwise, so ids of
    /// other callers' runs are not confirmed).
    private func visibleEntry(_ context: ServiceContext) async throws -> AuditEntry {
        let caller = try context.requireCaller()
        guard let id = context.parameters.get("id", as: Int64.self), let entry = try await audit.entry(id: id),
              caller.isAdmin || entry.actor == caller.name else { throw APIError.notFound }
        return entry
    }

    /// The audit query the request's parameters describe, limited to the caller's own runs unless it is an admin.
    func auditQuery(_ request: Request, caller: AccessTokens.Caller, defaultLimit: Int) throws -> AuditQuery {
        let parameters = request.uri.queryParameters
        func text(_ name: String) -> String? {
            parameters[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        }
        for name in ["from", "to"] {
            if let value = text(name), value.count < 10 || CalendarDate(iso: String(value.prefix(10))) == nil {
                throw APIError.badRequest("\(name) must be a date YYYY-MM-DD or an ISO 8601 time, not \"\(value)\"")
            }
        }
        if let outcome = text("outcome"), !["passed", "failed", "rejected"].contains(outcome) {
            throw APIError.badRequest("outcome must be passed, failed or rejected, not \"\(outcome)\"")
        }
        let limit = try text("limit").map { value in
            guard let limit = Int(value), (1...10_000).contains(limit) else { throw APIError.badRequest("limit must be 1 to 10000") }
            return limit
        } ?? defaultLimit
        return AuditQuery(actor: caller.isAdmin ? nil : caller.name, from: text("from"), to: text("to"),
                          portfolio: text("portfolio"), fileName: text("file"), outcome: text("outcome"),
                          beforeID: text("before").flatMap { Int64($0) }, limit: limit)
    }
}

/// A run as `GET /api/v1/runs` lists it.
struct RunSummary: Codable, Hashable {
    var id: Int64
    var recordedAt: String
    var actor: String
    var kind: String
    var outcome: String
    var httpStatus: Int
    var asOf: String
    var failOn: String
    var portfolio: String?
    var inputs: [AuditInput]
    var findings: Int
    var rulesSHA256: String
    var matcherVersion: String
    var previousHash: String
    var rowHash: String

    init(_ entry: AuditEntry) {
        id = entry.id
        recordedAt = entry.recordedAt
        actor = entry.actor
        kind = entry.kind
        outcome = entry.outcome
        httpStatus = entry.httpStatus
        asOf = entry.asOf
        failOn = entry.failOn
        portfolio = entry.portfolio
        inputs = (try? JSONDecoder().decode([AuditInput].self, from: Data(entry.inputs.utf8))) ?? []
        findings = entry.findings
        rulesSHA256 = entry.rulesSHA256
        matcherVersion = entry.matcherVersion
        previousHash = entry.previousHash
        rowHash = entry.rowHash
    }
}

struct RunList: Codable {
    var runs: [RunSummary]
}

extension ReportFormat {
    /// The media type a download of this format is served as.
    var mediaType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .sarif: "application/sarif+json; charset=utf-8"
        case .junit: "application/xml; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        }
    }
}
