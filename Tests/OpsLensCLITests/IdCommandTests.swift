import Foundation
import Testing

@Suite("opslens id")
struct IdCommandTests {
    @Test("--format json prints one object per input, in order")
    func json() throws {
        let inputs = ["US0378331005", "0020 HK", "600760.SS", "CND10002K094", "1211", "BBG000BLNQ16", "nonsense!"]
        let result = try OpsLensProcess.run(["id", "--format", "json"] + inputs)
        #expect(result.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["input"] as? String } == inputs)
        #expect(objects.map { $0["kind"] as? String } == ["isin", "ticker", "ticker", "isin", "ticker", "figi", "unknown"])
        #expect(objects.map { $0["valid"] as? Bool } == [true, true, true, false, false, true, false])
        #expect(objects[1]["normalized"] as? String == "XHKG:20")
        #expect(objects[1]["mic"] as? String == "XHKG")
        #expect(objects[2]["normalized"] as? String == "XSHG:600760")
        #expect((objects[3]["reason"] as? String)?.contains("check digit") == true)
        #expect(objects[0]["reason"] == nil)
        #expect(objects[6]["normalized"] is NSNull)
    }

    @Test("the text format is a table with a header and one row per input")
    func text() throws {
        let result = try OpsLensProcess.run(["id", "91324PAE2", "00020 HK"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("INPUT"))
        #expect(lines[1].contains("cusip") && lines[1].contains("US91324PAE25"))
        #expect(lines[2].contains("XHKG:20"))
    }

    @Test("--exchange gives bare codes a market")
    func exchange() throws {
        let result = try OpsLensProcess.run(["id", "--format", "json", "--exchange", "Saudi Stock Exchange", "1211"])
        #expect(result.stdout.contains("\"normalized\": \"XSAU:1211\""))
        let korea = try OpsLensProcess.run(["id", "--format", "json", "--exchange", "Korea Exchange (Stock Market)", "5930"])
        #expect(korea.stdout.contains("\"normalized\": \"XKRX:005930\", \"note\": \"leading zeros restored"))
    }

    @Test("no value, or an unknown format, is a usage error", arguments: [["id"], ["id", "--format", "xml", "X"]])
    func usageErrors(arguments: [String]) throws {
        let result = try OpsLensProcess.run(arguments)
        #expect(result.status == 2)
    }
}
