import GRDB

/// The result of checking the audit trail's hash chain.
public struct AuditVerification: Sendable, Equatable {
    /// The number of rows checked.
    public var rows: Int
    /// The first row that does not hold together, and why; `nil` when the chain is whole.
    public var firstBadRow: (id: Int64, reason: String)?

    public var isIntact: Bool { firstBadRow == nil }

    public static func == (left: AuditVerification, right: AuditVerification) -> Bool {
        left.rows == right.rows && left.firstBadRow?.id == right.firstBadRow?.id
            && left.firstBadRow?.reason == right.firstBadRow?.reason
    }
}

extension AuditLog {
    /// Walks the whole chain in id order: every row must name the previous row's hash, carry the
    /// hash of its own content, and follow the previous id without a gap.
    public func verify() throws -> AuditVerification {
        try database.read { db in
            var previousHash = AuditEntry.genesisHash
            var previousID: Int64 = 0
            var rows = 0
            let cursor = try AuditEntry.fetchCursor(db, sql: "SELECT * FROM audit_log ORDER BY id")
            while let entry = try cursor.next() {
                rows += 1
                let problem: String? =
                    if entry.id != previousID + 1 {
                        "row \(previousID + 1) is missing (the next row is \(entry.id))"
                    } else if entry.previousHash != previousHash {
                        "its previous-row hash \(entry.previousHash.prefix(12))… is not row \(previousID)'s hash \(previousHash.prefix(12))…"
                    } else if entry.rowHash != entry.expectedHash {
                        "its content does not match its hash (the row was changed after it was written)"
                    } else {
                        nil
                    }
                if let problem { return AuditVerification(rows: rows, firstBadRow: (entry.id, problem)) }
                previousHash = entry.rowHash
                previousID = entry.id
            }
            return AuditVerification(rows: rows, firstBadRow: nil)
        }
    }
}
