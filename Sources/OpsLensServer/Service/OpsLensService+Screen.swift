import Foundation
import HTTPTypes
import Hummingbird
import OpsLens

extension OpsLensService {
    /// Uploads below this many bytes are screened on one thread.
    static let smallUpload = 1 << 20

    /// `POST /api/v1/screen`: a `text/csv` body or `multipart/form-data` files → the JSON report.
    ///
    /// Query (or form fields): `asOf` (YYYY-MM-DD, default today), `failOn`, `portfolio`, and `name`
    /// for a bare body. Every attempt that reaches the engine is audited, refused ones included.
    func screen(_ request: Request, context: ServiceContext) async throws -> Response {
        let caller = try context.requireCaller()
        let query = request.uri.queryParameters
        let body = try await UploadBody(maxBytes: settings.maxUploadBytes, timeLimit: settings.uploadTimeLimit).collect(request)
        let upload = try Upload(body: body, contentType: request.headers[.contentType] ?? "",
                                field: { name in query[Substring(name)].map(String.init) })
        let loaded = engines.loaded
        var entry = AuditLog.NewEntry(actor: caller.name, kind: "screen", outcome: "rejected", httpStatus: 422,
                                      asOf: upload.asOf.description, failOn: upload.failOn.rawValue,
                                      portfolio: upload.portfolio, inputs: upload.inputs.map { AuditInput(name: $0.name, bytes: $0.bytes) },
                                      rules: loaded.rules, findings: 0, report: "")
        // Small uploads on one thread each: concurrent requests already keep the cores busy.
        let screening = ScreeningRequest(holdings: upload.inputs.map { .bytes($0.bytes, name: $0.name) }, asOf: upload.asOf,
                                         readOptions: HoldingsReadOptions(portfolio: upload.portfolio), failOn: upload.failOn,
                                         threads: body.count < Self.smallUpload ? 1 : nil)
        let engine = loaded.engine
        let outcome: ScreeningOutcome
        do {
            outcome = try await workers.run { try engine.screen(screening) }
        } catch let error as InputError {
            let refusal = APIError(error)
            entry.report = refusal.json
            try await audit.append(entry)
            throw refusal
        }
        // The report without its final line break; Foundation's trimming would copy the whole text through NSString.
        var json = ReportFormat.json.render(outcome.report)
        while json.last?.isNewline == true { json.removeLast() }
        entry.outcome = outcome.fails ? "failed" : "passed"
        entry.httpStatus = 200
        entry.findings = outcome.report.findings.count
        entry.report = json
        let row = try await audit.append(entry)
        return JSONText.response(json, headers: [.runID: String(row.id), .location: "/api/v1/runs/\(row.id)",
                                                 .outcome: entry.outcome])
    }
}

/// The holdings files of a screen request and how to screen them.
struct Upload {
    struct File {
        var name: String
        var bytes: [UInt8]
    }

    var inputs: [File]
    var asOf: CalendarDate
    var failOn: FailOn
    var portfolio: String?

    /// Reads `body` as multipart files or as one CSV body; settings from the form's fields or `field` (the query).
    init(body: [UInt8], contentType: String, field: (String) -> String?) throws {
        var setting = field
        if let boundary = MultipartForm.boundary(contentType: contentType) {
            let form = try MultipartForm(body: body, boundary: boundary)
            inputs = form.files.map { File(name: $0.fileName ?? "upload.csv", bytes: Array($0.bytes)) }
            setting = { name in form.field(name).flatMap { $0.isEmpty ? nil : $0 } ?? field(name) }
        } else if contentType.lowercased().hasPrefix("multipart/") {
            throw APIError.badRequest("a multipart body needs a boundary", code: "bad-multipart")
        } else {
            // An empty body is no upload, unless it is named: then it is an empty file, refused (and audited) as one.
            let name = field("name")
            inputs = body.isEmpty && name == nil ? [] : [File(name: MultipartForm.safeFileName(name ?? "upload.csv"), bytes: body)]
        }
        guard !inputs.isEmpty else {
            throw APIError.badRequest("expected a text/csv body or multipart/form-data with one or more files", code: "no-input")
        }
        asOf = try Self.date(setting("asOf"))
        failOn = try setting("failOn").map { text in
            guard let level = FailOn(rawValue: text) else {
                throw APIError.badRequest("failOn must be one of \(FailOn.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
            }
            return level
        } ?? .block
        portfolio = setting("portfolio").flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The `asOf` parameter as a date; today (UTC) when it is missing.
    static func date(_ text: String?) throws -> CalendarDate {
        guard let text else { return .today }
        guard let date = CalendarDate(iso: text) else { throw APIError.badRequest("asOf must be a date YYYY-MM-DD, not \"\(text)\"") }
        return date
    }
}

extension HTTPField.Name {
    /// The audit row of a screening.
    static let runID = Self("X-OpsLens-Run-Id")!
    /// `passed` or `failed`, as the fail-on level judged the report.
    static let outcome = Self("X-OpsLens-Outcome")!
}
