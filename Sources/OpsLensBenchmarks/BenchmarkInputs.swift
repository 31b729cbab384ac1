import Foundation

/// The benchmark's inputs: which 1M-row file, and a folder of many small files cut from it.
enum BenchmarkInputs {
    /// Which large file the cases read.
    enum Kind: String {
        /// `../shared/bench/gen_holdings.py`'s file: real issuer-name words, ~25,000 distinct names,
        /// NS-CMIC and SDN names among them — name resolution does the work it does on real files.
        case realistic
        /// OpsLens's own numbered-name file (`GLOBAL LOGISTICS 10556 INC`): names never resemble a
        /// list name, so it measures reading and lookups with next to no name matching.
        case numbered
    }

    /// The large file for `arguments`, generated on first use.
    static func file(_ arguments: BenchmarkArguments) throws -> String {
        switch arguments.input {
        case .numbered: return try HoldingsFileGenerator.ensure(rows: arguments.rows, in: arguments.dataDirectory)
        case .realistic: return try realistic(rows: arguments.rows, in: arguments.dataDirectory, shared: arguments.sharedData)
        }
    }

    /// Runs `gen_holdings.py` (Python's standard library only; deterministic) once for `rows` rows.
    static func realistic(rows: Int, in directory: String, shared: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = "\(directory)/realistic-\(rows).csv"
        if FileManager.default.fileExists(atPath: path) { return path }
        FileHandle.standardError.write(Data("generating \(path) with gen_holdings.py…\n".utf8))
        let script = (shared as NSString).deletingLastPathComponent + "/bench/gen_holdings.py"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, String(rows), path + ".partial"]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(script) failed"])
        }
        try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
        return path
    }

    /// A folder of `files` files of `rows` holdings each, cut in order from the realistic file,
    /// each with its preamble and header: a fund family's daily files.
    static func folder(files: Int, rows: Int, _ arguments: BenchmarkArguments) throws -> String {
        let folder = "\(arguments.dataDirectory)/folder-\(files)x\(rows)"
        if FileManager.default.fileExists(atPath: folder) { return folder }
        let source = try realistic(rows: max(files * rows, 1_000), in: arguments.dataDirectory, shared: arguments.sharedData)
        let text = try String(contentsOfFile: source, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("Ticker,") || $0.hasPrefix("\"Ticker\",") }) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let head = lines[...header].joined(separator: "\n")
        try FileManager.default.createDirectory(atPath: folder + ".partial", withIntermediateDirectories: true)
        for file in 0..<files {
            let start = header + 1 + file * rows
            let body = lines[start..<min(start + rows, lines.count)].joined(separator: "\n")
            try (head + "\n" + body + "\n").write(toFile: String(format: "%@.partial/fund-%04d.csv", folder, file),
                                                 atomically: false, encoding: .utf8)
        }
        try FileManager.default.moveItem(atPath: folder + ".partial", toPath: folder)
        return folder
    }
}
