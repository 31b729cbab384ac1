import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpsLens
@testable import OpsLensServer
import Testing

@Suite("POST /api/v1/check: orders in, decisions out, every attempt audited")
struct CheckRouteTests {
    static func decisions(_ response: TestResponse) throws -> [String?] {
        let decisions = try #require(try ServerFixture.json(response)["decisions"] as? [[String: Any]])
        return decisions.map { $0["decision"] as? String }
    }

    @Test("orders one per line, as a JSON array or as a CSV file get the decisions opslens check gives")
    func decides() async throws {
        let fixture = try ServerFixture()
        let bodies: [(String, String)] = [
            ("text/plain", "# orders\nBUY 1000 0020 HK\nSELL 500 0020.HK id=T-2\n{\"side\":\"BUY\",\"quantity\":5,\"security\":\"US0378331005\"}\n"),
            ("application/json", #"["BUY 1000 0020 HK", "SELL 500 0020.HK id=T-2", {"side": "BUY", "quantity": 5, "security": "US0378331005"}]"#),
            ("text/csv", "Side,Quantity,Security,Order ID\nBUY,1000,0020 HK,\nSELL,500,0020.HK,T-2\nBUY,5,US0378331005,\n"),
        ]
        try await fixture.test { client in
            for (type, body) in bodies {
                try await client.execute(uri: "/api/v1/check?asOf=2022-06-30", method: .post,
                                         headers: ServerFixture.headers(contentType: type), body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .ok, "\(type)")
                    let decisions = try Self.decisions(response)
                    #expect(decisions == ["block", "allow", "allow"], "\(type)")
                    #expect(response.headers[HTTPField.Name("X-OpsLens-Outcome")!] == "failed")
                }
            }
            try await client.execute(uri: "/api/v1/runs/1/report?format=html", method: .get) { response in
                #expect(response.status == .conflict, "a check's decisions come as JSON")
            }
            try await client.execute(uri: "/api/v1/audit/export?format=csv", method: .get) { response in
                let lines = String(buffer: response.body).split(separator: "\n")
                #expect(lines.filter { $0.hasPrefix("\"1\"") }.count == 3, "one line per decision")
                #expect(lines.contains { $0.hasPrefix("\"1\"") && $0.contains("\"block\"") && $0.contains("ofac-consolidated:33114") })
            }
        }
        let row = try #require(try await fixture.service.audit.entry(id: 1))
        #expect(row.kind == "check" && row.outcome == "failed" && row.findings > 0)
        #expect(try fixture.service.audit.verify().rows == 3)
    }

    @Test("failOn review passes a blocked order only below it; allow is not a level")
    func failOn() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/check?asOf=2022-06-30&failOn=warn", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/plain"),
                                     body: ByteBuffer(string: "BUY 5 US0378331005\n")) { response in
                #expect(response.headers[HTTPField.Name("X-OpsLens-Outcome")!] == "passed")
            }
            try await client.execute(uri: "/api/v1/check?failOn=allow", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/plain"),
                                     body: ByteBuffer(string: "BUY 5 US0378331005\n")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("a bad order gets 422 naming its line and what was expected, and the attempt is audited")
    func refusesBadOrders() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/check?name=desk.txt", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/plain"),
                                     body: ByteBuffer(string: "BUY 5 US0378331005\nBUY ten 0020 HK\n")) { response in
                #expect(response.status == .unprocessableContent)
                let error = try #require(try ServerFixture.json(response)["error"] as? [String: Any])
                #expect(error["file"] as? String == "desk.txt" && error["line"] as? Int == 2)
                #expect((error["message"] as? String)?.contains("desk.txt:2:2: quantity") == true, "\(error)")
            }
        }
        let row = try #require(try await fixture.service.audit.entry(id: 1))
        #expect(row.kind == "check" && row.outcome == "rejected" && row.httpStatus == 422)
    }
}
