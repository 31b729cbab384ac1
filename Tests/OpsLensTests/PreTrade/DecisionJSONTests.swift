import Foundation
import Testing
@testable import OpsLens

@Suite("Decisions written as JSON lines, byte for byte as JSONEncoder writes them")
struct DecisionJSONTests {
    static func expectSame(_ decision: Decision, _ comment: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try JSONWriterTests.encoded(decision)
        #expect(decision.jsonLine == expected, "\(comment)", sourceLocation: sourceLocation)
    }

    @Test("real decisions: NS-CMIC on every date and side, tickers, ISINs, names, nothing matched, bad securities")
    func realDecisions() throws {
        let orders = ["0020 HK", "XHKG:20", "US0378331005", "037833100", "\"SenseTime Group\"", "\"Nobody Ltd\"", "KYG0PTEST013"]
        for (date, _, _) in PreTradeCheckTests.table {
            let check = PreTradeFixtures.check(on: date)
            for side in Order.Side.allCases {
                for security in orders {
                    let order = try PreTradeFixtures.order("\(side.rawValue) 1,000.5 \(security) id=T-\"1\" price=4.25 currency=hkd")
                    try Self.expectSame(check.decide(order), "\(side) \(security) on \(date)")
                }
            }
        }
        let unresolvable = Order(side: .buy, quantity: 1, security: "US0378331006")
        try Self.expectSame(PreTradeFixtures.check(on: "2022-06-30").decide(unresolvable))
    }

    @Test("SDN 50%-owned, an over-sale against a portfolio, overrides in force and expired")
    func richDecisions() throws {
        let book = try RuleBookLoader.load(rulesDirectory: try PreTradeFixtures.sdnFolder())
        let sdn = PreTradeCheck(engine: ScreeningEngine(book: book), asOf: CalendarDate(iso: "2022-03-01")!)
        for isin in ["KYG0PTEST013", "KYG0PTEST021"] {
            try Self.expectSame(sdn.decide(try PreTradeFixtures.order("SELL 5 \(isin)")), isin)
        }
        let holdings = try HoldingsReader().readAll(TestFiles.repository("Portfolios/custodian-global-equity.csv")).holdings
        let positions = PreTradeFixtures.check(on: "2022-06-30", positions: Positions(holdings: holdings))
        for order in ["SELL 1 0020 HK", "SELL 99999999 0020 HK", "SELL 150000 037833100 account=GLOBAL-EQ-01", "COVER 3 US0378331005"] {
            try Self.expectSame(positions.decide(try PreTradeFixtures.order(order)), order)
        }
        let overrides = [
            OrderOverride(id: "OVR-1", orderId: "T-42", reason: "licence \"2022-17\"\n", approvedBy: "cco@example.com",
                          approvedAt: "2022-03-01", expiresAt: "2022-03-31"),
            OrderOverride(id: "OVR-2", portfolio: "GLOBAL-EQ-02", security: "ticker:20 XHKG", rule: "ns-cmic",
                          reason: "rebalancing", approvedBy: "cco", approvedAt: "2022-03-01", expiresAt: "2022-03-15"),
        ]
        for date in ["2022-03-10", "2022-03-20", "2022-02-28"] {
            let check = PreTradeFixtures.check(on: date, overrides: overrides)
            for order in ["BUY 10 0020 HK id=T-42", "BUY 10 0020 HK account=GLOBAL-EQ-02"] {
                try Self.expectSame(check.decide(try PreTradeFixtures.order(order)), "\(order) on \(date)")
            }
        }
    }

    /// A decision with every optional field set and awkward text everywhere.
    static var everyField: Decision {
        let text = "Ж\u{0}\"\\/\t\n\r\u{1F}\u{7F}\u{2028}\u{200F}😀 <script>"
        let entity = EntityReference(id: "list:1\(text)", sourceId: "1", name: text, list: "list")
        let finding = Finding(
            id: text, severity: .review, status: .waived,
            holding: HoldingReference(file: text, line: 7, portfolio: text, name: text,
                                      identifiers: ["isin": "US0378331005", "ticker": text, "cusip": "037833100"],
                                      quantity: 1e20, marketValue: 0.1, currency: "HKD"),
            entity: entity, rule: RuleReference(id: "r", title: text, kind: "no-purchase"),
            match: MatchExplanation(method: "name-fuzzy", score: 2.0 / 3, matchedName: text, path: [text, "b"], notes: [text]),
            provenance: FindingProvenance(publisher: text, authority: "a", program: "p", sourceUrl: "https://x/y?z=1",
                                          listingDate: "2021-12-10", effectiveDate: "2022-02-08", divestmentDate: "2022-12-10",
                                          phase: "divestment-window"),
            action: text,
            waiver: Waiver(id: "W", findingId: "f", portfolio: "p", security: "s", rule: "r", justification: text,
                           approvedBy: "b", approvedAt: "2022-01-01", expiresAt: "2022-02-01"),
            change: .new, notes: [text, ""], firstSeen: "2022-01-01")
        let override = OrderOverride(id: "O", orderId: "T", portfolio: "p", security: "s", rule: "r", reason: text,
                                     approvedBy: text, approvedAt: "2022-01-01", expiresAt: "2023-01-01")
        let resolution = Decision.Resolution(entity: entity, rule: "r", restriction: "no-purchase", phase: "p",
                                             listingDate: "2021-12-10", effectiveDate: "2022-02-08", divestmentDate: "2022-12-10",
                                             method: "isin", score: 1, verdict: .allow, divestment: true, reason: text,
                                             overriddenBy: "O")
        return Decision(order: Order(side: .short, quantity: 0.5, security: text, isName: true, portfolio: text, id: text,
                                     tradeDate: CalendarDate(iso: "2022-06-30"), price: 1e-7, currency: text),
                        tradeDate: CalendarDate(iso: "2022-06-30")!, verdict: .review, reason: text, divestment: true,
                        resolved: [resolution, resolution], findings: [finding, finding], overrides: [override],
                        position: PositionCheck(held: 5, selling: 7.25, lines: [text, "f:2"]))
    }

    @Test("a decision with every field set and control characters, quotes, slashes and Unicode in every text")
    func everyFieldSet() throws {
        try Self.expectSame(Self.everyField)
    }

    /// If a type gains a field, the fixture above leaves it `nil` and this fails: then set it there
    /// and write it in `Decision+JSON.swift` or `Finding+JSON.swift`.
    @Test("the every-field decision really sets every optional field of every type it holds")
    func fixtureIsComplete() {
        func nils(in value: Any, path: String) -> [String] {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                guard let wrapped = mirror.children.first?.value else { return [path] }
                return nils(in: wrapped, path: path)
            }
            guard mirror.displayStyle == .struct || mirror.displayStyle == .collection else { return [] }
            return mirror.children.enumerated().flatMap { index, child in
                nils(in: child.value, path: path + "." + (child.label ?? "\(index)"))
            }
        }
        #expect(nils(in: Self.everyField, path: "decision") == [])
    }

    @Test("an error line: decision, error and line")
    func errorLine() throws {
        struct Failure: Encodable {
            var decision = "error"
            var error: String
            var line: Int
        }
        var json = JSONWriter()
        Decision.writeError("standard input:3: \"x\"\t", line: 3, to: &json)
        #expect(json.text == (try JSONWriterTests.encoded(Failure(error: "standard input:3: \"x\"\t", line: 3))))
    }
}
