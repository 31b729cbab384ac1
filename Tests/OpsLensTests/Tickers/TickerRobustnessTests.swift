import Testing
import OpsLens

@Suite("Ticker parsing on arbitrary text")
struct TickerRobustnessTests {

    static let pieces = ["0020", "20", "0", "600760", "000768", "1211", "CHA", "TECK/B", " ", "  ", ".", ":", "HK", "hk",
                         "CN", "CH", "SS", "SZ", "US", "XHKG", "HKG", "Equity", " Equity", "\u{A0}", "é", "商汤", "-", "/",
                         "\t", "C2", "KS", "5930", "DE", "A", "9", "&", "$", "BRK.B", "TWO", "0941.HK"]

    @Test("20,000 random texts: no crash, and every ticker with a market reads back from its canonical form")
    func randomTexts() {
        var random = SplitMix(state: 2026)
        var withMarket = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...5, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            _ = CodeClassification.classify(text)
            _ = SecurityIdentifier.classify(text)
            guard let ticker = Ticker.parse(text), let key = ticker.key else { continue }
            withMarket += 1
            #expect(!ticker.code.isEmpty, "\(text.debugDescription)")
            #expect(Ticker.parse(ticker.description)?.key == key, "\(text.debugDescription) → \(ticker)")
            #expect(Ticker(code: ticker.code, market: ticker.market!)?.key == key, "\(text.debugDescription) → \(ticker)")
        }
        #expect(withMarket > 500)
    }
}
