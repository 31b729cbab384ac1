import Foundation
import Testing

@Suite("opslens check")
struct CheckCommandTests {
    private func decisions(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    @Test("one decision per order, with the reason and what was resolved; exit 1 when one is blocked")
    func ordersOnTheCommandLine() throws {
        let result = try OpsLensProcess.run(["check", "--as-of", "2022-06-30", "--format", "jsonl",
                                             "--order", "BUY 1000 0020 HK", "--order", "SELL 500 0020.HK id=T-2",
                                             "--order", #"{"side":"BUY","quantity":5,"security":"US0378331005"}"#])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = try decisions(result.stdout)
        #expect(lines.map { $0["decision"] as? String } == ["block", "allow", "allow"])
        #expect(lines[1]["divestment"] as? Bool == true)
        #expect((lines[1]["order"] as? [String: Any])?["id"] as? String == "T-2")
        let resolved = try #require((lines[0]["resolved"] as? [[String: Any]])?.first)
        #expect(resolved["rule"] as? String == "ns-cmic" && resolved["phase"] as? String == "divestment-window")
        #expect((resolved["entity"] as? [String: Any])?["id"] as? String == "ofac-consolidated:33114")
        #expect(resolved["divestmentDate"] as? String == "2022-12-10")
        #expect((lines[0]["findings"] as? [[String: Any]])?.first?["severity"] as? String == "block")
    }

    @Test("--orders - answers each line as soon as it is read, with the process kept open")
    func streaming() throws {
        let process = Process()
        process.executableURL = OpsLensProcess.executable
        process.arguments = ["check", "--orders", "-", "--as-of", "2022-12-11"]
        process.currentDirectoryURL = OpsLensProcess.packageRoot
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = LineReader(output.fileHandleForReading)
        let exchanges: [(String, String)] = [
            ("SELL 100 0020 HK", "block"),
            (#"{"side":"BUY","quantity":10,"security":"US0378331005","tradeDate":"2022-01-03"}"#, "allow"),
            ("SELL 100 0020 HK date=2022-12-10", "allow"),
            ("BUY ten 0020 HK", "error"),
            ("BUY 100 0020 HK date=2022-01-03", "warn"),
        ]
        for (order, expected) in exchanges {
            // The next order is written only after the answer to this one came back.
            input.fileHandleForWriting.write(Data((order + "\n").utf8))
            let line = try #require(reader.nextLine(), "no answer to \(order)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(json["decision"] as? String == expected, "\(order) → \(line)")
            if expected == "error" {
                #expect(json["line"] as? Int == 4)
                #expect((json["error"] as? String)?.contains("standard input:4:2: quantity") == true, "\(line)")
            }
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)  // a line was not an order
    }

    @Test("the exit-code contract, driven from a shell script as a pre-trade script would")
    func exitCodesFromShell() throws {
        let script = try scratch("""
            #!/bin/sh
            opslens="$1"
            check() { "$opslens" check --as-of 2022-06-30 --format jsonl "$@" >/dev/null 2>&1; echo "$?"; }
            check --order "BUY 10 US0378331005" && echo submitted-1
            check --order "BUY 10 0020 HK"
            check --order "SELL 10 0020 HK"
            check --order "BUY 10 0020 HK" --as-of 2022-01-03
            check --order "BUY 10 0020 HK" --as-of 2022-01-03 --fail-on warn
            check --order 'BUY 10 "SenseTime Group Holdings"' --fail-on review
            check --order 'BUY 10 "SenseTime Group Holdings"'
            check --order "BUY 10 1211"
            check --order "BUY 10 0020 HK" --fail-on never
            check
            "$opslens" check --as-of 2022-06-30 --order "BUY 10 0020 HK" >/dev/null 2>&1 && echo submitted-2
            "$opslens" check --as-of 2022-06-30 --order "SELL 10 0020 HK" >/dev/null 2>&1 && echo submitted-3
            exit 0
            """, name: "pre-trade.sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [script, OpsLensProcess.executable.path]
        process.currentDirectoryURL = OpsLensProcess.packageRoot
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // "SenseTime Group Holdings" is not the exact name: a review, which fails only at --fail-on review.
        #expect(text.split(separator: "\n") == ["0", "submitted-1", "1", "0", "0", "1", "1", "0", "2", "2", "2", "submitted-3"])
    }

    @Test("an orders file with bad rows: every error with its line, the good rows decided, exit 2")
    func ordersFileErrors() throws {
        let path = try scratch("""
            Side,Quantity,Security,Account
            BUY,100,0020 HK,A
            BUY,x,0020 HK,A
            SELL,100,US0378331005
            """, name: "orders.csv")
        let result = try OpsLensProcess.run(["check", "--orders", path, "--as-of", "2022-06-30", "--format", "jsonl"])
        #expect(result.status == 2)
        let errors = result.stderr
        #expect(errors.contains(path + ":3:2: quantity: \"x\" is not a quantity"), "\(errors)")
        #expect(errors.contains(path + ":4: the row has 3 fields, the header 4"), "\(errors)")
        #expect(try decisions(result.stdout).map { $0["decision"] as? String } == ["block"])
    }

    @Test("--portfolio flags an over-sell and --overrides allows a block, both named in the text output")
    func portfolioAndOverrides() throws {
        let overrides = try scratch("""
            - id: OVR-9
              order: T-9
              reason: Licensed trade.
              approvedBy: cco@example.com
              approvedAt: 2022-06-01
              expires: 2022-06-30
            """, name: "overrides.yaml")
        let result = try OpsLensProcess.run([
            "check", "--as-of", "2022-06-30", "--portfolio", "Portfolios/custodian-global-equity.csv", "--overrides", overrides,
            "--order", "SELL 6000000 0020 HK account=GLOBAL-EQ-02", "--order", "BUY 10 0020 HK id=T-9",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("BLOCK  SELL 6000000 0020 HK"), "\(lines[0])")
        #expect(lines[0].contains("the portfolio holds 5000000"), "\(lines[0])")
        #expect(lines[1].hasPrefix("ALLOW  BUY 10 0020 HK [T-9]"), "\(lines[1])")
        #expect(lines[1].contains("overridden by OVR-9"), "\(lines[1])")
    }

    @Test("--snapshot: compiled, used, and refused with exit 2 once its sources changed")
    func snapshot() throws {
        let folder = try scratch(nil, name: "")
        try FileManager.default.copyItem(atPath: OpsLensProcess.packageRoot.appendingPathComponent("Rules").path, toPath: folder + "/Rules")
        let snapshot = folder + "/compiled/rulebook.snapshot"
        let compiled = try OpsLensProcess.run(["rules", "compile", "--rules", folder + "/Rules", "--output", snapshot])
        #expect(compiled.status == 0, "\(compiled.stderr)")
        #expect(compiled.stdout.contains("3 rules"))
        let used = try OpsLensProcess.run(["check", "--snapshot", snapshot, "--as-of", "2022-06-30", "--order", "BUY 1 0020 HK"])
        #expect(used.status == 1 && used.stdout.hasPrefix("BLOCK"), "\(used.stderr)")
        let screened = try OpsLensProcess.run(["screen", "Portfolios", "--snapshot", snapshot, "--as-of", "2022-06-30"])
        #expect(screened.status == 1 && screened.stdout.contains("SENSETIME"))

        try "\n# edited\n".appendLine(to: folder + "/Rules/rules/ns-cmic.yaml")
        let refused = try OpsLensProcess.run(["check", "--snapshot", snapshot, "--order", "BUY 1 0020 HK"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("rules/ns-cmic.yaml changed since it was compiled"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
    }

    @Test("usage errors exit 2: no order at all, --orders - with --order")
    func usage() throws {
        #expect(try OpsLensProcess.run(["check"]).status == 2)
        #expect(try OpsLensProcess.run(["check", "--orders", "-", "--order", "BUY 1 0020 HK"]).status == 2)
        #expect(try OpsLensProcess.run(["check", "--order", "BUY 1 0020 HK", "--fail-on", "allow"]).status == 2)
    }
}

/// Writes `text` to `name` in a new scratch folder and returns its path; with no text, returns the folder.
private func scratch(_ text: String?, name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard let text else { return folder.path }
    let file = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
}

/// Reads a pipe line by line, waiting for each line as it is written.
private final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return String(decoding: line, as: UTF8.self)
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer += chunk
        }
    }
}

private extension String {
    func appendLine(to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        handle.write(Data(utf8))
        try handle.close()
    }
}
