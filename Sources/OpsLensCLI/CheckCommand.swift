import ArgumentParser
import Foundation
import OpsLens

/// `opslens check`: the pre-trade check — allow, warn, review or block for each order.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check orders before trading: allow, warn, review or block, with the reason and the findings.",
        discussion: """
        An order is SIDE QUANTITY SECURITY (BUY 1000 0020 HK, SELL 500 US0378331005, BUY 100 "SenseTime Group") \
        with optional id=, account=, date=, price=, currency= words, or a JSON object. With --orders - one order \
        per line is read from standard input and one JSON decision per line is written as each is read. \
        Exit codes: 0 every order below --fail-on; 1 an order at or above --fail-on (default block); \
        2 usage or input errors (a bad order, an unreadable file).
        """
    )

    @Option(name: .customLong("order"), help: ArgumentHelp("An order (repeatable).", valueName: "ORDER"))
    var orders: [String] = []

    @Option(name: .customLong("orders"), help: ArgumentHelp("An orders CSV file, or - for one order per line on standard input.",
                                                            valueName: "FILE"))
    var ordersFile: String?

    @Option(help: ArgumentHelp("A holdings file: flag sales of more than the position holds.", valueName: "FILE"))
    var portfolio: String?

    @Option(help: ArgumentHelp("An overrides file (approved exceptions for orders).", valueName: "FILE"))
    var overrides: String?

    @OptionGroup var sources: RulesSourceOptions

    @OptionGroup var ownership: OwnershipDataOptions

    @OptionGroup var listAge: ListAgeOptions

    @Option(help: ArgumentHelp("A compiled rule book (opslens rules compile); refused when its sources changed.", valueName: "FILE"))
    var snapshot: String?

    /// The trade date of orders that give none.
    @OptionGroup var date: AsOfOption

    @Option(help: "Output format: text, json or jsonl (one decision per line; always jsonl with --orders -).")
    var format: DecisionFormat = .text

    @Option(help: "Exit with 1 when an order's decision is at or above: block, review or warn.")
    var failOn: Decision.Verdict = .block

    func validate() throws {
        if orders.isEmpty && ordersFile == nil { throw ValidationError("give at least one --order or --orders FILE") }
        if ordersFile == "-" && !orders.isEmpty { throw ValidationError("--orders - reads standard input; it takes no --order") }
        if failOn == .allow { throw ValidationError("--fail-on takes block, review or warn") }
    }

    func run() throws {
        // Orders given on the command line are read before anything is loaded: a typo fails fast.
        var failed = false
        var given: [Order] = []
        for (position, text) in orders.enumerated() {
            do {
                given.append(try OrderParser.parse(text, source: "--order \(position + 1)"))
            } catch {
                report(error)
                failed = true
            }
        }
        if let ordersFile, ordersFile != "-" {
            for row in try OrdersFile(contentsOf: ordersFile).rows {
                switch row.order {
                case .success(let order): given.append(order)
                case .failure(let error): report(error); failed = true
                }
            }
        }
        let check = try makeCheck()
        var worst = Decision.Verdict.allow
        if ordersFile == "-" {
            failed = stream(check, worst: &worst) || failed
        } else {
            let decisions = given.map(check.decide)
            worst = decisions.map(\.verdict).max() ?? .allow
            FileHandle.standardOutput.write(Data(try format.render(decisions).utf8))
        }
        exitWithoutTeardown(failed ? .inputError : worst >= failOn ? .findings : .success)
    }

    /// Answers orders from standard input, one JSON line each, as they come; returns whether a line was not an order.
    ///
    /// Lines are read a pipe's worth at a time and their answers written together (at most 64 KB
    /// at once), so a busy stream costs few system calls, and a line sent alone is answered at once.
    private func stream(_ check: PreTradeCheck, worst: inout Decision.Verdict) -> Bool {
        var failed = false
        var line = 0
        var reader = LineBatchReader()
        var json = JSONWriter(capacity: 1 << 16)
        while let batch = reader.nextBatch() {
            for input in batch {
                line += 1
                guard case .text(let text) = input else {
                    failed = true
                    let error = OrderError(.badOrder, file: "standard input", line: line,
                                           "the line is longer than \(ReadLimits.standard.lineBytes) bytes; an order fits on one short line")
                    Decision.writeError("\(error)", line: line, to: &json)
                    json.endLine()
                    continue
                }
                guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
                      first != UInt8(ascii: "#") else { continue }
                do {
                    let decision = check.decide(try OrderParser.parse(text, source: "standard input", line: line))
                    worst = max(worst, decision.verdict)
                    decision.write(to: &json)
                } catch {
                    failed = true
                    Decision.writeError("\(error)", line: line, to: &json)
                }
                json.endLine()
                if json.bytes.count >= 1 << 16 { flush(&json) }
            }
            flush(&json)
        }
        return failed
    }

    /// Writes what `json` holds to standard output and empties it.
    private func flush(_ json: inout JSONWriter) {
        guard !json.bytes.isEmpty else { return }
        json.bytes.withUnsafeBytes { FileHandle.standardOutput.write(Data($0)) }
        json.removeAll()
    }

    private func makeCheck() throws -> PreTradeCheck {
        let overrideList = try overrides.map { try OverrideFile(contentsOf: $0).overrides } ?? []
        let positions = try portfolio.map { path in Positions(holdings: try HoldingsReader().readAll(path).holdings) }
        let asOf = date.day
        let engine = try sources.engine(snapshot: snapshot, ownership: ownership, decodingEntriesOnUse: true)
        try listAge.check(engine.book.lists)
        return PreTradeCheck(engine: engine, asOf: asOf, overrides: overrideList, positions: positions)
    }

    private func report(_ error: any Error) {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
    }
}

extension Decision.Verdict: ExpressibleByArgument {}
