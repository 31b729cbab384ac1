import Foundation
import Synchronization
import GRDB
import Testing

@Suite("opslens serve and opslens audit verify, as the built binary", .serialized)
struct ServeCommandTests {
    static func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("opslens-serve-\(UUID().uuidString).sqlite").path
    }

    static let sample = OpsLensProcess.packageRoot.appendingPathComponent("Portfolios/emerging-asia-etf.csv").path

    @Test("serves uploads over real HTTP on loopback, records them, and the chain verifies")
    func servesUploads() throws {
        let db = Self.temporaryDatabase()
        let server = try ServedProcess(["--db", db, "--host", "0.0.0.0"])
        #expect(server.printed.contains("loopback"), "with no tokens the service says it listens on loopback only")
        #expect(server.printed.contains("listening on http://127.0.0.1:"))
        let health = try ServedProcess.curl(server.baseURL + "/healthz")
        #expect(health.status == 200)
        let upload = try ServedProcess.curl(server.baseURL + "/api/v1/screen?asOf=2022-06-30",
                                            ["-F", "file=@\(Self.sample);type=text/csv", "-F", "failOn=block"])
        #expect(upload.status == 200)
        #expect(upload.headers.lowercased().contains("x-opslens-outcome: failed"))
        #expect(upload.body.contains("\"schemaVersion\""))
        #expect(upload.body.contains("emerging-asia-etf.csv"))
        let page = try ServedProcess.curl(server.baseURL + "/")
        #expect(page.body.contains("<form id=\"upload\">"))
        server.stop()
        #expect(server.printed.contains("POST /api/v1/screen 200"), "one log line per request")
        #expect(server.printed.contains("hb.request.id="), "with its id")
        let verify = try OpsLensProcess.run(["audit", "verify", "--db", db])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("whole (1 rows)"))
    }

    @Test("tokens from the environment guard the API; SIGHUP reloads the rules")
    func tokensAndReload() throws {
        let server = try ServedProcess(["--db", Self.temporaryDatabase()],
                                       environment: ["OPSLENS_TOKENS": "ops ops-token-0123456789 admin"])
        #expect(try ServedProcess.curl(server.baseURL + "/api/v1/runs").status == 401)
        #expect(try ServedProcess.curl(server.baseURL + "/api/v1/runs", ["-H", "Authorization: Bearer ops-token-0123456789"]).status == 200)
        kill(server.process.processIdentifier, SIGHUP)
        let deadline = Date().addingTimeInterval(60)
        while !server.printed.contains("SIGHUP: rules reloaded"), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        #expect(server.printed.contains("SIGHUP: rules reloaded"))
        #expect(try ServedProcess.curl(server.baseURL + "/readyz").status == 200)
    }

    @Test("audit verify names the row edited in the SQLite file and exits 1")
    func verifyDetectsEdits() throws {
        let db = Self.temporaryDatabase()
        let server = try ServedProcess(["--db", db])
        for _ in 0..<3 {
            let reply = try ServedProcess.curl(server.baseURL + "/api/v1/screen?asOf=2022-06-30&name=e.csv",
                                               ["-H", "Content-Type: text/csv", "--data-binary", "@\(Self.sample)"])
            #expect(reply.status == 200)
        }
        server.stop()
        #expect(try OpsLensProcess.run(["audit", "verify", "--db", db]).status == 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(sql: "UPDATE audit_log SET outcome = 'passed' WHERE id = 2")
        }
        let verify = try OpsLensProcess.run(["audit", "verify", "--db", db])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("broken at row 2"))
        #expect(try OpsLensProcess.run(["audit", "verify", "--db", db + ".missing"]).status == 2)
    }

    @Test("kill -9 in the middle of uploads leaves whole runs and an unbroken chain; the service starts again on it")
    func survivesKill() throws {
        let db = Self.temporaryDatabase()
        let server = try ServedProcess(["--db", db])
        let url = server.baseURL + "/api/v1/screen?asOf=2022-06-30&name=e.csv"
        let answered = Counter()
        let uploads = DispatchGroup()
        for _ in 0..<6 {
            DispatchQueue.global().async(group: uploads) {
                for _ in 0..<200 {
                    guard let reply = try? ServedProcess.curl(url, ["-H", "Content-Type: text/csv", "--data-binary", "@\(Self.sample)"]),
                          reply.status == 200 else { return }
                    answered.value.withLock { $0 += 1 }
                }
            }
        }
        Thread.sleep(forTimeInterval: 0.5)
        server.stop(SIGKILL)
        uploads.wait()
        let count = answered.value.withLock { $0 }
        #expect(count > 0 && count < 6 * 200, "killed after some uploads were answered and before all of them were")
        let verify = try OpsLensProcess.run(["audit", "verify", "--db", db])
        #expect(verify.status == 0, "\(verify.stdout)")
        let rows = try DatabaseQueue(path: db).read { db in
            try Row.fetchAll(db, sql: "SELECT report FROM audit_log").map { $0["report"] as String }
        }
        #expect(rows.count >= count, "every answered run was recorded")
        #expect(rows.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil }, "no half-written report")
        let restarted = try ServedProcess(["--db", db])
        let reply = try ServedProcess.curl(restarted.baseURL + "/api/v1/screen?asOf=2022-06-30&name=e.csv",
                                           ["-H", "Content-Type: text/csv", "--data-binary", "@\(Self.sample)"])
        #expect(reply.status == 200)
        restarted.stop()
        let again = try OpsLensProcess.run(["audit", "verify", "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout.contains("(\(rows.count + 1) rows)"))
    }
}

/// A count shared by threads.
private final class Counter: Sendable {
    let value = Mutex(0)
}
