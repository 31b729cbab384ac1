import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpsLens
@testable import OpsLensServer
import Testing

@Suite("POST /api/v1/screen: uploads in, the JSON report out, every attempt audited")
struct ScreenRouteTests {
    @Test("a text/csv body is screened as the file it came from and recorded with its hash")
    func screensACSVBody() async throws {
        let fixture = try ServerFixture()
        let bytes = ServerFixture.sampleBytes
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30&name=emerging-asia-etf.csv", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"), body: ByteBuffer(bytes: bytes)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(response.headers[HTTPField.Name("X-OpsLens-Outcome")!] == "failed")
                #expect(response.headers[HTTPField.Name("X-OpsLens-Run-Id")!] == "1")
                let report = try JSONDecoder().decode(ScreeningReport.self, from: Data(buffer: response.body))
                #expect(report.run.asOf == CalendarDate(iso: "2022-06-30"))
                #expect(report.run.inputs.map(\.path) == ["emerging-asia-etf.csv"])
                #expect(report.findings.contains { $0.severity == .block })
            }
        }
        let engine = try ServerFixture.engine.get()
        let direct = try engine.screen(ScreeningRequest(holdings: [.bytes(bytes, name: "emerging-asia-etf.csv")],
                                                        asOf: CalendarDate(iso: "2022-06-30")!))
        let row = try #require(try await fixture.service.audit.entry(id: 1))
        #expect(row.outcome == "failed" && row.actor == "local" && row.httpStatus == 200)
        #expect(row.findings == direct.report.findings.count)
        let inputs = try JSONDecoder().decode([AuditInput].self, from: Data(row.inputs.utf8))
        #expect(inputs == [AuditInput(name: "emerging-asia-etf.csv", bytes: bytes)])
        #expect(inputs.first?.sha256 == direct.report.run.inputs.first?.sha256)
        #expect(row.rulesSHA256 == RulesInForce(engine: engine).canonicalJSON.sha256)
        #expect(row.matcherVersion == ScreeningEngine.matcherVersion)
    }

    @Test("a multipart upload screens every file, with settings from the form's fields")
    func screensMultipartFiles() async throws {
        let fixture = try ServerFixture()
        let other = Array("Name,ISIN,Quantity\nAPPLE INC,US0378331005,10\n".utf8)
        let form = ServerFixture.multipart(files: [("../../etc/emerging.csv", ServerFixture.sampleBytes), ("apple.csv", other)],
                                           fields: ["asOf": "2022-06-30", "failOn": "never", "portfolio": "fund-7"])
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/screen", method: .post,
                                     headers: ServerFixture.headers(contentType: form.contentType), body: form.body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[HTTPField.Name("X-OpsLens-Outcome")!] == "passed", "failOn never")
                let report = try JSONDecoder().decode(ScreeningReport.self, from: Data(buffer: response.body))
                #expect(report.run.inputs.map(\.path) == ["emerging.csv", "apple.csv"], "names, never paths")
                #expect(report.findings.allSatisfy { $0.holding.portfolio == "fund-7" })
            }
        }
        let row = try #require(try await fixture.service.audit.entry(id: 1))
        #expect(row.portfolio == "fund-7" && row.failOn == "never" && row.asOf == "2022-06-30")
    }

    @Test("a file that cannot be read as holdings gets 422 with the CLI's file-level error, and the attempt is audited")
    func refusesUnreadableFiles() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/screen?name=notes.csv", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"),
                                     body: ByteBuffer(string: "just some words\nand more words\n")) { response in
                #expect(response.status == .unprocessableContent)
                let error = try #require(try ServerFixture.json(response)["error"] as? [String: Any])
                #expect(error["code"] as? String == "no-header")
                #expect(error["file"] as? String == "notes.csv")
                #expect((error["message"] as? String)?.hasPrefix("notes.csv") == true)
            }
        }
        let row = try #require(try await fixture.service.audit.entry(id: 1))
        #expect(row.outcome == "rejected" && row.httpStatus == 422)
        #expect(row.report.contains("no-header"))
    }

    @Test("rows that cannot be screened come back as data findings with their line, as from the CLI")
    func reportsRejectedRows() async throws {
        let fixture = try ServerFixture()
        let csv = "Name,ISIN,Quantity\nAPPLE INC,US0378331005,10\nBROKEN,US0378331006,ten\n"
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/screen?failOn=data&asOf=2022-06-30&name=rows.csv", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"), body: ByteBuffer(string: csv)) { response in
                #expect(response.status == .ok)
                let report = try JSONDecoder().decode(ScreeningReport.self, from: Data(buffer: response.body))
                let direct = try ServerFixture.engine.get().screen(
                    ScreeningRequest(holdings: [.bytes(Array(csv.utf8), name: "rows.csv")], asOf: CalendarDate(iso: "2022-06-30")!))
                #expect(report.rejected == direct.report.rejected)
                #expect(report.rejected.contains { $0.file == "rows.csv" && $0.line == 3 })
                #expect(response.headers[HTTPField.Name("X-OpsLens-Outcome")!] == "failed")
            }
        }
    }

    @Test("bad parameters and empty uploads get 400 and name what was expected")
    func refusesBadRequests() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let body = ByteBuffer(string: "Name,ISIN\nAPPLE INC,US0378331005\n")
            let csv = ServerFixture.headers(contentType: "text/csv")
            for (query, words) in [("asOf=2022-13-01", "asOf must be a date"), ("failOn=sometimes", "failOn must be one of")] {
                try await client.execute(uri: "/api/v1/screen?\(query)", method: .post, headers: csv, body: body) { response in
                    #expect(response.status == .badRequest)
                    #expect(String(buffer: response.body).contains(words))
                }
            }
            try await client.execute(uri: "/api/v1/screen", method: .post, headers: csv) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("no-input"))
            }
            try await client.execute(uri: "/api/v1/screen", method: .post,
                                     headers: ServerFixture.headers(contentType: "multipart/form-data; boundary=x"),
                                     body: ByteBuffer(string: "garbage")) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("bad-multipart"))
            }
        }
    }

    @Test("an upload over the limit is answered 413, by its Content-Length or as it arrives")
    func refusesLargeUploads() async throws {
        let fixture = try ServerFixture(settings: ServiceSettings(maxUploadBytes: 1000))
        let body = ByteBuffer(repeating: UInt8(ascii: "a"), count: 5000)
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/screen", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"), body: body) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("1000 bytes"))
            }
        }
        let upload = UploadBody(maxBytes: 1000, timeLimit: .seconds(10))
        let (stream, source) = RequestBody.makeStream()
        let request = Request(head: HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/"), body: stream)
        let feeder = Task {
            for _ in 0..<10 { await source.yield(ByteBuffer(repeating: 0x41, count: 300)) }
            source.finish()
        }
        await #expect(throws: APIError.self) { try await upload.collect(request) }
        feeder.cancel()
    }

    @Test("a slow upload is cut off at the time limit with 408")
    func cutsOffSlowUploads() async throws {
        let upload = UploadBody(maxBytes: 1 << 20, timeLimit: .milliseconds(200))
        let (stream, source) = RequestBody.makeStream()
        let request = Request(head: HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/"), body: stream)
        let feeder = Task {
            for _ in 0..<50 {
                await source.yield(ByteBuffer(string: "x"))
                try await Task.sleep(for: .milliseconds(20))
            }
            source.finish()
        }
        do {
            _ = try await upload.collect(request)
            Issue.record("a trickling upload was accepted")
        } catch let error as APIError {
            #expect(error.status == .requestTimeout)
        }
        feeder.cancel()
    }

    @Test("a holding named <script> stays text in the HTML report")
    func escapesHTML() async throws {
        let fixture = try ServerFixture()
        let csv = "Name,ISIN,Quantity\n<script>alert(1)</script>,US0378331005,10\n"
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/screen?failOn=never&name=%3Cb%3Ex.csv", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"), body: ByteBuffer(string: csv)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/v1/runs/1/report?format=html", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(!html.contains("<script>") && !html.contains("<b>x.csv"))
                #expect(html.contains("&lt;b&gt;x.csv"))
            }
        }
    }
}
