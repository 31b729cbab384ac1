import Foundation
@testable import OpsLens
import Testing

/// The NS-CMIC entries of the Dec 2025 Consolidated list, indexed once for every test here.
private let cmic: (index: ScreeningIndex, entries: [(key: Int, entity: ListEntity)]) = {
    let book = try! RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: [TestFiles.shared("ofac/cons-2025-12")])
    let index = ScreeningIndex(lists: book.lists)
    let entries = index.entries.enumerated().filter { $0.element.entity.programs.contains("CMIC-EO13959") }
        .map { (key: $0.offset, entity: $0.element.entity) }
    return (index, entries)
}()

@Suite("Resolving holdings to list entries")
struct ScreeningIndexTests {
    private func holding(name: String? = nil, ticker: String? = nil, isin: String? = nil, exchange: String? = nil,
                         mic: String? = nil, location: String? = nil) -> Holding {
        Holding(file: "test.csv", line: 2, portfolio: "test", name: name, ticker: ticker, isin: isin, mic: mic,
                exchange: exchange, location: location)
    }

    @Test("finds all 68 NS-CMIC entries of the Dec 2025 list")
    func findsTheCMICEntries() {
        #expect(cmic.entries.count == 68)
    }

    @Test("resolves every NS-CMIC entry from each of its published valid ISINs")
    func resolvesFromEveryValidISIN() {
        var checked = 0
        for (key, entity) in cmic.entries {
            for isin in entity.isins where isin.isValid {
                let keys = cmic.index.identifierMatches(holding(isin: isin.value)).map(\.entityKey)
                #expect(keys.contains(key), "\(isin.value) should resolve to \(entity.name)")
                checked += 1
            }
        }
        // 165 ISIN segments: 2 fail the check digit, 1 is 11 characters long, 2 repeat within their entry.
        #expect(checked == 160)
    }

    @Test("resolves every NS-CMIC entry from each equity ticker written as Bloomberg, RIC and exchange-prefixed codes")
    func resolvesFromEveryTickerThreeWays() throws {
        var checked = 0
        for (key, entity) in cmic.entries {
            for published in entity.equityTickers {
                let ticker = try #require(Ticker.parse(published), "\(published) should parse")
                let market = try #require(ticker.market, "\(published) should have a market")
                var spellings = ["\(market.mic):\(ticker.code)"]
                if let bloomberg = market.bloombergCodes.first { spellings.append("\(ticker.code) \(bloomberg) Equity") }
                if let ric = market.ricSuffixes.first { spellings.append("\(ticker.code).\(ric)") }
                for spelling in spellings {
                    let keys = cmic.index.identifierMatches(holding(ticker: spelling)).map(\.entityKey)
                    #expect(keys.contains(key), "\(spelling) (published \(published)) should resolve to \(entity.name)")
                }
                let local = cmic.index.identifierMatches(holding(ticker: ticker.code, mic: market.mic)).map(\.entityKey)
                #expect(local.contains(key), "\(ticker.code) on \(market.mic) should resolve to \(entity.name)")
                checked += 1
            }
        }
        #expect(checked == 69)
    }

    @Test("never matches a ticker without a market")
    func needsAMarketForTickers() {
        #expect(cmic.index.identifierMatches(holding(ticker: "941")).isEmpty)
        #expect(!cmic.index.identifierMatches(holding(ticker: "941", exchange: "Hong Kong Exchanges And Clearing Ltd",
                                                      mic: "XHKG")).isEmpty)
    }

    @Test("does not flag the AVIC look-alikes but finds the six listed AVIC subsidiaries", arguments: [
        ("AVICHINA INDUSTRY & TECHNOLOGY LTD", "2357", "XHKG", false), ("AVICOPTER PLC A", "600038", "XSHG", false),
        ("AVIC XI'AN AIRCRAFT INDUSTRY GROUP COMPANY LTD", "000768", "XSHE", true),
        ("AVIC HEAVY MACHINERY CO LTD A", "600765", "XSHG", true), ("AVIC JONHON OPTRONIC TECHNOLOGY CO LTD", "002179", "XSHE", true),
        ("AVIC SHENYANG AIRCRAFT CO LTD A", "600760", "XSHG", true), ("AVIC AVIATION HIGH-TECHNOLOGY CO LTD", "600862", "XSHG", true),
        ("JIANGXI HONGDU AVIATION INDUSTRY CO LTD", "600316", "XSHG", true),
    ])
    func handlesTheAVICTrap(name: String, ticker: String, mic: String, listed: Bool) {
        let subject = holding(name: name, ticker: ticker, mic: mic, location: "China")
        let matches = cmic.index.resolve(subject)
        let confirmed = matches.filter { !$0.needsReview && cmic.index[$0.entityKey].entity.programs.contains("CMIC-EO13959") }
        #expect(confirmed.isEmpty == !listed, "\(name): \(matches.map { cmic.index[$0.entityKey].entity.name })")
    }

    @Test("matches a weak alias only as the whole name")
    func matchesWeakAliasesExactly() throws {
        let book = try RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: [TestFiles.shared("ofac/sdn-2021-07")])
        let index = ScreeningIndex(lists: book.lists)
        let acronym = index.resolve(holding(name: "PPL"))
        #expect(acronym.contains { $0.method == .weakAlias && index[$0.entityKey].entity.name == "PETROPARS LTD." })
        let company = index.resolve(holding(name: "PPL CORP", ticker: "PPL", mic: "XNYS"))
        #expect(!company.contains { index[$0.entityKey].entity.name == "PETROPARS LTD." })
    }

    @Test("drops a name of common words that the country contradicts; reviews an exact name with a rare word, never blocks")
    func contradictedNames() throws {
        let book = try RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: [TestFiles.shared("ofac/sdn-2021-07")])
        let index = ScreeningIndex(lists: book.lists)
        let industrial = index.resolve(holding(name: "INDUSTRIAL BANK LTD A", ticker: "601166", mic: "XSHG", location: "China"))
        #expect(!industrial.contains { index[$0.entityKey].entity.sourceID == "17243" }, "the Syrian Industrial Bank")
        let nameOnly = index.resolve(holding(name: "INDUSTRIAL BANK"))
        #expect(nameOnly.contains { index[$0.entityKey].entity.sourceID == "17243" }, "with no fact against it, the name is found")
        let carvana = index.resolve(holding(name: "CARVANA CLASS A", ticker: "CVNA", mic: "XNYS", location: "United States"))
        let iranian = try #require(carvana.first { index[$0.entityKey].entity.name == "CARVANA COMPANY" })
        #expect(iranian.needsReview)
        #expect(iranian.notes.contains { $0.hasPrefix("contradicted: the holding is in US") })
        #expect(iranian.notes.contains { $0.hasPrefix("distinctive name: carvana") })
    }

    @Test("blocks an exact distinctive name held in the entry's currency, and says which facts agreed")
    func blocksBackedNames() throws {
        let book = try RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: [TestFiles.shared("ofac/cons-2025-12")])
        let index = ScreeningIndex(lists: book.lists)
        var row = holding(name: "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD-A")
        row.currency = "CNY"
        let match = try #require(index.resolve(row).first)
        #expect(!match.needsReview)
        #expect(match.notes.contains { $0.hasPrefix("agreed: currency CNY ⇒ CN, where the list entry is; legal form ltd on both") })
        row.currency = "JPY"
        #expect(index.resolve(row).allSatisfy { $0.needsReview } || index.resolve(row).isEmpty)
    }
}
