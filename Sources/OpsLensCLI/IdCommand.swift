import ArgumentParser
import Foundation
import OpsLens

/// `opslens id VALUE...`: classifies and validates identifiers and tickers.
struct IdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id",
        abstract: "Classify and validate ISINs, CUSIPs, SEDOLs, FIGIs, LEIs and tickers.",
        discussion: """
        Each value is reported in order with its kind (isin, cusip, sedol, figi, lei, ticker or \
        unknown), whether it is valid, its normalised form and, when invalid, the reason. A \
        ticker is normalised to MIC:code (e.g. `0020 HK` → XHKG:20); a ticker without a market \
        (`1211`) is ambiguous and so invalid unless --exchange names one. Exits 0 whatever the \
        values are; 2 on usage errors.
        """
    )

    @Argument(help: "The values to classify, e.g. US0378331005 '0020 HK' 600760.SS.")
    var values: [String]

    @OptionGroup var output: TextOrJSONOption

    @Option(help: "The exchange of bare ticker codes: a name, prefix or MIC (e.g. 'Hong Kong Exchanges And Clearing Ltd', XHKG).")
    var exchange: String?

    func validate() throws {
        guard !values.isEmpty else { throw ValidationError("Give at least one value to classify.") }
    }

    func run() throws {
        let results = values.map { CodeClassification.classify($0, exchange: exchange) }
        switch output.format {
        case .json:
            print(try Self.json(results))
        case .text:
            print(Self.table(results), terminator: "")
        }
    }

    /// A JSON array with one object per value, keys in the documented order.
    static func json(_ results: [CodeClassification]) throws -> String {
        func literal(_ value: some Encodable) throws -> String { try JSONOutput.string(value, compact: true) }
        let objects = try results.map { result in
            var fields = [("input", try literal(result.input)), ("kind", try literal(result.kind.rawValue)),
                          ("valid", try literal(result.isValid)), ("normalized", try literal(result.normalized))]
            if let reason = result.reason { fields.append(("reason", try literal(reason))) }
            if let note = result.note { fields.append(("note", try literal(note))) }
            if let ticker = result.ticker {
                fields.append(("code", try literal(ticker.code)))
                if let mic = ticker.market?.mic { fields.append(("mic", try literal(mic))) }
            }
            if let equivalent = result.equivalent {
                fields.append(("equivalent", try literal(["kind": equivalent.kind.rawValue, "value": equivalent.value])))
            }
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "]" : "\n]")
    }

    /// A plain-text table: one row per value, columns padded to their widest cell.
    static func table(_ results: [CodeClassification]) -> String {
        let header = ["INPUT", "KIND", "VALID", "NORMALIZED", "REASON"]
        let rows = results.map { result in
            [result.input, result.kind.rawValue, result.isValid ? "yes" : "no", result.normalized ?? "-",
             result.reason ?? result.note ?? (result.equivalent.map { "same as \($0.kind.displayName) \($0.value)" } ?? "")]
        }
        return TextTable.render(header: header, rows: rows).map { $0 + "\n" }.joined()
    }
}
