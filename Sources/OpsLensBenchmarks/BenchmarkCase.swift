import CLibCSV
import Foundation
import OpsLens

/// A benchmarked phase of OpsLens; later issues add theirs to `all`.
struct BenchmarkCase: Sendable {
    var name: String
    var run: @Sendable (BenchmarkArguments) throws -> Measurement

    static let all: [BenchmarkCase] = [bareLibCSV, holdingsReader, holdingsReaderInOrder, listLoading, screening, screeningOneThread,
                                       screeningFolder]

    /// The full OFAC SDN (Jul 2021) and Consolidated (Dec 2025) sets, as `--ofac` folders.
    static func ofacFolders(_ arguments: BenchmarkArguments) -> [String] {
        ["\(arguments.sharedData)/ofac/sdn-2021-07", "\(arguments.sharedData)/ofac/cons-2025-12"]
    }

    /// Loading the full SDN and Consolidated sets and building the screening index.
    static let listLoading = BenchmarkCase(name: "lists-load-and-index") { arguments in
        let (count, seconds) = try measure {
            let book = try RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: ofacFolders(arguments))
            return ScreeningEngine(book: book).index.entries.count
        }
        return Measurement(name: "lists-load-and-index", seconds: seconds, items: count, itemName: "entries", bytes: 0)
    }

    /// Screening the large file against the full SDN and Consolidated sets (lists loaded first, not timed).
    static let screening = BenchmarkCase(name: "screen-1m") { arguments in
        try screen([arguments.file!], name: "screen-1m", threads: nil, arguments)
    }

    /// The same on one thread, for the scaling ratio.
    static let screeningOneThread = BenchmarkCase(name: "screen-1m-one-thread") { arguments in
        try screen([arguments.file!], name: "screen-1m-one-thread", threads: 1, arguments)
    }

    /// A folder of 2,000 files of 100 holdings each (cut from the realistic file), screened together.
    static let screeningFolder = BenchmarkCase(name: "screen-folder-2000x100") { arguments in
        let folder = try BenchmarkInputs.folder(files: 2_000, rows: 100, arguments)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { "\(folder)/\($0)" }
        return try screen(files, name: "screen-folder-2000x100", threads: nil, arguments)
    }

    /// Screens `files` as of 2022-06-30 against the full SDN and Consolidated sets, loaded first (not timed).
    static func screen(_ files: [String], name: String, threads: Int?, _ arguments: BenchmarkArguments) throws -> Measurement {
        let book = try RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: ofacFolders(arguments))
        let engine = ScreeningEngine(book: book)
        let request = ScreeningRequest(holdings: files.map(InputSource.file), asOf: CalendarDate(iso: "2022-06-30")!, threads: threads)
        let (report, seconds) = try measure { try engine.screen(request, now: { "" }).report }
        let size = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }.reduce(0, +)
        return Measurement(name: name, seconds: seconds, items: report.run.inputs.map(\.holdings).reduce(0, +),
                           itemName: "holdings", bytes: size)
    }

    /// libcsv alone over the file, counting fields in its C callback: the floor to compare with.
    static let bareLibCSV = BenchmarkCase(name: "libcsv-bare-parse") { arguments in
        let path = arguments.file!
        let (counts, seconds) = try measure { try BareLibCSV.countFields(path) }
        return Measurement(name: "libcsv-bare-parse", seconds: seconds, items: counts.records, itemName: "rows",
                           bytes: counts.bytes)
    }

    /// The holdings reader turning the same file into `Holding` values, each handed to a consumer
    /// on the thread that read it (as screening consumes them).
    static let holdingsReader = BenchmarkCase(name: "holdings-reader") { arguments in
        let path = arguments.file!
        let (report, seconds) = try measure { try readOnReadingThreads(path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return Measurement(name: "holdings-reader", seconds: seconds, items: report.holdings, itemName: "holdings", bytes: size)
    }

    /// Reads the file at `path` into holdings, each consumed on the thread that read it.
    static func readOnReadingThreads(_ path: String) throws -> HoldingsFileReport {
        try HoldingsReader().read(.file(path), consumingOnReadingThreads: { { holding in precondition(holding.line > 0) } })
    }

    /// The same, with every holding handed to one consumer in file order.
    static let holdingsReaderInOrder = BenchmarkCase(name: "holdings-reader-in-order") { arguments in
        let path = arguments.file!
        var count = 0
        let (_, seconds) = try measure {
            try HoldingsReader().read(path) { _ in count += 1 }
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return Measurement(name: "holdings-reader-in-order", seconds: seconds, items: count, itemName: "holdings", bytes: size)
    }
}

/// A bare libcsv parse: read the file in chunks and count fields and records in C callbacks.
enum BareLibCSV {
    struct Counts { var fields = 0; var records = 0; var bytes = 0 }

    static func countFields(_ path: String) throws -> Counts {
        guard let file = fopen(path, "rb") else { throw CocoaError(.fileReadNoSuchFile) }
        defer { fclose(file) }
        var parser = csv_parser()
        csv_init(&parser, 0)
        defer { csv_free(&parser) }
        var counts = Counts()
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = { _, _, context in
            context!.assumingMemoryBound(to: Counts.self).pointee.fields += 1
        }
        let onRecord: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
            context!.assumingMemoryBound(to: Counts.self).pointee.records += 1
        }
        while true {
            let read = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if read == 0 { break }
            counts.bytes += read
            buffer.withUnsafeBytes { bytes in
                _ = csv_parse(&parser, bytes.baseAddress, read, onField, onRecord, &counts)
            }
        }
        csv_fini(&parser, onField, onRecord, &counts)
        return counts
    }
}
