import Foundation
import Hummingbird
import OpsLens

extension OpsLensService {
    /// `GET /api/v1/audit/export?from=&to=&format=csv|json`: the caller's runs (every run for an admin) in the range.
    func export(_ request: Request, context: ServiceContext) async throws -> Response {
        var query = try auditQuery(request, caller: context.requireCaller(), defaultLimit: 1_000_000)
        query.limit = max(query.limit, 1)
        let format = request.uri.queryParameters["format"].map(String.init) ?? "json"
        let entries = Array(try await audit.entries(query).reversed())
        let (text, type) = switch format {
        case "json": (AuditExport.json(entries) + "\n", "application/json; charset=utf-8")
        case "csv": (AuditExport.csv(entries), "text/csv; charset=utf-8")
        default: throw APIError.badRequest("format must be csv or json, not \"\(format)\"")
        }
        let headers: HTTPFields = [.contentType: type,
                                   .contentDisposition: "attachment; filename=\"opslens-audit.\(format)\""]
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `GET /api/v1/rules`: the rules and lists in force, with their files' hashes and the lists' vintage.
    func rulesInForce() -> Response {
        let loaded = engines.loaded
        let book = loaded.engine.book
        let digests = Dictionary(book.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        let rules = book.rules.map { rule in
            RuleInForce(id: rule.id, title: rule.title, severity: rule.severity.rawValue, restriction: rule.restriction.rawValue,
                        lists: rule.lists, effectiveFrom: rule.effectiveFrom?.description, effectiveTo: rule.effectiveTo?.description,
                        file: rule.location.file, sha256: digests[rule.location.file])
        }
        let lists = book.lists.map { list in
            ListInForce(id: list.id, title: list.title, publisher: list.provenance.publisher,
                        publicationDate: list.provenance.publicationDate?.description,
                        retrievedDate: list.provenance.retrievedDate?.description, entities: list.entities.count,
                        files: list.files)
        }
        let thresholds = loaded.engine.index.thresholds
        return JSONText.response(of: RulesResponse(
            loadedAt: loaded.loadedAt, rulesSHA256: loaded.rules.canonicalJSON.sha256,
            matcher: MatcherStamp(version: ScreeningEngine.matcherVersion, matchThreshold: thresholds.match,
                                  reviewThreshold: thresholds.review),
            rules: rules, lists: lists))
    }

    /// `POST /api/v1/admin/reload` (and SIGHUP): a new engine from the same folders, swapped in
    /// whole; when it fails to load, the old one keeps serving and the answer says why.
    func reload() async -> Response {
        switch await engines.reload() {
        case .reloaded(let loaded):
            return JSONText.response(of: ReloadStatus(reloaded: true, loadedAt: loaded.loadedAt,
                                                      rulesSHA256: loaded.rules.canonicalJSON.sha256, error: nil))
        case .failed(let reason):
            let serving = engines.loaded
            return JSONText.response(of: ReloadStatus(reloaded: false, loadedAt: serving.loadedAt,
                                                      rulesSHA256: serving.rules.canonicalJSON.sha256, error: reason),
                                     status: .unprocessableContent)
        }
    }
}

struct RuleInForce: Codable {
    var id, title, severity, restriction: String
    var lists: [String]
    var effectiveFrom, effectiveTo: String?
    var file: String
    var sha256: String?
}

struct ListInForce: Codable {
    var id, title, publisher: String
    var publicationDate, retrievedDate: String?
    var entities: Int
    var files: [FileStamp]
}

struct RulesResponse: Codable {
    var loadedAt: String
    var rulesSHA256: String
    var matcher: MatcherStamp
    var rules: [RuleInForce]
    var lists: [ListInForce]
}

/// The answer to a reload: what serves now, and why a failed reload failed.
struct ReloadStatus: Codable {
    var reloaded: Bool
    var loadedAt: String
    var rulesSHA256: String
    var error: String?
}
