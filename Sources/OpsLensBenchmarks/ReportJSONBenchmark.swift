import Foundation
import OpsLens

/// `opslens-bench report-json REPORT.json [REPEAT]`: encoding a screening report as `--format json`
/// writes it, with OpsLens's `SortedJSONEncoder` and with Foundation's `JSONEncoder` (the same
/// bytes, which it checks), on one thread; the best of `REPEAT` (default 5) runs of each.
enum ReportJSONBenchmark {
    static func run(_ arguments: ArraySlice<String>) throws {
        guard let path = arguments.first else { BenchmarkMain.usageError("report-json needs a JSON report (opslens screen --format json)") }
        let report = try Baseline(.file(path)).report
        let repetitions = arguments.dropFirst().first.flatMap { Int($0) } ?? 5
        let strings = SortedJSONEncoder.NonFiniteStrings(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let sorted = SortedJSONEncoder(pretty: true, nonFiniteStrings: strings)
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        foundation.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: strings.positiveInfinity, negativeInfinity: strings.negativeInfinity, nan: strings.nan)

        var ours = (seconds: Double.infinity, bytes: [UInt8]()), theirs = (seconds: Double.infinity, bytes: Data())
        for _ in 0..<repetitions {
            let (bytes, seconds) = try measure { try sorted.encode(report) }
            if seconds < ours.seconds { ours = (seconds, bytes) }
            let (data, foundationSeconds) = try measure { try foundation.encode(report) }
            if foundationSeconds < theirs.seconds { theirs = (foundationSeconds, data) }
        }
        print("\(report.findings.count) findings, \(ours.bytes.count) bytes of JSON")
        print(String(format: "SortedJSONEncoder: %.1f ms   JSONEncoder: %.1f ms   (%.1f×)   same bytes: %@",
                     ours.seconds * 1000, theirs.seconds * 1000, theirs.seconds / ours.seconds,
                     ours.bytes == Array(theirs.bytes) ? "yes" : "NO"))
    }
}
