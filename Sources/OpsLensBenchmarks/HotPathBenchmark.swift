import Foundation
import OpsLens

/// `opslens-bench hot [ROWS]` (default 1,000,000): nanoseconds per call of the holdings reader's
/// number parsing, through `HotPathProbe`, on generated inputs with a fixed seed.
///
/// Numbers: ROWS of them, as rows of three (market value, weight, shares) in the shapes holdings files write —
/// `1,126,966,786.32`, `0.01`, `2,878,734.00`, `(1,234)`, `4.15%`, `-` — once with decimal
/// points and once with decimal commas (`1.234,50`). Each is timed as thread CPU time, best
/// of seven (the machine is shared and noisy).
enum HotPathBenchmark {
    static func run(rows: Int) {
        var random = SplitMix64(seed: 0x0F5_1E45)
        let pointNumbers = HotPathProbe.Fields(numbers(count: rows, decimalComma: false, random: &random))
        let commaNumbers = HotPathProbe.Fields(numbers(count: rows, decimalComma: true, random: &random))

        print("hot paths: \(rows) rows; best of 7, thread CPU time")
        report("NumberParser.parse, decimal point", pointNumbers.count) { HotPathProbe.parseNumbers(pointNumbers, decimalSeparator: UInt8(ascii: ".")) }
        report("NumberParser.parse, decimal comma", commaNumbers.count) { HotPathProbe.parseNumbers(commaNumbers, decimalSeparator: UInt8(ascii: ",")) }
    }

    private static func report(_ name: String, _ calls: Int, _ body: () -> Double) {
        var best = NameIndexBenchmark.Timing(wall: .infinity, cpu: .infinity)
        var checksum = 0.0
        for _ in 0..<7 {
            let timing = NameIndexBenchmark.Timing.measure { checksum = body() }
            if timing.cpu < best.cpu { best = timing }
        }
        print("\(name): " + String(format: "%.1f ns/call CPU, %.1f ns/call wall", best.cpu * 1e9 / Double(calls), best.wall * 1e9 / Double(calls))
            + " (\(calls) calls, checksum \(checksum))")
    }

    /// Three numbers per row, as an iShares-style file writes market value, weight and shares.
    private static func numbers(count: Int, decimalComma: Bool, random: inout SplitMix64) -> [String] {
        let (decimal, group): (Character, Character) = decimalComma ? (",", ".") : (".", ",")
        func grouped(_ whole: UInt64) -> String {
            var digits = Array(String(whole))
            var index = digits.count - 3
            while index > 0 { digits.insert(group, at: index); index -= 3 }
            return String(digits)
        }
        func amount(maxDigits: UInt64, cents: Bool) -> String {
            var whole = random.next() % 10
            for _ in 0..<(random.next() % maxDigits) { whole = whole * 10 + random.next() % 10 }
            return grouped(whole) + (cents ? "\(decimal)\(String(format: "%02d", Int(random.next() % 100)))" : "")
        }
        var values: [String] = []
        values.reserveCapacity(count + 2)
        while values.count < count {
            let roll = random.next() % 100
            switch roll {
            case 0..<2: values.append("-")
            case 2..<4: values.append("(" + amount(maxDigits: 7, cents: false) + ")")
            case 4..<5: values.append("-" + amount(maxDigits: 7, cents: true))
            default: values.append(amount(maxDigits: 10, cents: true))  // market value: 1,126,966,786.32
            }
            let weight = "\(random.next() % 5)\(decimal)\(String(format: "%02d", Int(random.next() % 100)))"
            values.append(roll % 10 == 0 ? weight + "%" : weight)  // 0.01, 4.15%
            values.append(amount(maxDigits: 8, cents: true))  // shares: 2,878,734.00
        }
        return Array(values.prefix(count))
    }
}
