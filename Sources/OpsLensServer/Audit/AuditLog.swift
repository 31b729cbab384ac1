import Foundation
import GRDB
import OpsLens

/// The tamper-evident audit trail: an SQLite database (WAL mode) of chained, append-only rows.
///
/// Created with its schema on first open; migrations are versioned. Triggers refuse UPDATE and
/// DELETE on audit rows, and no code path issues either. Each run is one row written in one
/// transaction together with its link to the previous row, so a process killed mid-run leaves
/// either the whole row or none of it, and never a broken chain.
public final class AuditLog: Sendable {
    let database: DatabasePool

    /// Opens (or creates) the audit database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.label = "opslens-audit"
        configuration.prepareDatabase { db in
            // WAL with NORMAL: a committed run survives a killed process; the chain stays whole on power loss.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    /// The versioned schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: audit rows") { db in
            try db.execute(sql: """
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    recorded_at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    http_status INTEGER NOT NULL,
                    as_of TEXT NOT NULL,
                    fail_on TEXT NOT NULL,
                    portfolio TEXT,
                    inputs TEXT NOT NULL,
                    rules_sha256 TEXT NOT NULL,
                    rules TEXT NOT NULL,
                    matcher_version TEXT NOT NULL,
                    findings INTEGER NOT NULL,
                    report TEXT NOT NULL,
                    previous_hash TEXT NOT NULL,
                    row_hash TEXT NOT NULL UNIQUE
                );
                CREATE INDEX audit_log_recorded_at ON audit_log(recorded_at);
                CREATE INDEX audit_log_actor ON audit_log(actor, id);
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
                """)
        }
        return migrator
    }

    /// What a new row holds; the log gives it its id, time and place in the chain.
    public struct NewEntry: Sendable {
        public var actor: String
        public var kind: String
        public var outcome: String
        public var httpStatus: Int
        public var asOf: String
        public var failOn: String
        public var portfolio: String?
        public var inputs: [AuditInput]
        public var rules: RulesInForce
        public var findings: Int
        public var report: String

        public init(actor: String, kind: String, outcome: String, httpStatus: Int, asOf: String, failOn: String,
                    portfolio: String?, inputs: [AuditInput], rules: RulesInForce, findings: Int, report: String) {
            self.actor = actor
            self.kind = kind
            self.outcome = outcome
            self.httpStatus = httpStatus
            self.asOf = asOf
            self.failOn = failOn
            self.portfolio = portfolio
            self.inputs = inputs
            self.rules = rules
            self.findings = findings
            self.report = report
        }
    }

    /// Appends `entry` at the end of the chain, in one transaction, and returns the row as stored.
    @discardableResult
    public func append(_ entry: NewEntry) async throws -> AuditEntry {
        let inputs = String(decoding: try SortedJSONEncoder().encode(entry.inputs), as: UTF8.self)
        let rules = entry.rules.canonicalJSON
        return try await database.write { db in
            let last = try Row.fetchOne(db, sql: "SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1")
            var row = AuditEntry(
                id: (last?["id"] as Int64? ?? 0) + 1, recordedAt: Self.timestamp(), actor: entry.actor,
                kind: entry.kind, outcome: entry.outcome, httpStatus: entry.httpStatus, asOf: entry.asOf,
                failOn: entry.failOn, portfolio: entry.portfolio, inputs: inputs, rulesSHA256: rules.sha256,
                rules: rules.json, matcherVersion: entry.rules.matcher, findings: entry.findings, report: entry.report,
                previousHash: last?["row_hash"] ?? AuditEntry.genesisHash, rowHash: "")
            row.rowHash = row.expectedHash
            try db.execute(sql: """
                INSERT INTO audit_log (id, recorded_at, actor, kind, outcome, http_status, as_of, fail_on, portfolio,
                    inputs, rules_sha256, rules, matcher_version, findings, report, previous_hash, row_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [row.id, row.recordedAt, row.actor, row.kind, row.outcome, row.httpStatus, row.asOf,
                                 row.failOn, row.portfolio, row.inputs, row.rulesSHA256, row.rules, row.matcherVersion,
                                 row.findings, row.report, row.previousHash, row.rowHash])
            return row
        }
    }

    /// Now, as the audit trail spells times: ISO 8601 in UTC with milliseconds.
    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

extension AuditEntry: FetchableRecord {
    public init(row: Row) {
        self.init(id: row["id"], recordedAt: row["recorded_at"], actor: row["actor"], kind: row["kind"],
                  outcome: row["outcome"], httpStatus: row["http_status"], asOf: row["as_of"], failOn: row["fail_on"],
                  portfolio: row["portfolio"], inputs: row["inputs"], rulesSHA256: row["rules_sha256"],
                  rules: row["rules"], matcherVersion: row["matcher_version"], findings: row["findings"],
                  report: row["report"], previousHash: row["previous_hash"], rowHash: row["row_hash"])
    }
}
