import Testing
import OpsLens

@Suite("Ticker index")
struct TickerIndexTests {
    static let index: TickerIndex = {
        var index = TickerIndex()
        for (entity, text) in OFACRemarksFixture.values(of: "Equity Ticker") {
            index.insert(Ticker.parse(text)!, for: Int(entity)!)
        }
        index.insert(Ticker.parse("1211", exchange: "Hong Kong Exchanges And Clearing Ltd")!, for: 1)
        index.insert(Ticker.parse("1211", exchange: "Saudi Stock Exchange")!, for: 2)
        return index
    }()

    @Test("OFAC's tickers are found however a holdings file writes them", arguments: [
        ("0728", "Hong Kong Exchanges And Clearing Ltd", 30882),
        ("728", "Hong Kong Exchanges And Clearing Ltd", 30882),
        ("0941.HK", nil, 30923),
        ("HKG:883", nil, 30926),
        ("600760", "Shanghai Stock Exchange", 32056),
        ("768", "Shenzhen Stock Exchange", 32052),
        ("002389 C2", nil, 32084),
        ("CHA", "New York Stock Exchange Inc.", 30882),
        ("1211", "Saudi Stock Exchange", 2),
    ])
    func found(text: String, exchange: String?, entity: Int) {
        #expect(Self.index.keys(forTicker: text, exchange: exchange) == [entity])
    }

    @Test("a ticker without a market finds nothing and cannot be inserted")
    func noMarket() throws {
        #expect(Self.index.keys(forTicker: "1211").isEmpty)
        #expect(Self.index.keys(forTicker: "600760").isEmpty)
        var index = TickerIndex()
        #expect(!index.insert(try #require(Ticker.parse("1211")), for: 3))
        #expect(index.count == 0)
    }

    @Test("the same code on another market finds nothing", arguments: [
        ("600760", "Shenzhen Stock Exchange"), ("0728", "Saudi Stock Exchange"), ("1211", "Tokyo Stock Exchange"),
    ])
    func otherMarket(text: String, exchange: String) {
        #expect(Self.index.keys(forTicker: text, exchange: exchange).isEmpty)
    }

    @Test("lookups by parsed ticker, by market and by exchange name agree")
    func entryPoints() throws {
        let market = try #require(MarketDirectory.market(exchangeName: "Hong Kong Exchanges And Clearing Ltd"))
        let ticker = try #require(Ticker.parse("1211", market: market))
        #expect(Self.index.keys(for: ticker) == [1])
        #expect(Self.index.keys(forTicker: "1211", market: market) == [1])
        #expect(Self.index.keys(forTicker: "01211.HK", market: nil) == [1])
    }
}
