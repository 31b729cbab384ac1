import Testing
@testable import OpsLens

@Suite("Pre-trade decisions")
struct PreTradeCheckTests {
    typealias Verdict = Decision.Verdict

    /// The semantics table of issue 13 on SenseTime's NS-CMIC dates (listed 2021-12-10, effective
    /// 2022-02-08, divestment date 2022-12-10): BUY, SELL, SHORT, COVER, REINVEST.
    static let table: [(date: String, verdicts: [Verdict], divestment: Bool)] = [
        ("2021-12-09", [.allow, .allow, .allow, .allow, .allow], false),  // not yet listed
        ("2021-12-10", [.warn, .warn, .warn, .warn, .warn], false),       // listed, before the effective date
        ("2022-02-07", [.warn, .warn, .warn, .warn, .warn], false),
        ("2022-02-08", [.block, .allow, .block, .allow, .block], true),   // purchases blocked, sales to divest
        ("2022-12-10", [.block, .allow, .block, .allow, .block], true),   // the divestment date, inclusive
        ("2022-12-11", [.block, .block, .block, .block, .block], false),  // after it: both sides
    ]
    static let sides: [Order.Side] = [.buy, .sell, .short, .cover, .reinvest]

    @Test("NS-CMIC on SenseTime's dates, for every side", arguments: table)
    func nsCMICTable(date: String, verdicts: [Verdict], divestment: Bool) throws {
        let check = PreTradeFixtures.check(on: date)
        for (side, expected) in zip(Self.sides, verdicts) {
            let decision = check.decide(try PreTradeFixtures.order("\(side.rawValue) 1000 0020 HK"))
            #expect(decision.verdict == expected, "\(side) on \(date): \(decision.reason)")
            let sale = side == .sell || side == .cover
            #expect(decision.divestment == (divestment && sale), "\(side) on \(date): \(decision.reason)")
            if expected != .allow || date != "2021-12-09" {
                let resolved = try #require(decision.resolved.first, "\(side) on \(date)")
                #expect(resolved.rule == "ns-cmic")
                #expect(resolved.entity.id == "ofac-consolidated:33114")
                #expect(resolved.effectiveDate == "2022-02-08" && resolved.divestmentDate == "2022-12-10")
                #expect(decision.findings.contains { $0.rule?.id == "ns-cmic" })
            } else {
                #expect(decision.findings.isEmpty)
            }
        }
    }

    @Test("every ticker notation of 0020 resolves to the same decision")
    func tickerNotations() throws {
        let check = PreTradeFixtures.check(on: "2022-03-01")
        for security in ["0020 HK", "0020.HK", "XHKG:20", "HKG:0020", "20 HK Equity"] {
            #expect(check.decide(try PreTradeFixtures.order("BUY 10 \(security)")).verdict == .block, "\(security)")
        }
    }

    @Test("an issuer owned 60% by a blocked person is blocked on both sides, with the ownership path")
    func sdnOwnedFiftyPercent() throws {
        let book = try RuleBookLoader.load(rulesDirectory: try PreTradeFixtures.sdnFolder())
        let check = PreTradeCheck(engine: ScreeningEngine(book: book), asOf: CalendarDate(iso: "2022-03-01")!)
        for side in PreTradeCheckTests.sides {
            let decision = check.decide(try PreTradeFixtures.order("\(side.rawValue) 100 KYG0PTEST021"))
            #expect(decision.verdict == .block, "\(side): \(decision.reason)")
            let resolved = try #require(decision.resolved.first)
            #expect(resolved.method == "ownership")
            #expect(resolved.entity.id == "test-sdn:9001")
            #expect(decision.reason.contains("owned 50% or more"))
        }
        #expect(check.decide(try PreTradeFixtures.order("SELL 100 KYG0PTEST013")).verdict == .block)
        // Before the listing date, nothing applies.
        let early = PreTradeCheck(engine: ScreeningEngine(book: book), asOf: CalendarDate(iso: "2020-01-14")!)
        #expect(early.decide(try PreTradeFixtures.order("BUY 100 KYG0PTEST021")).verdict == .allow)
    }

    @Test("a name-only order is never allowed on a name match: blocked when the name is exact and distinctive, with the evidence")
    func nameOnlyOrder() throws {
        let check = PreTradeFixtures.check(on: "2022-03-01")
        // Issue #11's evidence model: the exact, distinctive name of the curated HKEX issuer with its legal
        // form is a violation; a name that is not exact goes to review.
        let decision = check.decide(try PreTradeFixtures.order("BUY 100 \"SenseTime Group Inc\""))
        #expect(decision.verdict == .block, "\(decision.reason)")
        let resolved = try #require(decision.resolved.first)
        #expect(resolved.method.hasPrefix("name") || resolved.method == "curated")
        #expect(decision.findings.first?.match?.notes.contains { $0.hasPrefix("agreed: legal form inc on both") } == true)
        let inexact = check.decide(try PreTradeFixtures.order("BUY 100 \"SenseTime Group Holdings Inc\""))
        #expect(inexact.verdict == .review, "\(inexact.reason)")
        #expect(inexact.reason.contains("if confirmed: block"))
        // A name that matches nothing is allowed and says so.
        let unknown = check.decide(try PreTradeFixtures.order("BUY 100 \"Acme Widgets Corporation\""))
        #expect(unknown.verdict == .allow)
        #expect(unknown.reason.contains("no list entry matched the name"))
    }

    @Test("in-house no-purchase: buys blocked, sales allowed, controlled subsidiaries included")
    func inHouseRule() throws {
        let check = PreTradeFixtures.check(on: "2025-06-30")
        #expect(check.decide(try PreTradeFixtures.order("BUY 10 \"EXAMPLE HOLDINGS PLC\"")).verdict == .block)  // exact, distinctive
        let decision = check.decide(Order(side: .sell, quantity: 10, security: "EXAMPLE HOLDINGS PLC", isName: true))
        #expect(decision.verdict == .allow, "\(decision.reason)")
    }

    @Test("a sale of more than the portfolio holds, or of a security it does not hold, is flagged")
    func portfolioOverSell() throws {
        let holdings = try HoldingsReader().readAll(TestFiles.repository("Portfolios/custodian-global-equity.csv")).holdings
        let positions = Positions(holdings: holdings)
        let check = PreTradeFixtures.check(on: "2026-01-05", positions: positions)
        let within = check.decide(try PreTradeFixtures.order("SELL 100000 US0378331005 account=GLOBAL-EQ-01"))
        #expect(within.verdict == .allow)
        #expect(within.position?.held == 120_000)
        let over = check.decide(try PreTradeFixtures.order("SELL 150000 037833100 account=GLOBAL-EQ-01"))
        #expect(over.verdict == .review)
        #expect(over.reason.contains("holds 120000"))
        let notHeld = check.decide(try PreTradeFixtures.order("SELL 10 US0378331005 account=GLOBAL-EQ-02"))
        #expect(notHeld.verdict == .review)
        #expect(notHeld.reason.contains("does not hold"))
        // Buys are not position-checked.
        #expect(check.decide(try PreTradeFixtures.order("BUY 10 US0378331005 account=GLOBAL-EQ-02")).position == nil)
    }

    @Test("in the divestment window, selling beyond the position is no divestment: blocked")
    func overSellInDivestmentWindow() throws {
        let holdings = try HoldingsReader().readAll(TestFiles.repository("Portfolios/custodian-global-equity.csv")).holdings
        let sensetime = try #require(holdings.first { $0.ticker == "20" })
        let check = PreTradeFixtures.check(on: "2022-06-30", positions: Positions(holdings: holdings))
        let held = try #require(sensetime.quantity)
        let exact = check.decide(try PreTradeFixtures.order("SELL \(Int(held)) 0020 HK account=\(sensetime.portfolio)"))
        #expect(exact.verdict == .allow && exact.divestment, "\(exact.reason)")
        let over = check.decide(try PreTradeFixtures.order("SELL \(Int(held) + 1) 0020 HK account=\(sensetime.portfolio)"))
        #expect(over.verdict == .block, "\(over.reason)")
        #expect(!over.divestment)
    }

    @Test("an override in force turns a block into allow and is named; an expired one does nothing")
    func overrides() throws {
        let file = try OverrideFile(yaml: """
            schema: opslens.overrides/v1
            overrides:
              - id: OVR-1
                order: T-42
                reason: Trade agreed with OFAC licence 2022-17.
                approvedBy: cco@example.com
                approvedAt: 2022-03-01
                expires: 2022-03-31
              - id: OVR-2
                portfolio: GLOBAL-EQ-02
                security: "ticker:20 XHKG"
                rule: ns-cmic
                reason: Index rebalancing exception.
                approvedBy: cco@example.com
                approvedAt: 2022-03-01
                expires: 2022-03-15
            """, path: "overrides.yaml")
        #expect(file.overrides.map(\.id) == ["OVR-1", "OVR-2"])
        let inForce = PreTradeFixtures.check(on: "2022-03-10", overrides: file.overrides)
        let byId = inForce.decide(try PreTradeFixtures.order("BUY 10 0020 HK id=T-42"))
        #expect(byId.verdict == .allow)
        #expect(byId.overrides.map(\.id) == ["OVR-1"])
        #expect(byId.reason.contains("overridden by OVR-1"))
        #expect(byId.resolved.first?.overriddenBy == "OVR-1")
        let byKey = inForce.decide(try PreTradeFixtures.order("BUY 10 0020 HK account=GLOBAL-EQ-02"))
        #expect(byKey.verdict == .allow && byKey.overrides.map(\.id) == ["OVR-2"], "\(byKey.reason)")
        // Another portfolio is not covered.
        #expect(inForce.decide(try PreTradeFixtures.order("BUY 10 0020 HK account=GLOBAL-EQ-01")).verdict == .block)

        let expired = PreTradeFixtures.check(on: "2022-03-20", overrides: file.overrides)
        let after = expired.decide(try PreTradeFixtures.order("BUY 10 0020 HK account=GLOBAL-EQ-02"))
        #expect(after.verdict == .block)
        #expect(after.overrides.isEmpty)
        #expect(after.findings.first?.notes?.contains { $0.contains("OVR-2 expired on 2022-03-15") } == true)
        let notYet = PreTradeFixtures.check(on: "2022-02-28", overrides: file.overrides)
        #expect(notYet.decide(try PreTradeFixtures.order("BUY 10 0020 HK id=T-42 date=2022-02-28")).verdict == .block)
    }

    @Test("the trade date of an order wins over the check's as-of date")
    func tradeDate() throws {
        let check = PreTradeFixtures.check(on: "2021-12-01")
        let decision = check.decide(try PreTradeFixtures.order("SELL 10 0020 HK date=2022-12-11"))
        #expect(decision.tradeDate.description == "2022-12-11")
        #expect(decision.verdict == .block)
    }
}
