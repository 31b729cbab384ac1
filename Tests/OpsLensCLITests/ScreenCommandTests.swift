import Foundation
import Testing

@Suite("opslens screen")
struct ScreenCommandTests {
    private let ofac = ["--ofac", "../shared/data/ofac/cons-2025-12", "--ofac", "../shared/data/ofac/sdn-2021-12-10"]

    private func report(_ arguments: [String]) throws -> (status: Int32, json: [String: Any]) {
        let result = try OpsLensProcess.run(["screen", "--format", "json"] + arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                "stdout was: \(result.stdout.prefix(500)) stderr: \(result.stderr.prefix(500))")
        return (result.status, json)
    }

    private func findings(_ json: [String: Any]) -> [[String: Any]] {
        json["findings"] as? [[String: Any]] ?? []
    }

    private func blocked(_ json: [String: Any]) -> Set<String> {
        Set(findings(json).filter { $0["severity"] as? String == "block" }.compactMap {
            ($0["holding"] as? [String: Any])?["name"] as? String
        })
    }

    @Test("screens standard input under the portfolio name given, with the same findings as the file")
    func screensStandardInput() throws {
        let text = try String(contentsOfFile: "Portfolios/emerging-asia-etf.csv", encoding: .utf8)
        let piped = try OpsLensProcess.run(["screen", "-", "--portfolio", "emerging-asia-etf", "--as-of", "2022-06-30",
                                            "--format", "json"], stdin: text)
        let file = try report(["Portfolios/emerging-asia-etf.csv", "--as-of", "2022-06-30"])
        #expect(piped.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [String: Any])
        #expect(findings(json).map { $0["id"] as? String } == findings(file.json).map { $0["id"] as? String })
        #expect(findings(json).allSatisfy { ($0["holding"] as? [String: Any])?["file"] as? String == "-" })
    }

    @Test("flags SenseTime and the other NS-CMIC holdings of the sample portfolios through the shipped vintage, as of 2022-06-30")
    func flagsSenseTimeWithDefaultRules() throws {
        let (status, json) = try report(["Portfolios", "--as-of", "2022-06-30"])
        #expect(status == 1)
        #expect(blocked(json) == ["SENSETIME GROUP INC", "SENSETIME GROUP INC CLASS B", "CHINA MOBILE LTD", "CNOOC LTD", "CNOOC Ltd",
                                  "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A",
                                  "AVIC SHENYANG AIRCRAFT CO LTD A", "SEMICONDUCTOR MANUFACTURING INTERNATIONAL CORP"])
        // The provenance names the vintage and its manifest's SHA-256.
        let lists = try #require((json["run"] as? [String: Any])?["lists"] as? [[String: Any]])
        let consolidated = try #require(lists.first { $0["id"] as? String == "ofac-consolidated" })
        let vintage = try #require(consolidated["vintage"] as? [String: Any])
        #expect(vintage["date"] as? String == "2025-12-19")
        let manifest = OpsLensProcess.packageRoot.appendingPathComponent("Rules/ofac/2025-12-19/manifest.json").path
        #expect((vintage["manifestSHA256"] as? String)?.count == 64)
        #expect(vintage["manifestSHA256"] as? String == (try Self.sha256sum(manifest)))
        #expect(lists.map { $0["id"] as? String } .contains("opslens-ns-cmic-dec-2021") == false)
        let sensetime = try #require(findings(json).first { ($0["holding"] as? [String: Any])?["line"] as? Int == 22 })
        let entity = try #require(sensetime["entity"] as? [String: Any])
        #expect(entity["sourceId"] as? String == "33114")
        let provenance = try #require(sensetime["provenance"] as? [String: Any])
        #expect(provenance["listingDate"] as? String == "2021-12-10")
        #expect(provenance["effectiveDate"] as? String == "2022-02-08")
        #expect(provenance["divestmentDate"] as? String == "2022-12-10")
        #expect(provenance["phase"] as? String == "divestment-window")
        let match = try #require(sensetime["match"] as? [String: Any])
        #expect(match["method"] as? String == "curated")
    }

    /// The SHA-256 of a file as coreutils' `sha256sum` computes it.
    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    @Test("flags SenseTime as of 2022-06-30 but not as of 2021-12-01, before it was listed")
    func respectsTheAsOfDate() throws {
        let paths = ["Portfolios", "../shared/data/holdings"] + ofac
        let (laterStatus, later) = try report(paths + ["--as-of", "2022-06-30"])
        let (_, earlier) = try report(paths + ["--as-of", "2021-12-01"])
        #expect(laterStatus == 1)
        #expect(blocked(later).contains("SENSETIME GROUP INC CLASS B"))
        #expect(!blocked(earlier).contains("SENSETIME GROUP INC CLASS B"))
        for expected in ["CHINA MOBILE LTD", "CNOOC LTD", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD A", "AVIC SHENYANG AIRCRAFT CO LTD A"] {
            #expect(blocked(earlier).contains(expected))
            #expect(blocked(later).contains(expected))
        }
        // The AVIC trap: look-alikes of listed AVIC subsidiaries are not restricted.
        for name in blocked(later) { #expect(!name.contains("AVICHINA") && !name.contains("AVICOPTER")) }
        let avicopter = findings(later).filter { ($0["holding"] as? [String: Any])?["name"] as? String == "AVICOPTER PLC A" }
        #expect(avicopter.isEmpty)
    }

    @Test("keeps to the exit-code contract", arguments: [
        (["--fail-on", "block"], Int32(1)), (["--fail-on", "never"], Int32(0)), (["--fail-on", "nonsense"], Int32(2)),
    ])
    func keepsExitCodes(options: [String], expected: Int32) throws {
        let result = try OpsLensProcess.run(["screen", "Portfolios", "--as-of", "2022-06-30", "--format", "json"] + options)
        #expect(result.status == expected)
    }

    @Test("exits with 2 when a list file fails to load, and screens nothing")
    func stopsOnABrokenList() throws {
        let result = try OpsLensProcess.run(["screen", "Portfolios", "--ofac", "no/such/ofac/folder"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no/such/ofac/folder"))
    }

    @Test("gives byte-identical JSON for the same inputs apart from the run timestamps")
    func isDeterministic() throws {
        let arguments = ["screen", "Portfolios", "--as-of", "2022-06-30", "--format", "json"]
        let first = try OpsLensProcess.run(arguments).stdout
        let second = try OpsLensProcess.run(arguments).stdout
        func strip(_ text: String) -> String {
            text.split(separator: "\n").filter { !$0.contains("\"startedAt\"") && !$0.contains("\"finishedAt\"") }.joined(separator: "\n")
        }
        #expect(strip(first) == strip(second))
        #expect(!first.isEmpty)
    }

    @Test("reports rejected rows as data findings", arguments: ["data"])
    func reportsRejectedRows(failOn: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("screen-\(UUID()).csv").path
        try "Ticker,Name,Shares,Exchange\n700,TENCENT,100,HKEX\n941,CHINA MOBILE,lots,HKEX\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (status, json) = try report([path, "--fail-on", failOn])
        #expect(status == 1)
        let rejected = try #require(json["rejected"] as? [[String: Any]])
        #expect(rejected.first?["line"] as? Int == 3)
        #expect(findings(json).contains { $0["severity"] as? String == "data" })
    }

    @Test("writes every format to a file", arguments: ["text", "json", "csv", "markdown", "html", "sarif", "junit"])
    func writesEveryFormat(format: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID()).\(format)").path
        let result = try OpsLensProcess.run(["screen", "Portfolios", "--as-of", "2022-06-30", "--format", format, "--output", output])
        #expect(result.status == 1)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("SENSETIME") || written.contains("SenseTime"))
    }
}

@Suite("opslens screen on many files")
struct ScreenManyFilesTests {
    @Test("screens a folder of 10,000 small holdings files and accounts for every one")
    func screensTenThousandFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("many-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<10_000 {
            let ticker = index % 1000 == 0 ? "20" : String(1000 + index % 5000)
            let text = "Ticker,Name,Shares,Exchange\n\(ticker),ISSUER \(index),\(index + 1),Hong Kong Exchanges And Clearing Ltd\n"
            try text.write(to: folder.appendingPathComponent(String(format: "fund-%05d.csv", index)), atomically: false, encoding: .utf8)
        }
        let result = try OpsLensProcess.run(["screen", folder.path, "--as-of", "2022-06-30", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require(json["run"] as? [String: Any])
        let inputs = try #require(run["inputs"] as? [[String: Any]])
        #expect(inputs.count == 10_000)
        #expect(inputs.allSatisfy { $0["holdings"] as? Int == 1 })
        let findings = try #require(json["findings"] as? [[String: Any]])
        // SenseTime (ticker 20) in 10 files, and in the shipped vintage's NS-CMIC entries China Communications
        // Construction (01800 HK) and China Railway Construction (1186 HK), whose tickers each fall in 2 files.
        let blocked = findings.filter { $0["severity"] as? String == "block" }
        #expect(blocked.count == 14)
        let tickers = blocked.compactMap { (($0["holding"] as? [String: Any])?["identifiers"] as? [String: String])?["ticker"] }
        #expect(Set(tickers) == ["20 XHKG", "1800 XHKG", "1186 XHKG"], "\(tickers)")
    }
}
