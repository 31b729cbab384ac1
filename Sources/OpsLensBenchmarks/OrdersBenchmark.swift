import Foundation
import OpsLens

/// `opslens-bench orders`: the pre-trade check end to end, as scripts use it.
///
/// Streaming: starts the built `opslens check --orders -` (beside this benchmark, or `--opslens
/// PATH`) with a compiled rule book, writes orders to its standard input from one thread and reads
/// its JSON decisions from another, and reports orders per second after the first answer
/// (start-up apart), by the wall clock and by the process's CPU time (steadier on a shared
/// machine). The orders cycle through the sample portfolios' securities — by ISIN, by ticker on
/// its market and by quoted name — with every side and a few trade dates.
///
/// Single orders: then runs `opslens check --snapshot … --order …` as a whole process `--runs`
/// times per order kind and reports wall-clock p50 / p95 / min and CPU per process
/// (`OrdersBenchmark+Latency.swift`).
enum OrdersBenchmark {
    struct Settings {
        var orders = 200_000
        var runs = 50
        var snapshot = ""
        var opslens = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("opslens").path
        var asOf = "2022-06-30"
    }

    static func run(_ arguments: ArraySlice<String>) throws {
        var settings = Settings()
        var snapshot: String?
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--orders": settings.orders = Int(iterator.next() ?? "") ?? settings.orders
            case "--runs": settings.runs = Int(iterator.next() ?? "") ?? settings.runs
            case "--snapshot": snapshot = iterator.next()
            case "--opslens": settings.opslens = iterator.next() ?? settings.opslens
            default: BenchmarkMain.usageError("unknown argument \(argument) for orders")
            }
        }
        guard let snapshot else { BenchmarkMain.usageError("orders needs --snapshot FILE (opslens rules compile)") }
        settings.snapshot = snapshot
        if settings.orders > 0 { try stream(settings) }
        if settings.runs > 0 { try singleOrders(settings) }
    }

    /// Streams `settings.orders` orders through one `check --orders -` process.
    static func stream(_ settings: Settings) throws {
        let lines = try orderLines(count: settings.orders)
        let payload = Data((lines.joined(separator: "\n") + "\n").utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: settings.opslens)
        process.arguments = ["check", "--orders", "-", "--snapshot", settings.snapshot, "--as-of", settings.asOf]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        let cpuBefore = childCPUSeconds()
        let started = Date()
        try process.run()
        let writer = Thread {
            let handle = input.fileHandleForWriting
            var start = payload.startIndex
            while start < payload.endIndex {
                let end = min(start + (1 << 16), payload.endIndex)
                handle.write(payload[start..<end])
                start = end
            }
            try? handle.close()
        }
        writer.start()
        // Every decision line starts {"decision":" (its first key, sorted): count lines and verdicts, nothing more.
        let prefix = Array(#"{"decision":""#.utf8)
        var answered = 0, firstAnswer: Date?, verdicts: [String: Int] = [:]
        var line: [UInt8] = []
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            if firstAnswer == nil { firstAnswer = Date() }
            chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                for byte in bytes {
                    if byte != 0x0A {
                        if line.count < prefix.count + 8 { line.append(byte) }
                        continue
                    }
                    let verdict = line.dropFirst(prefix.count).prefix { $0 != 0x22 }
                    verdicts[String(decoding: verdict, as: UTF8.self), default: 0] += 1
                    answered += 1
                    line.removeAll(keepingCapacity: true)
                }
            }
        }
        process.waitUntilExit()
        let finished = Date()
        let cpu = childCPUSeconds() - cpuBefore
        guard answered > 1, let first = firstAnswer else {
            return print("streaming: \(answered) answers to \(lines.count) orders; nothing to time (see opslens's standard error)")
        }
        let rate = Double(max(answered - 1, 0)) / finished.timeIntervalSince(first)
        print("orders: \(answered) answered of \(lines.count) (\(verdicts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))")
        print(String(format: "streaming: start-up to first answer %.1f ms; after it %.3f s, %.0f orders/s wall; whole run %.3f s",
                     first.timeIntervalSince(started) * 1000, finished.timeIntervalSince(first), rate,
                     finished.timeIntervalSince(started)))
        print(String(format: "streaming CPU (user + sys, start-up included): %.3f s, %.0f orders/s", cpu, Double(answered) / cpu))
    }

    /// `count` order lines over the sample portfolios' securities, deterministic.
    static func orderLines(count: Int) throws -> [String] {
        var securities: [String] = ["0020 HK", "XHKG:20"]
        let folder = "Portfolios"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".csv") {
            for holding in try HoldingsReader().readAll(folder + "/" + name).holdings {
                if let isin = holding.isin { securities.append(isin) }
                if let ticker = holding.ticker, let parsed = Ticker.parse(ticker, exchange: holding.exchange), parsed.market != nil {
                    securities.append(parsed.description)
                }
                if let name = holding.name, securities.count % 5 == 0 { securities.append("\"\(name)\"") }
            }
        }
        let sides = Order.Side.allCases.map(\.rawValue)
        let dates = ["2021-12-09", "2022-02-08", "2022-06-30", "2022-12-11"]
        return (0..<count).map { index in
            let line = "\(sides[index % sides.count]) \(100 + index % 900) \(securities[index % securities.count])"
            return index % 7 == 0 ? line + " date=\(dates[index % dates.count])" : line
        }
    }

    /// User plus system CPU seconds of the children waited for so far.
    static func childCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
