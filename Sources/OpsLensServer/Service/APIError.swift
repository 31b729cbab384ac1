import Foundation
import Hummingbird
import OpsLens

/// An error answered as JSON: `{"error": {"status", "code", "message", "file", "line", "column"}}`.
///
/// Input errors carry the same file, line, column and message as the command line prints.
public struct APIError: HTTPResponseError, Sendable {
    public struct Body: Codable, Sendable, Hashable {
        public var status: Int
        public var code: String
        public var message: String
        public var file: String?
        public var line: Int?
        public var column: Int?
    }

    public var status: HTTPResponse.Status
    public var body: Body
    /// Extra response headers (e.g. `WWW-Authenticate`).
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, code: String, _ message: String) {
        self.status = status
        body = Body(status: status.code, code: code, message: message)
    }

    /// A holdings (or other input) file that cannot be read, as 422 with its location.
    public init(_ error: InputError) {
        status = .unprocessableContent
        body = Body(status: status.code, code: error.code.description, message: error.description,
                    file: error.file, line: error.line, column: error.column)
    }

    /// The error as the JSON text the client receives.
    public var json: String {
        JSONText.encode(["error": body])
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: json + "\n")))
    }

    static func badRequest(_ message: String, code: String = "bad-request") -> APIError {
        APIError(.badRequest, code: code, message)
    }

    static let notFound = APIError(.notFound, code: "not-found", "no such resource")
}

/// JSON the service writes: compact, keys sorted, slashes as they are.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        String(decoding: (try? SortedJSONEncoder().encode(value)) ?? Array("null".utf8), as: UTF8.self)
    }

    /// A JSON response from text already in JSON.
    static func response(_ json: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: json + "\n")))
    }

    /// A JSON response of `value`.
    static func response(of value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        response(encode(value), status: status)
    }
}
