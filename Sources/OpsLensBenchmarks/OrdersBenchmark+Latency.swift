import Foundation

extension OrdersBenchmark {
    /// The orders timed as whole processes: what a pre-trade script runs before each order.
    static let singleOrderKinds: [(label: String, arguments: [String])] = [
        ("process floor: opslens id US0378331005", ["id", "US0378331005"]),
        ("check BUY 1000 0020 HK (ticker, blocked)", ["check", "--order", "BUY 1000 0020 HK"]),
        ("check SELL 500 US0378331005 (ISIN, allowed)", ["check", "--order", "SELL 500 US0378331005"]),
    ]

    /// Runs each kind `settings.runs` times (after 3 warm-up runs) and prints wall p50 / p95 / min and CPU per process.
    static func singleOrders(_ settings: Settings) throws {
        print("single orders, whole process, \(settings.runs) runs each (wall clock includes Foundation's process launch):")
        print("| order | CPU (user + sys) | wall p50 | wall p95 | wall min |")
        print("|---|---:|---:|---:|---:|")
        for kind in singleOrderKinds {
            var arguments = kind.arguments
            if arguments.first == "check" { arguments += ["--snapshot", settings.snapshot, "--as-of", settings.asOf] }
            for _ in 0..<3 { _ = try timedRun(settings.opslens, arguments) }
            let cpuBefore = childCPUSeconds()
            let walls = try (0..<settings.runs).map { _ in try timedRun(settings.opslens, arguments) }.sorted()
            let cpu = (childCPUSeconds() - cpuBefore) / Double(settings.runs)
            func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
            let p95 = walls[min(walls.count - 1, Int((Double(walls.count) * 0.95).rounded(.up)) - 1)]
            print("| \(kind.label) | \(ms(cpu)) | \(ms(walls[walls.count / 2])) | \(ms(p95)) | \(ms(walls[0])) |")
        }
    }

    /// The wall-clock seconds of one run of `opslens arguments`, its output discarded.
    private static func timedRun(_ opslens: String, _ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opslens)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
