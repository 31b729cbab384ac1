import Foundation
import OpsLens
#if canImport(Glibc)
import Glibc
#endif

/// `opslens-bench names [DATA_DIR]`: builds a ``NameIndex`` from the names and aliases of the full SDN and
/// Consolidated sets, as the lists reader loads them, and queries it with every distinct issuer name in
/// the iShares holdings files, on one thread.
///
/// Times are reported as wall-clock and as the thread's CPU time (which a busy shared machine inflates less).
enum NameIndexBenchmark {
    static func run(dataDirectory: String) throws {
        func bytes(_ path: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: dataDirectory + "/" + path)))
        }
        let entries = try nameEntries(ofacFolders: [dataDirectory + "/ofac/sdn-2021-07", dataDirectory + "/ofac/cons-2025-12"])
        var builds: [Timing] = []
        var index = NameIndex(entries: [])
        for _ in 0..<5 {
            builds.append(Timing.measure { index = NameIndex(entries: entries) })
        }
        let queries = try holdingNames(bytes("holdings/ishares_ACWI_2022-03-10.csv"))
            .union(holdingNames(bytes("holdings/ishares_EEM_2022-03_excel-resaved.csv"))).sorted()
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
        var results = 0
        let querying = Timing.measure {
            for _ in 0..<rounds {
                for name in queries { results &+= index.query(name).count }
            }
        }
        let normalizer = NameNormalizer()
        var words = 0
        let normalizing = Timing.measure {
            for _ in 0..<rounds {
                for name in queries { words &+= normalizer.normalize(name).tokens.count }
            }
        }
        let queried = rounds * queries.count
        builds.sort { $0.cpu < $1.cpu }
        print("names indexed: \(entries.count) (\(entries.filter(\.isWeak).count) weak aliases)")
        print("index build (5 runs): median \(ms(builds[2].cpu)) ms CPU / \(ms(builds[2].wall)) ms wall; best \(ms(builds[0].cpu)) ms CPU")
        print("queries: \(queries.count) distinct holding names × \(rounds) rounds = \(queried)")
        print("throughput: \(Int(Double(queried) / querying.cpu)) names/s per CPU second, \(Int(Double(queried) / querying.wall)) names/s wall, one thread")
        print("normalisation alone: \(Int(Double(queried) / normalizing.cpu)) names/s per CPU second")
        print("holding names with a match or review: \(flagged) (results per round \(results / rounds), words \(words / rounds))")
    }

    /// Wall-clock and thread CPU seconds of one measured block.
    struct Timing {
        var wall: Double
        var cpu: Double

        static func measure(_ body: () -> Void) -> Timing {
            let wall = DispatchTime.now().uptimeNanoseconds, cpu = threadCPU()
            body()
            return Timing(wall: Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9, cpu: threadCPU() - cpu)
        }

        private static func threadCPU() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
    }

    /// The names and aliases of every entity in the OFAC file sets of `ofacFolders`, keyed by `ent_num`.
    static func nameEntries(ofacFolders: [String]) throws -> [(key: Int, name: String, isWeak: Bool)] {
        try ofacFolders.flatMap { try OFACListReader.load(directory: $0) }.flatMap(\.entities).flatMap { entity in
            Int(entity.sourceID).map { entity.nameIndexEntries(key: $0) } ?? []
        }
    }

    /// The distinct issuer names (column 2 after the `Ticker,Name` header) of an iShares holdings file's equity rows.
    static func holdingNames(_ bytes: [UInt8]) -> Set<String> {
        var names = Set<String>()
        var inTable = false
        for row in CSVTable(bytes).rows {
            if row.fields.first == "Ticker", row.fields.dropFirst().first == "Name" { inTable = true; continue }
            if inTable, row.fields.count > 3, row.fields[3] == "Equity" { names.insert(row.fields[1]) }
        }
        return names
    }

    private static func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}
