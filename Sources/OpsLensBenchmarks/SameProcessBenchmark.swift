import Foundation
import OpsLens

/// `opslens-bench same-process [--repeat N]`: the reader against the bare libcsv parse in one
/// process, one after the other, N rounds (default 5), best of each: the comparison the
/// foundation issue states, free of differences between processes.
enum SameProcessBenchmark {
    static func run(_ arguments: BenchmarkArguments) throws {
        let file = try BenchmarkInputs.file(arguments)
        var bare = Double.infinity, reader = Double.infinity
        var rows = 0, holdings = 0
        for round in 1...max(arguments.repetitions, 1) {
            let (counts, bareSeconds) = try measure { try BareLibCSV.countFields(file) }
            let (report, readerSeconds) = try measure { try BenchmarkCase.readOnReadingThreads(file) }
            rows = counts.records
            holdings = report.holdings
            bare = min(bare, bareSeconds)
            reader = min(reader, readerSeconds)
            print(String(format: "round %d: bare libcsv parse %.3f s, holdings reader %.3f s (%.2f)",
                         round, bareSeconds, readerSeconds, bareSeconds / readerSeconds))
        }
        print(String(format: "best: bare libcsv parse %.3f s (%d rows), holdings reader %.3f s (%d holdings); "
                     + "reader throughput / bare throughput: %.2f", bare, rows, reader, holdings, bare / reader))
    }
}
