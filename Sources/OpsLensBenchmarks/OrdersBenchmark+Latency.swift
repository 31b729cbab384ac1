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
        print("single orders, whole process, \(settings.runs) runs each:")
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
    ///
    /// Started with `posix_spawn` and reaped with `waitpid`: Foundation's `Process` adds its own
    /// launch work and notices the exit only on its run loop's next turn (a floor near 50 ms here).
    private static func timedRun(_ opslens: String, _ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([opslens] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, opslens, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
