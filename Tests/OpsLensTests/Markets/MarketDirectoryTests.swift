import Foundation
import Testing
@testable import OpsLens

@Suite("Market directory")
struct MarketDirectoryTests {
    @Test("exchange names as iShares writes them", arguments: [
        ("Hong Kong Exchanges And Clearing Ltd", "XHKG", Market.CodeStyle.hongKong),
        ("Shanghai Stock Exchange", "XSHG", .sixDigits),
        ("Shenzhen Stock Exchange", "XSHE", .sixDigits),
        ("Korea Exchange (Stock Market)", "XKRX", .sixDigits),
        ("Korea Exchange (Kosdaq)", "XKOS", .sixDigits),
        ("New York Stock Exchange Inc.", "XNYS", .verbatim),
        ("Saudi Stock Exchange", "XSAU", .verbatim),
        ("XBSP", "BVMF", .verbatim),
        ("  hong kong exchanges and clearing ltd ", "XHKG", .hongKong),
        ("XHKG", "XHKG", .hongKong),
    ])
    func exchangeNames(name: String, mic: String, style: Market.CodeStyle) throws {
        let market = try #require(MarketDirectory.market(exchangeName: name))
        #expect(market.mic == mic)
        #expect(market.codeStyle == style)
    }

    @Test("every exchange named in the real iShares files is known", arguments: [
        "ishares_ACWI_2022-03-10.csv", "ishares_EEM_2022-03_excel-resaved.csv",
    ])
    func everyHoldingsExchangeIsKnown(file: String) throws {
        let names = try HoldingsExchangeColumn.values(in: file)
        #expect(names.count > 25)
        let unknown = names.filter { $0 != "-" && !$0.isEmpty && MarketDirectory.market(exchangeName: $0) == nil }
        #expect(unknown.isEmpty, "unknown exchanges: \(unknown)")
    }

    @Test("Bloomberg codes, RIC suffixes and MICs", arguments: [
        ("HK", "HK", "XHKG"), ("C1", "SS", "XSHG"), ("C2", "SZ", "XSHE"), ("KS", "KS", "XKRX"),
        ("LN", "L", "XLON"), ("JT", "T", "XTKS"), ("UN", "N", "XNYS"), ("UW", "O", "XNAS"),
    ])
    func codes(bloomberg: String, ric: String, mic: String) {
        #expect(MarketDirectory.market(bloombergCode: bloomberg)?.mic == mic)
        #expect(MarketDirectory.market(ricSuffix: ric)?.mic == mic)
        #expect(MarketDirectory.market(mic: mic.lowercased())?.mic == mic)
    }

    @Test("country composites share a ticker scope with their venues")
    func composites() throws {
        let us = try #require(MarketDirectory.market(bloombergCode: "US"))
        #expect(us.isComposite)
        #expect(us.tickerScope == "US")
        #expect(MarketDirectory.market(mic: "XNYS")?.tickerScope == "US")
        #expect(MarketDirectory.market(mic: "XNAS")?.tickerScope == "US")
        #expect(MarketDirectory.market(mic: "XHKG")?.tickerScope == "XHKG")
        #expect(MarketDirectory.market(mic: "XSHG")?.tickerScope != MarketDirectory.market(mic: "XSHE")?.tickerScope)
    }

    @Test("MICs, Bloomberg codes and RIC suffixes are unique within their tables")
    func uniqueness() {
        let all = MarketDirectory.all
        #expect(Set(all.map(\.mic)).count == all.count)
        let bloomberg = all.flatMap(\.bloombergCodes)
        #expect(Set(bloomberg).count == bloomberg.count)
        let ric = all.flatMap(\.ricSuffixes)
        #expect(Set(ric).count == ric.count)
    }
}

/// The Exchange column of a real iShares holdings file in `../shared/data/holdings/`.
enum HoldingsExchangeColumn {
    static func values(in file: String) throws -> Set<String> {
        let url = OFACRemarksFixture.folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("holdings/\(file)")
        let data = try Data(contentsOf: url)
        let parser = CSVParser(delimiter: UInt8(ascii: ","))
        var batch = CSVRecordBatch()
        data.withUnsafeBytes { parser.parse($0, into: &batch) }
        _ = parser.finish(into: &batch)
        var exchange: Int?
        var names: Set<String> = []
        for record in batch.records {
            let fields = (record.firstField..<record.firstField + record.fieldCount).map { field in
                batch.withField(field) { String(decoding: $0, as: UTF8.self) }
            }
            if let exchange, fields.count > exchange { names.insert(fields[exchange]) }
            if exchange == nil, fields.first?.replacingOccurrences(of: "\u{FEFF}", with: "") == "Ticker" { exchange = fields.firstIndex(of: "Exchange") }
        }
        return names
    }
}

@Suite("Market values")
struct MarketValueTests {
    @Test("a market decoded from JSON equals the directory's and still resolves tickers")
    func decodedMarket() throws {
        let hongKong = try #require(MarketDirectory.market(mic: "XHKG"))
        let decoded = try JSONDecoder().decode(Market.self, from: JSONEncoder().encode(hongKong))
        #expect(decoded == hongKong)
        #expect(!String(decoding: try JSONEncoder().encode(hongKong), as: UTF8.self).contains("directoryIndex"))
        #expect(Ticker.parse("0020", market: decoded)?.description == "XHKG:20")
        #expect(Ticker(code: "00020", market: decoded)?.key == Ticker.parse("20 HK")?.key)
    }
}
