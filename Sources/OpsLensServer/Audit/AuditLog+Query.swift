import GRDB

/// Which audit rows to list or export.
public struct AuditQuery: Sendable, Hashable {
    /// Only rows recorded by this token name; `nil` for every row (admin tokens).
    public var actor: String?
    /// Recorded on or after this time or date (ISO 8601 text, compared as text).
    public var from: String?
    /// Recorded before the end of this date, or at or before this time.
    public var to: String?
    public var portfolio: String?
    /// A part of an uploaded file's name.
    public var fileName: String?
    /// `passed`, `failed` or `rejected`.
    public var outcome: String?
    /// Only rows with a smaller id (paging backwards).
    public var beforeID: Int64?
    public var limit: Int

    public init(actor: String? = nil, from: String? = nil, to: String? = nil, portfolio: String? = nil,
                fileName: String? = nil, outcome: String? = nil, beforeID: Int64? = nil, limit: Int = 100) {
        self.actor = actor
        self.from = from
        self.to = to
        self.portfolio = portfolio
        self.fileName = fileName
        self.outcome = outcome
        self.beforeID = beforeID
        self.limit = limit
    }

    /// The WHERE clause and its arguments.
    var condition: (sql: String, arguments: StatementArguments) {
        var clauses = ["1"]
        var arguments: StatementArguments = []
        func add(_ clause: String, _ value: (any DatabaseValueConvertible)?) {
            guard let value else { return }
            clauses.append(clause)
            arguments += [value]
        }
        add("actor = ?", actor)
        add("recorded_at >= ?", from)
        // A bare date includes its whole day.
        add("recorded_at <= ?", to.map { $0.count == 10 ? $0 + "T99" : $0 })
        add("portfolio = ?", portfolio)
        add("EXISTS (SELECT 1 FROM json_each(inputs) WHERE json_extract(value, '$.name') LIKE ? ESCAPE '\\')",
            fileName.map { "%" + Self.likeEscaped($0) + "%" })
        add("outcome = ?", outcome)
        add("id < ?", beforeID)
        return (clauses.joined(separator: " AND "), arguments)
    }

    private static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}

extension AuditLog {
    /// The rows `query` selects, newest first, at most `query.limit`.
    public func entries(_ query: AuditQuery) async throws -> [AuditEntry] {
        let condition = query.condition
        let limit = max(1, query.limit)
        return try await database.read { db in
            try AuditEntry.fetchAll(db, sql: "SELECT * FROM audit_log WHERE \(condition.sql) ORDER BY id DESC LIMIT \(limit)",
                                    arguments: condition.arguments)
        }
    }

    /// The row with `id`, if there is one.
    public func entry(id: Int64) async throws -> AuditEntry? {
        try await database.read { db in
            try AuditEntry.fetchOne(db, sql: "SELECT * FROM audit_log WHERE id = ?", arguments: [id])
        }
    }

    /// The number of rows.
    public func count() async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log") ?? 0 }
    }
}
