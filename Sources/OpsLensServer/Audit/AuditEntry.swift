import Foundation
import OpsLens

/// One row of the audit trail: a screening run or a refused attempt, as it was recorded.
///
/// Rows are append-only and chained: `rowHash` is the SHA-256 of the previous row's hash and this
/// row's canonical serialisation, so changing, removing or reordering a row breaks every hash
/// after it (`opslens audit verify`).
public struct AuditEntry: Codable, Hashable, Sendable {
    /// The row's position in the chain (1 for the first).
    public var id: Int64
    /// When the run was recorded (ISO 8601, UTC, milliseconds).
    public var recordedAt: String
    /// The name of the token that asked for the run.
    public var actor: String
    /// What was asked: `screen` (or `check` for pre-trade decisions).
    public var kind: String
    /// `passed`, `failed` (open findings at or above `failOn`) or `rejected` (the input could not be screened).
    public var outcome: String
    /// The HTTP status the request was answered with.
    public var httpStatus: Int
    public var asOf: String
    public var failOn: String
    /// The portfolio the request named, if any.
    public var portfolio: String?
    /// The uploaded inputs: names, sizes and SHA-256 (JSON array of `AuditInput`).
    public var inputs: String
    /// The SHA-256 of the rules and lists in force (of `rules`).
    public var rulesSHA256: String
    /// The rules and lists in force with their hashes (JSON `RulesInForce`).
    public var rules: String
    public var matcherVersion: String
    /// The number of findings.
    public var findings: Int
    /// The report's JSON, or the error that refused the input.
    public var report: String
    /// The previous row's `rowHash`; 64 zeros for the first row.
    public var previousHash: String
    /// SHA-256 of `previousHash` and the canonical serialisation of every other column.
    public var rowHash: String

    /// The previous hash of the first row.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The columns that the hash covers, as canonical JSON: keys sorted, no white space, and every
    /// column except `rowHash` itself.
    public var canonicalSerialisation: Data {
        var unhashed = self
        unhashed.rowHash = ""
        // Only strings and integers: JSONEncoder with sorted keys spells them one way.
        return Data((try? SortedJSONEncoder().encode(unhashed)) ?? [])
    }

    /// The hash this row should carry, given its content and `previousHash`.
    public var expectedHash: String {
        FileDigest.sha256(Data((previousHash + "\n").utf8) + canonicalSerialisation)
    }
}

/// An uploaded input as the audit trail records it.
public struct AuditInput: Codable, Hashable, Sendable {
    /// The name the client gave (never used as a path).
    public var name: String
    public var size: Int
    public var sha256: String

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        size = bytes.count
        sha256 = FileDigest.sha256(Data(bytes))
    }
}

/// The rules and lists an engine screens against, with their hashes.
public struct RulesInForce: Codable, Hashable, Sendable {
    public var rules: [RuleStamp]
    public var lists: [ListStamp]
    public var matcher: String

    public init(engine: ScreeningEngine) {
        rules = engine.ruleStamps()
        lists = engine.listStamps()
        matcher = ScreeningEngine.matcherVersion
    }

    /// This value as compact JSON with sorted keys, and its SHA-256.
    public var canonicalJSON: (json: String, sha256: String) {
        let data = Data((try? SortedJSONEncoder().encode(self)) ?? [])
        return (String(decoding: data, as: UTF8.self), FileDigest.sha256(data))
    }
}
