import Foundation
import Hummingbird
import HummingbirdTesting
import OpsLens
@testable import OpsLensServer
import Testing

@Suite("Bearer tokens: who may call, and whose runs they see")
struct AccessRouteTests {
    @Test("the API needs a known token; the page, health and the OpenAPI document do not")
    func needsAToken() async throws {
        let fixture = try ServerFixture(tokens: true)
        try await fixture.test { client in
            for token in [nil, "wrong-token-0123456789"] {
                try await client.execute(uri: "/api/v1/runs", method: .get, headers: ServerFixture.headers(token: token)) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate] == "Bearer")
                }
            }
            try await client.execute(uri: "/api/v1/runs", method: .get, headers: ServerFixture.headers(token: "alice-token-0123456789")) { response in
                #expect(response.status == .ok)
            }
            for path in ["/", "/healthz", "/readyz", "/api/v1/openapi.json"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }

    @Test("a token sees its own runs; an admin token sees every run")
    func seesOwnRuns() async throws {
        let fixture = try ServerFixture(tokens: true)
        try await fixture.test { client in
            try await RunsRouteTests.screenThree(client, token: "alice-token-0123456789")
            try await client.execute(uri: "/api/v1/screen?name=b.csv", method: .post,
                                     headers: ServerFixture.headers(token: "bob-token-0123456789", contentType: "text/csv"),
                                     body: ByteBuffer(string: "Name,ISIN\nAPPLE INC,US0378331005\n"))
            let expected = [("alice-token-0123456789", [3, 2, 1]), ("bob-token-0123456789", [4]), ("auditor-token-0123456789", [4, 3, 2, 1])]
            for (token, ids) in expected {
                try await client.execute(uri: "/api/v1/runs", method: .get, headers: ServerFixture.headers(token: token)) { response in
                    let seen = try RunsRouteTests.ids(response)
                    #expect(seen == ids)
                }
            }
            try await client.execute(uri: "/api/v1/runs/1", method: .get, headers: ServerFixture.headers(token: "bob-token-0123456789")) { response in
                #expect(response.status == .notFound, "another caller's run is not confirmed")
            }
            try await client.execute(uri: "/api/v1/audit/export?format=json", method: .get, headers: ServerFixture.headers(token: "bob-token-0123456789")) { response in
                let runs = try #require(try ServerFixture.json(response)["runs"] as? [[String: Any]])
                #expect(runs.count == 1)
            }
        }
        let row = try #require(try await fixture.service.audit.entry(id: 4))
        #expect(row.actor == "bob")
    }

    @Test("reloading the rules needs an admin token")
    func reloadNeedsAdmin() async throws {
        let fixture = try ServerFixture(tokens: true)
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/admin/reload", method: .post, headers: ServerFixture.headers(token: "alice-token-0123456789")) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test("tokens are read from lines, YAML or digests, and malformed entries are named by line")
    func readsTokens() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-tokens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let yaml = directory.appendingPathComponent("tokens.yaml")
        let digest = FileDigest.sha256(Data("carol-token-0123456789".utf8))
        try """
        - name: dave
          token: dave-token-0123456789
          admin: true
        - name: carol
          sha256: \(digest)
        """.write(to: yaml, atomically: true, encoding: .utf8)
        let tokens = try AccessTokens.load(file: yaml.path)
        #expect(tokens.caller(bearer: "dave-token-0123456789") == AccessTokens.Caller(name: "dave", isAdmin: true))
        #expect(tokens.caller(bearer: "carol-token-0123456789") == AccessTokens.Caller(name: "carol", isAdmin: false))
        #expect(tokens.caller(bearer: digest) == nil, "the digest is not itself a token")
        let lines = directory.appendingPathComponent("tokens.txt")
        try "# comment\nerin erin-token-0123456789\nfrank short\n".write(to: lines, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try AccessTokens.load(file: lines.path) }
        do {
            _ = try AccessTokens.load(file: lines.path)
        } catch let error as InputError {
            #expect(error.line == 3)
        }
        #expect(try AccessTokens.parse(environment: "erin erin-token-0123456789 admin; x x-token-0123456789").count == 2)
    }
}
