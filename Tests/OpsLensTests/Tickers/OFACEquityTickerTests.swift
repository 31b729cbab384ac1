import Testing
import OpsLens

@Suite("Equity tickers published in OFAC's December 2025 consolidated list")
struct OFACEquityTickerTests {
    static let published = OFACRemarksFixture.values(of: "Equity Ticker")

    @Test("all 69 tickers parse to a market")
    func allParse() {
        #expect(Self.published.count == 69)
        for (entity, text) in Self.published {
            let ticker = Ticker.parse(text)
            #expect(ticker?.market != nil, "ent_num \(entity): \(text)")
        }
    }

    @Test("each ticker written the Bloomberg, RIC/Yahoo and exchange-prefixed ways gives the same key")
    func threeNotations() throws {
        for (entity, text) in Self.published {
            let ticker = try #require(Ticker.parse(text), "ent_num \(entity): \(text)")
            let key = try #require(ticker.key)
            for form in try Self.notations(of: ticker) {
                #expect(Ticker.parse(form)?.key == key, "ent_num \(entity): \(text) written \(form)")
            }
        }
    }

    @Test("spot checks", arguments: [
        ("002389  CN", "XSHE:002389"), ("603019CN", "XSHG:603019"), ("941 HK", "XHKG:941"),
        ("0728 HK", "XHKG:728"), ("00883 HK", "XHKG:883"), ("00317  HK", "XHKG:317"),
        ("600760 CN", "XSHG:600760"), ("000768 CN", "XSHE:000768"), ("688981 CN", "XSHG:688981"),
        ("CHA US", "US:CHA"), ("CNU CA", "CA:CNU"), ("ZCHA DE", "DE:ZCHA"),
    ])
    func spotChecks(text: String, canonical: String) {
        #expect(Self.published.contains { $0.value == text })
        #expect(Ticker.parse(text)?.description == canonical)
    }

    /// The ticker written as Bloomberg (`941 HK`), RIC/Yahoo (`0941.HK`) and with an exchange prefix.
    static func notations(of ticker: Ticker) throws -> [String] {
        let market = try #require(ticker.market)
        let venues = MarketDirectory.all.filter { $0.tickerScope == market.tickerScope && !$0.isComposite }
        let venue = market.isComposite ? try #require(venues.first) : market
        let code = ticker.code
        var forms: [String] = []
        switch venue.mic {
        case "XHKG":
            let ric = String(repeating: "0", count: max(0, 4 - code.count)) + code
            forms += ["\(code) HK", "\(ric).HK", "\(code) HK Equity", "HKG:\(ric)", "SEHK:\(code)", "XHKG:0\(ric)"]
        case "XSHG":
            forms += ["\(code) CH", "\(code) C1", "\(code).SS", "SHA:\(code)", "XSHG:\(code)"]
        case "XSHE":
            forms += ["\(code) CH", "\(code) C2", "\(code).SZ", "SHE:\(code)", "XSHE:\(code)"]
        default:
            forms.append("\(code) \(try #require(Self.bloombergCode(of: venue), "no Bloomberg code for \(venue.mic)"))")
            let ric = try #require(venues.lazy.compactMap { Self.ricSuffix(of: $0) }.first, "no RIC suffix for \(venue.mic)")
            forms += ["\(code).\(ric)", "\(venue.mic):\(code)"]
        }
        #expect(forms.count >= 3)
        return forms
    }

    private static func bloombergCode(of market: Market) -> String? {
        ["US", "GR", "CN", "SP", "BZ", "AR", "RM", "HK"].first { MarketDirectory.market(bloombergCode: $0)?.tickerScope == market.tickerScope }
    }

    private static func ricSuffix(of market: Market) -> String? {
        ["N", "O", "DE", "TO", "SI", "SA", "BA", "MM"].first { MarketDirectory.market(ricSuffix: $0)?.mic == market.mic }
    }
}
