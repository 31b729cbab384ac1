import Crypto
import Foundation
import OpsLens
import Yams

/// Who may call the service: named bearer tokens, kept only as SHA-256 digests.
///
/// Read from a tokens file — YAML (a list of `name`, `token` or `sha256`, `admin`) or simple lines
/// (`NAME TOKEN [admin]`, `#` comments) — or from `OPSLENS_TOKENS` in the simple form with `;`
/// between entries. A token may be given as `sha256:HEX` so that the file holds no secret.
public struct AccessTokens: Sendable {
    /// A caller the service knows.
    public struct Caller: Sendable, Hashable {
        public var name: String
        /// Admin tokens see every run and may reload the rules.
        public var isAdmin: Bool

        public init(name: String, isAdmin: Bool) {
            self.name = name
            self.isAdmin = isAdmin
        }

        /// The caller when no tokens are configured (the service then listens on loopback only).
        public static let local = Caller(name: "local", isAdmin: true)
    }

    struct Entry: Sendable {
        var caller: Caller
        var digest: [UInt8]
    }

    private var entries: [Entry]

    /// No tokens: every caller on loopback is `Caller.local`.
    public static let none = AccessTokens(entries: [])

    init(entries: [Entry]) {
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// The caller whose token is `token`, comparing digests in constant time and always checking every entry.
    public func caller(bearer token: String) -> Caller? {
        let digest = Array(SHA256.hash(data: Data(token.utf8)))
        var found: Caller?
        for entry in entries where Self.constantTimeEqual(entry.digest, digest) {
            found = found ?? entry.caller
        }
        return found
    }

    static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

extension AccessTokens {
    /// Reads the tokens file at `path`.
    ///
    /// - Throws: `InputError` naming the file and line of a malformed entry.
    public static func load(file path: String) throws -> AccessTokens {
        let text = String(decoding: try InputSource.file(path).readAll(limit: 1 << 20), as: UTF8.self)
        if let yaml = try? Yams.load(yaml: text) as? [[String: Any]] {
            return try AccessTokens(entries: yaml.enumerated().map { try entry(yaml: $0.element, item: $0.offset + 1, file: path) })
        }
        return try parse(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), file: path)
    }

    /// Reads `OPSLENS_TOKENS`-style text: simple entries separated by `;` or line breaks.
    public static func parse(environment text: String) throws -> AccessTokens {
        try parse(lines: text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map(String.init), file: "OPSLENS_TOKENS")
    }

    private static func parse(lines: [String], file: String) throws -> AccessTokens {
        var entries: [Entry] = []
        for (offset, line) in lines.enumerated() {
            let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            guard fields.count == 2 || (fields.count == 3 && fields[2] == "admin") else {
                throw InputError(.badToken, file: file, line: offset + 1, "expected NAME TOKEN [admin]")
            }
            entries.append(try entry(name: fields[0], token: fields[1], admin: fields.count == 3, file: file, line: offset + 1))
        }
        return AccessTokens(entries: entries)
    }

    private static func entry(yaml: [String: Any], item: Int, file: String) throws -> Entry {
        guard let name = yaml["name"] as? String, let token = (yaml["token"] as? String) ?? (yaml["sha256"] as? String).map({ "sha256:" + $0 }) else {
            throw InputError(.badToken, file: file, "entry \(item): expected name and token (or sha256)")
        }
        return try entry(name: name, token: token, admin: yaml["admin"] as? Bool ?? false, file: file, line: nil)
    }

    private static func entry(name: String, token: String, admin: Bool, file: String, line: Int?) throws -> Entry {
        let digest: [UInt8]
        if token.hasPrefix("sha256:") {
            let hex = Array(token.dropFirst(7).utf8)
            let bytes = stride(from: 0, to: hex.count - 1, by: 2).compactMap { UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16) }
            guard hex.count == 64, bytes.count == 32 else {
                throw InputError(.badToken, file: file, line: line, "token \"\(name)\": sha256: must be followed by 64 hex digits")
            }
            digest = bytes
        } else {
            guard token.count >= 16 else {
                throw InputError(.badToken, file: file, line: line, "token \"\(name)\" is shorter than 16 characters")
            }
            digest = Array(SHA256.hash(data: Data(token.utf8)))
        }
        return Entry(caller: Caller(name: name, isAdmin: admin), digest: digest)
    }
}

extension InputError.Code {
    /// A tokens file entry is malformed.
    public static let badToken = Self(name: "bad-token")
}
