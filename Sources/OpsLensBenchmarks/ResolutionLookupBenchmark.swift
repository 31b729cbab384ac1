import Foundation
import OpsLens

/// `opslens-bench lookups [DATA_DIR] [LOOKUPS]`: ticker and ISIN index lookups per holding, on
/// one thread, the way resolution does them.
///
/// The indexes hold every Equity Ticker and ISIN of the December 2025 consolidated list plus
/// every ticker of the two real iShares files (read with `HoldingsReader`); the holdings are
/// those files' rows, repeated to `LOOKUPS` (default 2,000,000), each given a random valid ISIN
/// (half of them indexed) since the files have no ISIN column. Times are the best of five, as
/// thread CPU time (what a busy shared machine inflates least) and wall-clock.
enum ResolutionLookupBenchmark {
    static func run(dataDirectory: String, lookups: Int) throws {
        var rows: [(ticker: String, exchange: String)] = []
        for file in ["holdings/ishares_ACWI_2022-03-10.csv", "holdings/ishares_EEM_2022-03_excel-resaved.csv"] {
            _ = try HoldingsReader().read(dataDirectory + "/" + file) { holding in
                if let ticker = holding.ticker { rows.append((ticker, holding.exchange ?? "")) }
            }
        }
        var tickers = TickerIndex()
        var identifiers = IdentifierIndex()
        let remarks = try String(contentsOfFile: dataDirectory + "/ofac/cons-2025-12/cons_prim.csv", encoding: .isoLatin1)
        for (entry, segment) in remarks.components(separatedBy: "; ").enumerated() {
            if let range = segment.range(of: "Equity Ticker "),
               let ticker = Ticker.parse(String(segment[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ". \""))) {
                tickers.insert(ticker, for: entry)
            }
            if let range = segment.range(of: "ISIN "),
               let isin = SecurityIdentifier(String(segment[range.upperBound...].prefix(12)), kind: .isin) {
                identifiers.insert(isin, for: entry)
            }
        }
        for (row, holding) in rows.enumerated() {
            if let ticker = Ticker.parse(holding.ticker, exchange: holding.exchange) { tickers.insert(ticker, for: 1_000_000 + row) }
        }
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let isins = rows.indices.map { row in
            let country = ["US", "KY", "HK", "CN", "GB", "JP"][row % 6]
            let isin = IdentifierDerivation.isin(country: country, nationalCode: String((0..<9).map { _ in alphabet.randomElement(using: &random)! }))!
            if row.isMultiple(of: 2) { identifiers.insert(SecurityIdentifier(isin, kind: .isin)!, for: 2_000_000 + row) }
            return isin
        }
        let holdings = (0..<lookups).map { rows[$0 % rows.count] }
        let holdingISINs = (0..<lookups).map { isins[$0 % isins.count] }
        var marketByExchange: [String: Market] = [:]
        for row in rows { marketByExchange[row.exchange] = MarketDirectory.market(exchangeName: row.exchange) }
        let markets = holdings.map { marketByExchange[$0.exchange] }

        print("holdings rows read: \(rows.count); lookups: \(lookups); ticker index \(tickers.count), identifier index \(identifiers.count)")
        report("ticker + exchange name", lookups) { holdings.reduce(0) { $0 &+ tickers.keys(forTicker: $1.ticker, exchange: $1.exchange).count } }
        report("ticker + market resolved once per exchange", lookups) {
            var found = 0
            for index in 0..<lookups { found &+= tickers.keys(forTicker: holdings[index].ticker, market: markets[index]).count }
            return found
        }
        report("ISIN", lookups) { holdingISINs.reduce(0) { $0 &+ identifiers.keys(for: $1, kind: .isin).count } }
        report("ticker + exchange name + ISIN", lookups) {
            var found = 0
            for index in 0..<lookups {
                found &+= tickers.keys(forTicker: holdings[index].ticker, exchange: holdings[index].exchange).count
                found &+= identifiers.keys(for: holdingISINs[index], kind: .isin).count
            }
            return found
        }
    }

    private static func report(_ name: String, _ lookups: Int, _ body: () -> Int) {
        var best = NameIndexBenchmark.Timing(wall: .infinity, cpu: .infinity)
        var found = 0
        for _ in 0..<5 {
            let timing = NameIndexBenchmark.Timing.measure { found = body() }
            if timing.cpu < best.cpu { best = timing }
        }
        print("\(name): \(Int(Double(lookups) / best.cpu)) holdings/s per CPU second, "
            + "\(Int(Double(lookups) / best.wall)) holdings/s wall (\(found) keys found)")
    }
}
