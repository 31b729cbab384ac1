import Foundation
import Testing

/// Screening time stays linear in the input's size, whatever its names: a name compared in
/// full costs time growing with the square of its length (a 50 KB one-word name took more than
/// two minutes), so only its first characters are compared.
@Suite("Screening hostile names")
struct ScreenAbusePerformanceTests {
    @Test("forty distinct names of 256 KB each screen in well under a minute")
    func longNames() throws {
        var text = "Ticker,Name,Shares\n"
        for row in 0..<40 {
            // One endless word, or endless words, each name different from the others.
            let unit = row % 2 == 0 ? "GAZPROM\(row)" : "BANK ROSSIYA \(row) HOLDINGS "
            text += "T\(row),\"\(String(repeating: unit, count: (256 << 10) / unit.utf8.count))\",1\n"
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("opslens-long-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("long-names.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let start = Date()
        let result = try OpsLensProcess.run(["screen", path, "--format", "json", "--max-field-size", "1M",
                                             "--ofac", "../shared/data/ofac/sdn-2021-12-10"])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let input = try #require(((json["run"] as? [String: Any])?["inputs"] as? [[String: Any]])?.first)
        #expect(input["holdings"] as? Int == 40)
        // A quadratic path takes hours here; the cut names take a second or two even on a busy machine.
        #expect(seconds < 45, "screening took \(seconds) s")
    }
}
