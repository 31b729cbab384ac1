import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpsLens
@testable import OpsLensServer
import Testing

@Suite("Health, rules in force, reload, the page and the OpenAPI document")
struct ServiceRouteTests {
    @Test("health and readiness answer, readiness with the audit row count")
    func health() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[HTTPField.Name("X-Request-Id")!] != nil)
            }
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                #expect(body["auditRows"] as? Int == 0)
            }
        }
    }

    @Test("the rules in force come with their files' hashes and the lists' vintage")
    func rulesInForce() async throws {
        let fixture = try ServerFixture()
        let book = try ServerFixture.engine.get().book
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/rules", method: .get) { response in
                let body = try ServerFixture.json(response)
                let rules = try #require(body["rules"] as? [[String: Any]])
                let lists = try #require(body["lists"] as? [[String: Any]])
                #expect(rules.compactMap { $0["id"] as? String } == book.rules.map(\.id))
                #expect(rules.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
                #expect(lists.compactMap { $0["id"] as? String } == book.lists.map(\.id))
                #expect(lists.contains { $0["publicationDate"] is String })
                #expect((body["matcher"] as? [String: Any])?["version"] as? String == ScreeningEngine.matcherVersion)
            }
        }
    }

    @Test("a reload swaps in the changed rules; a failed reload keeps the old rules serving and says why")
    func reloads() async throws {
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: ServerFixture.rules, toPath: rules.path)
        let fixture = try ServerFixture(rulesDirectory: rules.path)
        let before = fixture.service.engines.loaded.rules.canonicalJSON.sha256
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/admin/reload", method: .post) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                #expect(body["rulesSHA256"] as? String == before, "same files, same hash")
            }
            let ruleFile = rules.appendingPathComponent("rules/inhouse-restricted.yaml")
            let original = try String(contentsOf: ruleFile, encoding: .utf8)
            try (original + "\nunexpected: [\n").write(to: ruleFile, atomically: true, encoding: .utf8)
            try await client.execute(uri: "/api/v1/admin/reload", method: .post) { response in
                #expect(response.status == .unprocessableContent)
                let body = try ServerFixture.json(response)
                #expect(body["reloaded"] as? Bool == false)
                #expect((body["error"] as? String)?.contains("inhouse-restricted.yaml") == true)
                #expect(body["rulesSHA256"] as? String == before)
            }
            try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"), body: ByteBuffer(bytes: ServerFixture.sampleBytes)) { response in
                #expect(response.status == .ok, "the old rules still serve")
            }
            try (original + "\n# a comment changes the hash\n").write(to: ruleFile, atomically: true, encoding: .utf8)
            try await client.execute(uri: "/api/v1/admin/reload", method: .post) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                #expect(body["rulesSHA256"] as? String != before)
            }
        }
        #expect(fixture.service.engines.loaded.rules.canonicalJSON.sha256 != before)
    }

    @Test("the page is self-contained and puts what it receives into the page as text")
    func page() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(html.contains("type=\"file\" multiple") && html.contains("\"drop\"") && html.contains("upload.onprogress"))
                #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
                #expect(!html.contains("innerHTML"), "no markup from data")
                for format in ["html", "csv", "json", "sarif"] { #expect(html.contains("data-format=\"\(format)\"")) }
            }
        }
    }

    @Test("the OpenAPI document is JSON and describes every route")
    func openAPI() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                let paths = try #require(try ServerFixture.json(response)["paths"] as? [String: Any])
                let expected = ["/api/v1/screen", "/api/v1/check", "/api/v1/runs", "/api/v1/runs/{id}", "/api/v1/runs/{id}/report", "/api/v1/rules",
                                "/api/v1/audit/export", "/api/v1/admin/reload", "/healthz", "/readyz", "/api/v1/openapi.json"]
                #expect(Set(paths.keys) == Set(expected))
            }
        }
    }

    @Test("screenings run off the event loop: health answers while queued uploads are still being screened")
    func staysResponsive() async throws {
        let fixture = try ServerFixture(settings: ServiceSettings(concurrentScreenings: 1))
        let body = ServerFixture.sampleRows(repeated: 300)
        let uploads = 3
        let finished = Tally()
        let (firstFinished, signal) = AsyncStream<Void>.makeStream()
        try await fixture.test { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<uploads {
                    group.addTask {
                        try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30&failOn=never", method: .post,
                                                 headers: ServerFixture.headers(contentType: "text/csv"), body: ByteBuffer(bytes: body)) { response in
                            #expect(response.status == .ok)
                        }
                        await finished.add()
                        signal.yield()
                    }
                }
                group.addTask {
                    for await _ in firstFinished { break }
                    try await client.execute(uri: "/healthz", method: .get) { response in #expect(response.status == .ok) }
                    // One screening at a time: when the first upload is answered the others are queued or running,
                    // so a health check that waited on them would come back after the last one.
                    #expect(await finished.count < uploads)
                }
                try await group.waitForAll()
            }
        }
        #expect(try await fixture.service.audit.count() == uploads)
    }
}

/// Uploads answered so far, counted across the test's tasks.
private actor Tally {
    private(set) var count = 0
    func add() { count += 1 }
}
