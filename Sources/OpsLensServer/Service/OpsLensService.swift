import Foundation
import Hummingbird
import Logging
import OpsLens

/// The HTTP service: a thin shell over `ScreeningEngine` that records every run in the audit trail.
///
/// `router()` builds every route, so tests can drive the service in process; `application(...)`
/// wraps it in a Hummingbird application bound to an address.
public final class OpsLensService: Sendable {
    public let engines: EngineSlot
    public let audit: AuditLog
    public let tokens: AccessTokens
    public let settings: ServiceSettings
    let workers: ScreeningWorkers

    public init(engines: EngineSlot, audit: AuditLog, tokens: AccessTokens, settings: ServiceSettings = ServiceSettings()) {
        self.engines = engines
        self.audit = audit
        self.tokens = tokens
        self.settings = settings
        workers = ScreeningWorkers(limit: settings.concurrentScreenings)
    }

    /// Every route: the page, health, and the `/api/v1` API behind bearer tokens.
    public func router() -> Router<ServiceContext> {
        let router = Router(context: ServiceContext.self)
        router.middlewares.add(RequestLogMiddleware())
        router.get("/") { _, _ in WebPage.response }
        router.get("/healthz") { _, _ in JSONText.response(of: ["status": "ok"]) }
        router.get("/readyz") { _, _ in try await self.readiness() }
        router.get("/api/v1/openapi.json") { _, _ in JSONText.response(OpenAPIDocument.json) }
        let api = router.group("/api/v1").add(middleware: AccessMiddleware(tokens: tokens))
        api.post("/screen") { request, context in try await self.screen(request, context: context) }
        api.post("/check") { request, context in try await self.check(request, context: context) }
        api.get("/rules") { _, context in _ = try context.requireCaller(); return self.rulesInForce() }
        api.get("/runs") { request, context in try await self.runs(request, context: context) }
        api.get("/runs/{id}") { _, context in try await self.run(context: context) }
        api.get("/runs/{id}/report") { request, context in try await self.report(request, context: context) }
        api.get("/audit/export") { request, context in try await self.export(request, context: context) }
        api.post("/admin/reload") { _, context in _ = try context.requireAdmin(); return await self.reload() }
        return router
    }

    /// The service as a Hummingbird application listening on `host:port`.
    ///
    /// - Parameter idleTimeout: How long a connection may send nothing, mid-request included, before it is closed.
    public func application(host: String, port: Int, logger: Logger, idleTimeout: Duration = .seconds(30),
                            onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol {
        Application(router: router(),
                    server: .http1(configuration: .init(idleTimeout: .seconds(idleTimeout.components.seconds))),
                    configuration: .init(address: .hostname(host, port: port), serverName: "opslens"),
                    onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
                    logger: logger)
    }

    /// 200 when an engine is loaded and the audit database answers; 503 otherwise.
    func readiness() async throws -> Response {
        do {
            let rows = try await audit.count()
            return JSONText.response(of: ReadyStatus(status: "ready", rulesLoadedAt: engines.loaded.loadedAt, auditRows: rows))
        } catch {
            throw APIError(.serviceUnavailable, code: "not-ready", "the audit database does not answer: \(error)")
        }
    }

    struct ReadyStatus: Codable {
        var status: String
        var rulesLoadedAt: String
        var auditRows: Int
    }
}
