import Hummingbird

/// Finds the caller from the `Authorization: Bearer` header; 401 when it is missing or unknown.
///
/// With no tokens configured every request is `Caller.local` (the service then listens on loopback only).
struct AccessMiddleware: RouterMiddleware {
    let tokens: AccessTokens

    func handle(_ request: Request, context: ServiceContext,
                next: (Request, ServiceContext) async throws -> Response) async throws -> Response {
        var context = context
        if tokens.isEmpty {
            context.caller = .local
        } else {
            guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer "),
                  let caller = tokens.caller(bearer: String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)) else {
                var error = APIError(.unauthorized, code: "unauthorized", "a valid bearer token is required")
                error.headers[.wwwAuthenticate] = "Bearer"
                throw error
            }
            context.caller = caller
        }
        return try await next(request, context)
    }
}
