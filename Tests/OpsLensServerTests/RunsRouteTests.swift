import Foundation
import Hummingbird
import HummingbirdTesting
import OpsLens
@testable import OpsLensServer
import Testing

@Suite("Past runs: list, filter, open as they were, export")
struct RunsRouteTests {
    /// Screens the sample as portfolio `em`, a clean file as `clean`, and a bad file, as `token`'s caller.
    static func screenThree(_ client: any TestClientProtocol, token: String? = nil) async throws {
        let csv = ServerFixture.headers(token: token, contentType: "text/csv")
        try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30&portfolio=em&name=emerging-asia-etf.csv", method: .post,
                                 headers: csv, body: ByteBuffer(bytes: ServerFixture.sampleBytes))
        try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30&portfolio=clean&name=%3Dcmd.csv", method: .post,
                                 headers: csv, body: ByteBuffer(string: "Name,ISIN,Quantity\nAPPLE INC,US0378331005,10\n"))
        try await client.execute(uri: "/api/v1/screen?name=bad.csv", method: .post, headers: csv, body: ByteBuffer(string: "words\n"))
    }

    static func ids(_ response: TestResponse) throws -> [Int] {
        let runs = try #require(try ServerFixture.json(response)["runs"] as? [[String: Any]])
        return runs.compactMap { $0["id"] as? Int }
    }

    @Test("lists runs newest first and filters by portfolio, file name, outcome and date")
    func listsAndFilters() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await Self.screenThree(client)
            let today = CalendarDate.today.description
            let cases: [(String, [Int])] = [
                ("", [3, 2, 1]), ("portfolio=em", [1]), ("file=emerging", [1]), ("file=%3D", [2]), ("outcome=rejected", [3]),
                ("outcome=passed", [2]), ("from=\(today)&to=\(today)", [3, 2, 1]), ("to=2000-01-01", []), ("limit=1", [3]),
                ("before=3&limit=1", [2]),
            ]
            for (query, expected) in cases {
                try await client.execute(uri: "/api/v1/runs?\(query)", method: .get) { response in
                    #expect(response.status == .ok)
                    let ids = try Self.ids(response)
                    #expect(ids == expected, "\(query)")
                }
            }
            for query in ["from=yesterday", "outcome=maybe", "limit=0"] {
                try await client.execute(uri: "/api/v1/runs?\(query)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(query)")
                }
            }
        }
    }

    @Test("a run opens as it was recorded: who, when, inputs with sizes and hashes, rules and the report")
    func opensARun() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            var stored = ""
            try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30&name=emerging-asia-etf.csv", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"), body: ByteBuffer(bytes: ServerFixture.sampleBytes)) { response in
                stored = String(buffer: response.body)
            }
            try await client.execute(uri: "/api/v1/runs/1", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServerFixture.json(response)
                let run = try #require(body["run"] as? [String: Any])
                #expect(run["actor"] as? String == "local")
                let inputs = try #require(run["inputs"] as? [[String: Any]])
                #expect(inputs.first?["size"] as? Int == ServerFixture.sampleBytes.count)
                #expect((inputs.first?["sha256"] as? String)?.count == 64)
                #expect((body["rules"] as? [String: Any])?["lists"] != nil)
                #expect((body["report"] as? [String: Any])?["findings"] != nil)
            }
            try await client.execute(uri: "/api/v1/runs/1/report", method: .get) { response in
                #expect(String(buffer: response.body) == stored, "the JSON report byte for byte as it was served")
            }
            for format in ["csv", "sarif", "html", "markdown"] {
                try await client.execute(uri: "/api/v1/runs/1/report?format=\(format)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentDisposition]?.contains("opslens-run-1.") == true)
                }
            }
            try await client.execute(uri: "/api/v1/runs/1/report?format=pdf", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/runs/99", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("a refused run has no report to download")
    func refusedRunHasNoReport() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await Self.screenThree(client)
            try await client.execute(uri: "/api/v1/runs/3/report?format=html", method: .get) { response in
                #expect(response.status == .conflict)
            }
            try await client.execute(uri: "/api/v1/runs/3", method: .get) { response in
                let report = try #require(try ServerFixture.json(response)["report"] as? [String: Any])
                #expect((report["error"] as? [String: Any])?["code"] as? String == "no-header")
            }
        }
    }

    @Test("the export holds every run's hashes and findings; its CSV is formula-safe")
    func exports() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await Self.screenThree(client)
            try await client.execute(uri: "/api/v1/audit/export?format=csv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                let lines = String(buffer: response.body).split(separator: "\n")
                #expect(lines.first?.hasPrefix("run_id,recorded_at,actor") == true)
                #expect(lines.contains { $0.hasPrefix("\"2\"") && $0.contains("\"'=cmd.csv") }, "a name starting with = is neutralised")
                #expect(!lines.contains { $0.contains(",\"=") })
                #expect(lines.contains { $0.hasPrefix("\"3\"") && $0.contains("rejected") && $0.contains("bad.csv") })
                let blockLines = lines.filter { $0.hasPrefix("\"1\"") && $0.contains("\"block\"") }
                #expect(!blockLines.isEmpty)
            }
            try await client.execute(uri: "/api/v1/audit/export?format=json&from=2000-01-01", method: .get) { response in
                let runs = try #require(try ServerFixture.json(response)["runs"] as? [[String: Any]])
                #expect(runs.compactMap { ($0["run"] as? [String: Any])?["id"] as? Int } == [1, 2, 3], "chain order")
                #expect(runs.allSatisfy { ($0["run"] as? [String: Any])?["rowHash"] is String })
            }
            try await client.execute(uri: "/api/v1/audit/export?format=xml", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}
