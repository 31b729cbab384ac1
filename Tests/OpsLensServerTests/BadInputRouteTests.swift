import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpsLens
@testable import OpsLensServer
import Testing

/// The bad-input corpus uploaded to `POST /api/v1/screen` one file after another on one service:
/// each gets the CLI's answer (a 4xx naming file, line and column, or a report whose counts add
/// up), the service keeps answering, and the audit trail holds one intact row per attempt.
@Suite("POST /api/v1/screen under the bad-input corpus")
struct BadInputRouteTests {
    /// What one upload gave.
    struct Answer: Sendable {
        var status: Int
        var json: String
    }

    @Test("every corpus file gets a clear 4xx or a report that adds up; the service stays up; every attempt is audited")
    func corpus() async throws {
        let entries = BadInputCorpus.entries
        #expect(entries.count >= 57)
        #expect(Set(entries.filter { $0.file.hasPrefix("generated:") }.map(\.name)) == BadInputCorpus.generated)
        let fixture = try ServerFixture()
        let uploads = try entries.map { ($0.name, try BadInputCorpus.bytes(of: $0)) }
        let answers: [Answer] = try await fixture.test { client in
            var answers: [Answer] = []
            for (name, bytes) in uploads {
                let answer = try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30&name=\(name)", method: .post,
                                                      headers: ServerFixture.headers(contentType: "text/csv"),
                                                      body: ByteBuffer(bytes: bytes)) { response in
                    Answer(status: Int(response.status.code), json: String(buffer: response.body))
                }
                answers.append(answer)
            }
            // Still up: health, and a good file screens as before.
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/screen?asOf=2022-06-30&name=good.csv", method: .post,
                                     headers: ServerFixture.headers(contentType: "text/csv"),
                                     body: ByteBuffer(bytes: ServerFixture.sampleBytes)) { #expect($0.status == .ok) }
            return answers
        }
        for (entry, answer) in zip(entries, answers) {
            try Self.expect(answer, for: entry)
        }

        // One audit row per upload (and the good file's), in order, each naming its file; the chain intact.
        #expect(try await fixture.service.audit.count() == entries.count + 1)
        for (index, (entry, answer)) in zip(entries, answers).enumerated() {
            let row = try #require(try await fixture.service.audit.entry(id: Int64(index + 1)), "\(entry)")
            let inputs = try JSONDecoder().decode([AuditInput].self, from: Data(row.inputs.utf8))
            #expect(inputs.map(\.name) == [entry.name])
            #expect(row.httpStatus == answer.status, "\(entry)")
            let outcomes = answer.status == 200 ? ["passed", "failed"] : ["rejected"]
            #expect(outcomes.contains(row.outcome), "\(entry): \(row.outcome)")
        }
        #expect(try fixture.service.audit.verify() == AuditVerification(rows: entries.count + 1, firstBadRow: nil))
    }

    /// The answer the manifest's outcome calls for.
    static func expect(_ answer: Answer, for entry: BadInputCorpus.Entry) throws {
        let object = try JSONSerialization.jsonObject(with: Data(answer.json.utf8)) as? [String: Any] ?? [:]
        let words = entry.outcome.split(separator: " ", maxSplits: 2).map(String.init)
        switch words.first {
        case "screens":
            #expect(answer.status == 200, "\(entry): \(answer.json.prefix(300))")
            let run = object["run"] as? [String: Any] ?? [:]
            let input = (run["inputs"] as? [[String: Any]])?.first ?? [:]
            func count(_ key: String) -> Int { input[key] as? Int ?? -1 }
            #expect(count("rowsRead") == count("holdingLines") + count("skipped") + count("rejectedLines"),
                    "\(entry): the lines do not add up: \(input)")
            let counts = "lines=\(count("rowsRead")) holdings=\(count("holdings")) rejected=\(count("rejected"))"
            #expect(words.dropFirst().joined(separator: " ") == counts, "\(entry)")
            #expect((object["rejected"] as? [[String: Any]] ?? []).count == count("rejected"), "\(entry)")
        case "error":
            #expect((400..<500).contains(answer.status), "\(entry): \(answer.status)")
            let error = object["error"] as? [String: Any] ?? [:]
            let location = words[1].split(separator: ":").compactMap { Int($0) }
            #expect(error["file"] as? String == entry.name, "\(entry): \(error)")
            #expect([error["line"] as? Int, error["column"] as? Int] == location.map(Optional.some), "\(entry): \(error)")
            #expect((error["message"] as? String)?.contains("\(entry.name):\(words[1]): \(words[2])") == true, "\(entry): \(error)")
        default:
            Issue.record("unknown outcome \(entry.outcome)")
        }
    }
}
