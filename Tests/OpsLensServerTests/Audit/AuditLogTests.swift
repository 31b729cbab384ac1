import Foundation
import GRDB
import OpsLens
@testable import OpsLensServer
import Testing

@Suite("The audit trail: append-only rows in a hash chain")
struct AuditLogTests {
    static func log() throws -> (AuditLog, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-audit-\(UUID().uuidString).sqlite").path
        return (try AuditLog(path: path), path)
    }

    static func entry(_ number: Int) throws -> AuditLog.NewEntry {
        AuditLog.NewEntry(actor: "alice", kind: "screen", outcome: "passed", httpStatus: 200, asOf: "2022-06-30", failOn: "block",
                          portfolio: "fund-\(number)", inputs: [AuditInput(name: "f\(number).csv", bytes: Array("row \(number)".utf8))],
                          rules: RulesInForce(engine: try ServerFixture.engine.get()), findings: number, report: "{\"n\":\(number)}")
    }

    @Test("rows chain: each names the previous row's hash; a new log verifies whole")
    func chains() async throws {
        let (log, _) = try Self.log()
        #expect(try log.verify() == AuditVerification(rows: 0, firstBadRow: nil))
        var previous = AuditEntry.genesisHash
        for number in 1...5 {
            let row = try await log.append(try Self.entry(number))
            #expect(row.id == Int64(number))
            #expect(row.previousHash == previous)
            #expect(row.rowHash == row.expectedHash)
            previous = row.rowHash
        }
        #expect(try log.verify() == AuditVerification(rows: 5, firstBadRow: nil))
    }

    @Test("the database itself refuses UPDATE and DELETE of audit rows")
    func refusesChanges() async throws {
        let (log, path) = try Self.log()
        try await log.append(try Self.entry(1))
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE audit_log SET findings = 0") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM audit_log") } }
    }

    @Test("verify names the first row that was edited, removed or re-hashed behind the triggers' back")
    func detectsTampering() async throws {
        for (tampering, badRow, words) in [
            ("UPDATE audit_log SET findings = 0 WHERE id = 3", Int64(3), "content does not match"),
            ("DELETE FROM audit_log WHERE id = 2", Int64(3), "row 2 is missing"),
            ("UPDATE audit_log SET row_hash = '\(String(repeating: "1", count: 64))' WHERE id = 4", Int64(4), "content does not match"),
        ] {
            let (log, path) = try Self.log()
            for number in 1...5 { try await log.append(try Self.entry(number)) }
            let queue = try DatabaseQueue(path: path)
            try await queue.write { db in
                try db.execute(sql: "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")
                try db.execute(sql: tampering)
            }
            let verification = try log.verify()
            #expect(verification.firstBadRow?.id == badRow, "\(tampering)")
            #expect(verification.firstBadRow?.reason.contains(words) == true, "\(verification.firstBadRow?.reason ?? "")")
        }
    }

    @Test("concurrent appends keep one unbroken chain")
    func appendsConcurrently() async throws {
        let (log, _) = try Self.log()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in 1...40 {
                group.addTask { try await log.append(try Self.entry(number)) }
            }
            try await group.waitForAll()
        }
        #expect(try log.verify() == AuditVerification(rows: 40, firstBadRow: nil))
    }

    @Test("the schema is created once and reopening keeps every row")
    func reopens() async throws {
        let (log, path) = try Self.log()
        try await log.append(try Self.entry(1))
        let reopened = try AuditLog(path: path)
        #expect(try await reopened.count() == 1)
        try await reopened.append(try Self.entry(2))
        #expect(try reopened.verify().rows == 2)
        let mode = try await DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }
}
