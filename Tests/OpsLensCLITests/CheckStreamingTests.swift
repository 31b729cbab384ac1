import Foundation
import Testing

/// `opslens check --orders -` fed a pipe full of lines at once: the batched reader and writer must
/// answer every line, in order, with the line numbers a line-at-a-time reader would give.
@Suite("opslens check --orders -, a pipe full at once")
struct CheckStreamingTests {
    @Test("every line answered in order: CRLF, comments, blanks, a last line without a break, an over-long line")
    func batchedLines() throws {
        var lines: [String] = []
        var expected: [(decision: String, line: Int)] = []
        for index in 0..<120 {
            switch index % 6 {
            case 0: lines.append("# a comment")
            case 1: lines.append("   ")
            case 2: lines.append("SELL \(index + 1) US0378331005\r"); expected.append(("allow", lines.count))
            case 3: lines.append("BUY \(index + 1) 0020 HK"); expected.append(("block", lines.count))
            case 4: lines.append("BUY ten 0020 HK"); expected.append(("error", lines.count))
            default: lines.append(#"{"side":"COVER","quantity":3,"security":"US0378331005"}"#); expected.append(("allow", lines.count))
            }
            if index == 60 {
                lines.append("BUY 1 " + String(repeating: "X", count: 1_200_000))
                expected.append(("error", lines.count))
            }
        }
        lines.append("SELL 7 US0378331005")  // no line break after the last line
        expected.append(("allow", lines.count))
        let result = try OpsLensProcess.run(["check", "--orders", "-", "--as-of", "2022-06-30"],
                                            stdin: lines.joined(separator: "\n"))
        #expect(result.status == 2, "a line was not an order")
        let answers = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line.prefix(200))")
        }
        #expect(answers.count == expected.count)
        for (answer, (decision, line)) in zip(answers, expected) {
            #expect(answer["decision"] as? String == decision, "line \(line): \(answer)")
            if decision == "error" {
                #expect(answer["line"] as? Int == line)
                #expect((answer["error"] as? String)?.hasPrefix("standard input:\(line)") == true, "\(answer)")
            }
        }
        let overLong = try #require(answers.first { ($0["error"] as? String)?.contains("longer than") == true })
        #expect(overLong["line"] as? Int == 62)
        #expect(result.stdout.utf8.count < 64 << 10, "the over-long line is not echoed back")
    }
}
