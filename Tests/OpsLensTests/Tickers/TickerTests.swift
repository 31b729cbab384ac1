import Foundation
import Testing
import OpsLens

@Suite("Ticker parsing")
struct TickerTests {
    @Test("notations resolve to one canonical (code, MIC)", arguments: [
        ("0020 HK", nil, "20", "XHKG"),
        ("20 HK Equity", nil, "20", "XHKG"),
        ("0020 hk equity", nil, "20", "XHKG"),
        ("00020 HK", nil, "20", "XHKG"),
        ("0020.HK", nil, "20", "XHKG"),
        ("HKG:0020", nil, "20", "XHKG"),
        ("SEHK:20", nil, "20", "XHKG"),
        ("XHKG:00020", nil, "20", "XHKG"),
        ("700", "Hong Kong Exchanges And Clearing Ltd", "700", "XHKG"),
        ("0700", "Hong Kong Exchanges And Clearing Ltd", "700", "XHKG"),
        ("CHA US", nil, "CHA", "US"),
        ("600760 CH", nil, "600760", "XSHG"),
        ("600760 CN", nil, "600760", "XSHG"),
        ("600760.SS", nil, "600760", "XSHG"),
        ("000598 C2", nil, "000598", "XSHE"),
        ("000768.SZ", nil, "000768", "XSHE"),
        ("002389  CN", nil, "002389", "XSHE"),
        ("603019CN", nil, "603019", "XSHG"),
        ("300474 CN", nil, "300474", "XSHE"),
        ("830799 CH", nil, "830799", "BJSE"),
        ("CNU CN", nil, "CNU", "CA"),
        ("CNU CA", nil, "CNU", "CA"),
        ("TECK/B CN", nil, "TECK/B", "CA"),
        ("ZCHA DE", nil, "ZCHA", "DE"),
        ("K3ED SG", nil, "K3ED", "XSES"),
        ("C1HL34 BR", nil, "C1HL34", "BVMF"),
        ("CHA AR", nil, "CHA", "XBUE"),
        ("CHA RU", nil, "CHA", "MISX"),
        ("2222 AB", nil, "2222", "XSAU"),
        ("1211", "Saudi Stock Exchange", "1211", "XSAU"),
        ("1211", "Hong Kong Exchanges And Clearing Ltd", "1211", "XHKG"),
        ("5930", "Korea Exchange (Stock Market)", "005930", "XKRX"),
        ("005930.KS", nil, "005930", "XKRX"),
        ("\u{A0}0941 HK\u{A0}", nil, "941", "XHKG"),
    ])
    func notations(text: String, exchange: String?, code: String, mic: String) throws {
        let ticker = try #require(Ticker.parse(text, exchange: exchange))
        #expect(ticker.code == code)
        #expect(ticker.market?.mic == mic)
        #expect(ticker.description == "\(mic):\(code)")
    }

    @Test("a ticker with no market is ambiguous and has no key", arguments: ["1211", "AAPL", "BRK.B", "600760"])
    func noMarket(text: String) throws {
        let ticker = try #require(Ticker.parse(text))
        #expect(ticker.market == nil)
        #expect(ticker.key == nil)
        #expect(ticker.description == text)
    }

    @Test("the market named in the text wins over the exchange column")
    func textMarketWins() {
        #expect(Ticker.parse("0020 HK", exchange: "Saudi Stock Exchange")?.market?.mic == "XHKG")
        #expect(Ticker.parse("0020", exchange: "No Such Exchange")?.market == nil)
    }

    @Test("not tickers", arguments: ["", "   ", "FOO:123", "123 ZZ", "TWO WORDS HK", "ABC$", "0000 HK", ":20"])
    func notTickers(text: String) {
        #expect(Ticker.parse(text) == nil)
    }

    @Test("Hong Kong codes lose leading zeros; A-share and Korean codes get them back")
    func codeStyles() throws {
        let hongKong = try #require(MarketDirectory.market(mic: "XHKG"))
        for code in ["0020", "00020", "20"] { #expect(Ticker(code: code, market: hongKong)?.code == "20") }
        let korea = try #require(MarketDirectory.market(mic: "XKRX"))
        let samsung = try #require(Ticker(code: "5930", market: korea))
        #expect(samsung.code == "005930")
        #expect(samsung.restoredLeadingZeros)
        #expect(Ticker(code: "005930", market: korea)?.restoredLeadingZeros == false)
        #expect(Ticker.parse("660", exchange: "Korea Exchange (Stock Market)")?.code == "000660")
        #expect(Ticker.parse("35420", exchange: "Korea Exchange (Stock Market)")?.code == "035420")
    }

    @Test("venues of one country share a key; BYD and Ma'aden do not")
    func keys() throws {
        let bloomberg = try #require(Ticker.parse("CHA US")?.key)
        #expect(Ticker.parse("CHA", exchange: "New York Stock Exchange Inc.")?.key == bloomberg)
        #expect(Ticker.parse("CHA.N")?.key == bloomberg)
        #expect(bloomberg.description == "US:CHA")
        let byd = try #require(Ticker.parse("1211", exchange: "Hong Kong Exchanges And Clearing Ltd")?.key)
        let maaden = try #require(Ticker.parse("1211", exchange: "Saudi Stock Exchange")?.key)
        #expect(byd != maaden)
        #expect(Ticker.parse("000001.SS")?.key != Ticker.parse("000001.SZ")?.key)
    }

    @Test("a ticker round-trips through JSON")
    func codable() throws {
        let ticker = try #require(Ticker.parse("5930", exchange: "Korea Exchange (Stock Market)"))
        let data = try JSONEncoder().encode(ticker)
        #expect(String(decoding: data, as: UTF8.self).contains("\"mic\":\"XKRX\""))
        #expect(try JSONDecoder().decode(Ticker.self, from: data) == ticker)
    }
}
