import Foundation
import Testing

/// Runs the built `opslens screen --format json` over every file of the bad-input corpus
/// (`BadInput/`, with the outcome each must give in `BadInput/manifest.txt`): each file either
/// screens with counts that add up, or exits 2 naming the file, line and column.
@Suite("The bad-input corpus")
struct BadInputCorpusTests {
    static let folder = "Tests/OpsLensCLITests/BadInput"

    /// One line of the manifest.
    struct Expectation: CustomStringConvertible {
        var file: String
        var outcome: String
        var description: String { file }
    }

    static let manifest: [Expectation] = {
        let url = OpsLensProcess.packageRoot.appendingPathComponent("\(folder)/manifest.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return Expectation(file: parts[0], outcome: parts.count > 1 ? parts[1] : "")
        }
    }()

    @Test("the manifest names every file of the corpus, and the corpus has at least 40")
    func manifestIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: OpsLensProcess.packageRoot.appendingPathComponent(Self.folder).path)
            .filter { $0 != "manifest.txt" }
        #expect(Set(files) == Set(Self.manifest.map(\.file).filter { !$0.hasPrefix("generated:") }))
        #expect(Self.manifest.count >= 40)
    }

    @Test("each file screens with counts that add up or exits 2 naming file, line and column", arguments: manifest)
    func screen(_ expectation: Expectation) throws {
        let path = try Self.path(of: expectation.file)
        let result = try OpsLensProcess.run(["screen", path, "--format", "json"])
        let words = expectation.outcome.split(separator: " ", maxSplits: 2).map(String.init)
        switch words.first {
        case "screens":
            #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let run = try #require(json["run"] as? [String: Any])
            let input = try #require((run["inputs"] as? [[String: Any]])?.first)
            func count(_ key: String) -> Int { input[key] as? Int ?? -1 }
            #expect(count("rowsRead") == count("holdingLines") + count("skipped") + count("rejectedLines"), "lines do not add up: \(input)")
            let expected = "lines=\(count("rowsRead")) holdings=\(count("holdings")) rejected=\(count("rejected"))"
            #expect(words.dropFirst().joined(separator: " ") == expected)
            let rejected = json["rejected"] as? [[String: Any]] ?? []
            #expect(rejected.count == count("rejected"))
            #expect(rejected.allSatisfy { ($0["line"] as? Int ?? 0) >= 1 })
        case "error":
            #expect(result.status == 2, "\(result.stdout.prefix(300))")
            #expect(result.stderr.contains("\(path):\(words[1]): \(words[2])"), "\(result.stderr)")
        default:
            Issue.record("unknown outcome \(expectation.outcome)")
        }
    }

    /// The corpus file's path from the package root, or for `generated:NAME` a file written now.
    static func path(of file: String) throws -> String {
        guard file.hasPrefix("generated:") else { return "\(folder)/\(file)" }
        let name = String(file.dropFirst("generated:".count))
        let header = "Ticker,Name,Shares,Market Value\n"
        var bytes: [UInt8]
        switch name {
        case "ten-megabyte-field.csv":
            bytes = Array((header + "700,\"").utf8) + [UInt8](repeating: UInt8(ascii: "N"), count: 10 << 20) + Array("\",1,2\n941,CHINA MOBILE,2,3\n".utf8)
        case "hundred-thousand-columns.csv":
            bytes = Array(((1...100_000).map { "C\($0)" }.joined(separator: ",") + "\nA,B\n").utf8)
        case "hundred-thousand-column-row.csv":
            bytes = Array((header + "700" + String(repeating: ",x", count: 99_999) + "\n941,CHINA MOBILE,2,3\n").utf8)
        case "endless-line.csv":
            bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 20 << 20)
        default:
            throw CocoaError(.fileNoSuchFile)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-bad-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
