import Foundation
import OpsLens

/// `opslens-bench names [DATA_DIR]`: builds a ``NameIndex`` from the full SDN and Consolidated files and
/// queries it with every distinct issuer name in the iShares holdings files, on one core.
enum NameIndexBenchmark {
    static func run(dataDirectory: String) throws {
        func bytes(_ path: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: dataDirectory + "/" + path)))
        }
        let entries = OFACNameEntries.read(primary: try bytes("ofac/sdn-2021-07/sdn.csv"), aliases: try bytes("ofac/sdn-2021-07/alt.csv"))
            + OFACNameEntries.read(primary: try bytes("ofac/cons-2025-12/cons_prim.csv"), aliases: try bytes("ofac/cons-2025-12/cons_alt.csv"))
        var buildTimes: [Double] = []
        var index = NameIndex(entries: [])
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            index = NameIndex(entries: entries)
            buildTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let queries = try holdingNames(bytes("holdings/ishares_ACWI_2022-03-10.csv")) .union(holdingNames(bytes("holdings/ishares_EEM_2022-03_excel-resaved.csv")))
            .sorted()
        var flagged = 0
        let verbose = ProcessInfo.processInfo.environment["OPSLENS_BENCH_VERBOSE"] != nil
        for name in queries {
            let matches = index.query(name)
            guard !matches.isEmpty else { continue }
            flagged += 1
            if verbose {
                print("\(name) -> " + matches.map { "\($0.name) [\($0.key)] \($0.decision.rawValue) \(String(format: "%.3f", $0.score))" }.joined(separator: "; "))
            }
        }
        let rounds = 20
        let start = DispatchTime.now().uptimeNanoseconds
        var results = 0
        for _ in 0..<rounds {
            for name in queries { results &+= index.query(name).count }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let queried = rounds * queries.count
        print("names indexed: \(entries.count) (\(entries.filter(\.isWeak).count) weak aliases)")
        print("index build: median \(milliseconds(buildTimes.sorted()[2])) ms, best \(milliseconds(buildTimes.min()!)) ms (5 runs)")
        print("queries: \(queries.count) distinct holding names × \(rounds) rounds = \(queried) in \(milliseconds(seconds)) ms")
        print("throughput: \(Int(Double(queried) / seconds)) names/s on one core (\(results / rounds) results per round)")
        print("holding names with a match or review: \(flagged)")
    }

    /// The distinct issuer names (column 2 after the `Ticker,Name` header) of an iShares holdings file's equity rows.
    static func holdingNames(_ bytes: [UInt8]) -> Set<String> {
        var names = Set<String>()
        var inTable = false
        for row in CSVRows.parse(bytes).rows {
            if row.fields.first == "Ticker", row.fields.dropFirst().first == "Name" { inTable = true; continue }
            if inTable, row.fields.count > 3, row.fields[3] == "Equity" { names.insert(row.fields[1]) }
        }
        return names
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}
