import Foundation
import Testing
@testable import OpsLens

@Suite("A holding's values in one storage")
struct HoldingTests {
    static let repair = Repair(field: .sedol, original: "B0YBKJ", repaired: "0B0YBKJ", reason: "leading zeros restored")

    static func sample() -> Holding {
        Holding(file: "Portfolios/ß-fund.csv", line: 12, portfolio: "Fund Ω", name: "SENSETIME GROUP INC-CLASS B",
                ticker: "20", isin: "KYG8062F1006", sedol: "BP8RT40", mic: "XHKG", exchange: "Hong Kong Exchanges And Clearing Ltd",
                quantity: 1_000, marketValue: -12.5, weight: nil, currency: "HKD", location: "China", assetClass: "Equity",
                repairs: [repair])
    }

    @Test("gives back every value it was made with, absent ones as nil and empty ones as empty")
    func givesBackEveryValue() {
        var holding = Self.sample()
        #expect(holding.file == "Portfolios/ß-fund.csv")
        #expect(holding.line == 12)
        #expect(holding.portfolio == "Fund Ω")
        #expect(holding.name == "SENSETIME GROUP INC-CLASS B")
        #expect(holding.ticker == "20" && holding.isin == "KYG8062F1006" && holding.sedol == "BP8RT40")
        #expect(holding.cusip == nil && holding.figi == nil && holding.lei == nil)
        #expect(holding.mic == "XHKG" && holding.exchange == "Hong Kong Exchanges And Clearing Ltd")
        #expect(holding.quantity == 1_000 && holding.marketValue == -12.5 && holding.weight == nil)
        #expect(holding.currency == "HKD" && holding.location == "China" && holding.assetClass == "Equity")
        #expect(holding.repairs == [Self.repair])
        holding.cusip = ""
        #expect(holding.cusip == "")
    }

    @Test("changes only the copy that is set, values and repairs alike")
    func changesOnlyTheCopyThatIsSet() {
        let original = Self.sample()
        var changed = original
        changed.name = "SENSETIME GROUP INC"
        changed.line += 3
        changed.weight = 0.25
        changed.ticker = nil
        changed.repairs.append(Repair(field: .ticker, original: "0020", repaired: "20", reason: "canonical form"))
        #expect(original == Self.sample())
        #expect(original.name == "SENSETIME GROUP INC-CLASS B" && original.line == 12 && original.weight == nil)
        #expect(original.ticker == "20" && original.repairs.count == 1)
        #expect(changed.name == "SENSETIME GROUP INC" && changed.line == 15 && changed.weight == 0.25)
        #expect(changed.ticker == nil && changed.repairs.count == 2 && changed.repairs[1].original == "0020")
        #expect(changed.isin == original.isin && changed.file == original.file)
        #expect(changed != original)
        changed.repairs = []
        #expect(changed.repairs.isEmpty)
    }

    @Test("encodes as before: plain JSON fields, decoded back to an equal holding with the same hash")
    func encodesAndDecodes() throws {
        let holding = Self.sample()
        let data = try JSONEncoder().encode(holding)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["name"] as? String == "SENSETIME GROUP INC-CLASS B")
        #expect(object["line"] as? Int == 12)
        #expect((object["repairs"] as? [[String: Any]])?.first?["repaired"] as? String == "0B0YBKJ")
        let decoded = try JSONDecoder().decode(Holding.self, from: data)
        #expect(decoded == holding)
        #expect(decoded.hashValue == holding.hashValue)
        #expect(Set([decoded, holding]).count == 1)
    }

    @Test("is built by the reader's builder with the file and portfolio it was made for")
    func isBuiltByTheBuilder() {
        var builder = HoldingBuilder(file: "a/b.csv", portfolio: "b")
        for line in [5, 6] {
            builder.begin(line: line)
            let ticker = Array("t\(line)x".utf8)
            ticker.withUnsafeBufferPointer { builder.setUppercased(.ticker, $0) }
            builder.set(.name, "Name \(line)")
            builder.quantity = Double(line)
            if line == 6 { builder.append(Self.repair) }
            let holding = builder.build()
            #expect(holding.file == "a/b.csv" && holding.portfolio == "b" && holding.line == line)
            #expect(holding.ticker == "T\(line)X" && holding.name == "Name \(line)" && holding.quantity == Double(line))
            #expect(holding.isin == nil && holding.marketValue == nil)
            #expect(holding.repairs == (line == 6 ? [Self.repair] : []))
        }
    }

    @Test("knows the market its MIC names, in any case, and follows changes to the MIC")
    func knowsTheMarketOfItsMIC() throws {
        var holding = Holding(file: "f.csv", line: 2, portfolio: "f", ticker: "20", mic: "xhkg")
        let hongKong = try #require(MarketDirectory.index(mic: "XHKG"))
        #expect(holding.micMarketIndex == hongKong)
        holding.mic = "XNYS"
        #expect(holding.micMarketIndex == MarketDirectory.index(mic: "XNYS"))
        holding.mic = "NOT A MIC"
        #expect(holding.micMarketIndex == nil)
        holding.mic = nil
        #expect(holding.micMarketIndex == nil && holding.mic == nil)
    }

    @Test("is found on its market by ticker when read from a file, as when made by hand")
    func isFoundOnItsMarketWhenRead() throws {
        let file = try TestFiles.temporary("Ticker,Name,Exchange\n0020,SENSETIME GROUP INC,Hong Kong Exchanges And Clearing Ltd\n", name: "hk.csv")
        let read = try #require(try HoldingsReader().readAll(file).holdings.first)
        let byHand = Holding(file: file, line: 2, portfolio: "hk", name: "SENSETIME GROUP INC", ticker: "20", mic: "XHKG",
                             exchange: "Hong Kong Exchanges And Clearing Ltd", repairs: read.repairs)
        #expect(read == byHand)
        #expect(read.micMarketIndex == byHand.micMarketIndex && read.micMarketIndex != nil)
    }

    @Test("falls back to the file's portfolio on a row whose portfolio cell is empty, after rows that had one")
    func fallsBackToTheFilesPortfolio() throws {
        let file = try TestFiles.temporary("Portfolio,Ticker,Name\nFUND-A,AAPL,APPLE INC\n,MSFT,MICROSOFT CORP\nFUND-B,IBM,IBM CORP\n",
                                           name: "book.csv")
        let holdings = try HoldingsReader().readAll(file).holdings
        #expect(holdings.map(\.portfolio) == ["FUND-A", "book", "FUND-B"])
        #expect(holdings.map(\.file) == [file, file, file])
    }
}
