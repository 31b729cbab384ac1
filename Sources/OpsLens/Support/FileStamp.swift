/// A file and its SHA-256.
public struct FileStamp: Hashable, Sendable, Codable {
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
