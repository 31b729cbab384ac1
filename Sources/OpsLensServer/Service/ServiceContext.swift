import Hummingbird

/// What a request carries through the service: Hummingbird's core context and who is calling.
public struct ServiceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `AccessMiddleware` for every route that needs a caller.
    public var caller: AccessTokens.Caller?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The caller, for routes behind `AccessMiddleware`.
    func requireCaller() throws -> AccessTokens.Caller {
        guard let caller else { throw APIError(.unauthorized, code: "unauthorized", "a bearer token is required") }
        return caller
    }

    /// The caller, when it is an admin.
    func requireAdmin() throws -> AccessTokens.Caller {
        let caller = try requireCaller()
        guard caller.isAdmin else { throw APIError(.forbidden, code: "forbidden", "this needs an admin token") }
        return caller
    }
}
