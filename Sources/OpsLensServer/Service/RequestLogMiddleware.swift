import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Logs one line per request — method, path, status, duration — with the request's id,
/// and returns the id to the client as `X-Request-Id`.
struct RequestLogMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: ServiceContext,
                next: (Request, ServiceContext) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let id = context.id
        do {
            var response = try await next(request, context)
            response.headers[.requestID] = id
            log(request, context: context, status: response.status.code, since: started)
            return response
        } catch {
            log(request, context: context, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: started)
            if var error = error as? APIError {
                error.headers[.requestID] = id
                throw error
            }
            throw error
        }
    }

    private func log(_ request: Request, context: ServiceContext, status: Int, since started: ContinuousClock.Instant) {
        let elapsed = started.duration(to: .now)
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds)) ms")
    }
}

extension HTTPField.Name {
    static let requestID = Self("X-Request-Id")!
}
