import Hummingbird

/// Reads a request body into memory within a size limit and a time limit.
///
/// A body larger than the limit is refused with 413 as soon as it is known to be (from its
/// `Content-Length`, or as it arrives); one that takes longer than the time limit (a slow or
/// endless upload) with 408. A connection that sends nothing at all is closed by the server's
/// idle timeout.
struct UploadBody {
    var maxBytes: Int
    var timeLimit: Duration

    func collect(_ request: Request) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw tooLarge
        }
        let deadline = ContinuousClock.now + timeLimit
        var bytes: [UInt8] = []
        for try await chunk in request.body {
            guard bytes.count + chunk.readableBytes <= maxBytes else { throw tooLarge }
            guard ContinuousClock.now < deadline else {
                throw APIError(.requestTimeout, code: "upload-timeout",
                               "the upload took longer than \(timeLimit.components.seconds) seconds")
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }

    private var tooLarge: APIError {
        APIError(.contentTooLarge, code: "too-large", "the upload is larger than the limit of \(maxBytes) bytes")
    }
}
