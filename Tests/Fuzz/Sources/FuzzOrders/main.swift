import Foundation
import FuzzSupport
import OpsLens

/// The pre-trade check's order readers: every line as a short-form or JSON order (what
/// `check --orders -` reads), and the whole input as an orders CSV file. Each order read is
/// decided against the project's rules, and its JSON line must be exactly what `JSONEncoder`
/// writes for the decision (the direct writer's differential check) and parse back as JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOrders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    var orders: [Order] = []
    for (number, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        .prefix(64).enumerated() {
        if let order = try? OrderParser.parse(String(line), source: "fuzz", line: number + 1) { orders.append(order) }
    }
    if let file = try? OrdersFile(.bytes(bytes, name: "fuzz-orders.csv")) {
        var previous = 0
        for row in file.rows {
            precondition(row.line > previous, "rows out of line order: \(row.line) after \(previous)")
            previous = row.line
            if case .success(let order) = row.order { orders.append(order) }
        }
    }
    for order in orders.prefix(64) {
        precondition(order.quantity > 0 && order.quantity.isFinite, "quantity \(order.quantity)")
        precondition(order.price.map { $0 >= 0 && $0.isFinite } ?? true, "price \(String(describing: order.price))")
        let decision = Fuzz.check.decide(order)
        let line = decision.jsonLine
        precondition((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not JSON: \(line)")
        if let encoded = try? Fuzz.encoder.encode(decision) {
            precondition(line == String(decoding: encoded, as: UTF8.self),
                         "SortedJSONEncoder and JSONEncoder differ:\n\(line)\n\(String(decoding: encoded, as: UTF8.self))")
        }
    }
    return 0
}

enum Fuzz {
    /// The project's rules and lists with the small example lists (not the full OFAC vintage), loaded once.
    static let check: PreTradeCheck = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../..").standardized.path
        let rules = NSTemporaryDirectory() + "/opslens-fuzz-orders-rules-\(getpid())"
        let manager = FileManager.default
        try? manager.removeItem(atPath: rules)
        try! manager.createDirectory(atPath: rules + "/lists", withIntermediateDirectories: true)
        try! manager.copyItem(atPath: root + "/Rules/rules", toPath: rules + "/rules")
        for folder in ["lists", "examples"] {
            for file in try! manager.contentsOfDirectory(atPath: root + "/Rules/" + folder) where file.hasSuffix(".yaml") {
                try! manager.copyItem(atPath: root + "/Rules/\(folder)/" + file, toPath: rules + "/lists/" + file)
            }
        }
        let engine = try! ScreeningEngine.load(rulesDirectory: rules)
        return PreTradeCheck(engine: engine, asOf: CalendarDate(iso: "2022-06-30")!)
    }()

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
