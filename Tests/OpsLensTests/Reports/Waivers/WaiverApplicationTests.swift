@testable import OpsLens
import Testing

@Suite("Applying waivers")
struct WaiverApplicationTests {
    static let holding = HoldingReference(file: "a.csv", line: 5, portfolio: "EM-ASIA", name: "Hikvision",
                                          identifiers: ["isin": "CNE100000PM8", "ticker": "002415"])
    static let finding = Finding(id: "f1", severity: .block, holding: holding,
                                 rule: RuleReference(id: "ns-cmic", title: "NS-CMIC", kind: "no-purchase-or-sale"),
                                 action: "Do not trade.")
    static let other = Finding(id: "f2", severity: .warn, holding: holding,
                               rule: RuleReference(id: "ofac-sdn", title: "SDN", kind: "blocked"), action: "Freeze.")
    static let data = Finding(id: "f3", severity: .data,
                              holding: HoldingReference(file: "a.csv", line: 9, portfolio: "EM-ASIA", name: "??"),
                              action: "Fix the row.")

    static func report() -> ScreeningReport {
        ScreeningReport(run: ReportFixtures.run, findings: [finding, other, data], rejected: [])
    }

    static func waiver(_ id: String, finding: String? = nil, security: String? = nil, rule: String? = nil,
                       approved: CalendarDate = "2026-01-01", expires: CalendarDate = "2026-12-31") -> Waiver {
        Waiver(id: id, findingId: finding, portfolio: security == nil ? nil : "EM-ASIA", security: security, rule: rule,
               justification: "ok", approvedBy: "cco", approvedAt: approved, expiresAt: expires)
    }

    @Test("a waiver in force by fingerprint waives the finding and is attached to it")
    func byFingerprint() throws {
        let waiver = Self.waiver("W1", finding: "F1")
        let result = Self.report().applying([waiver], asOf: "2026-03-31")
        let waived = try #require(result.findings.first)
        #expect(waived.status == .waived)
        #expect(waived.waiver == waiver)
        #expect(result.findings[1].status == .open)
        #expect(result.summary.waived == 1)
        #expect(result.summary.openBySeverity["block"] == nil)
        #expect(result.staleWaivers.isEmpty)
        #expect(!result.fails(.block))
    }

    @Test("portfolio + security + rule match any identifier the holding gave, ignoring case",
          arguments: ["isin:CNE100000PM8", "ticker:002415", "ISIN:cne100000pm8", "name:HIKVISION"])
    func byPortfolioSecurityRule(security: String) {
        let result = Self.report().applying([Self.waiver("W1", security: security, rule: "ns-cmic")], asOf: "2026-03-31")
        #expect(result.findings.map(\.status) == [.waived, .open, .open])
    }

    @Test("a different portfolio, rule or security does not match")
    func noMatch() {
        var otherPortfolio = Self.waiver("W1", security: "isin:CNE100000PM8", rule: "ns-cmic")
        otherPortfolio.portfolio = "DM-EUROPE"
        let waivers = [otherPortfolio, Self.waiver("W2", security: "isin:CNE100000PM8", rule: "nbim"),
                       Self.waiver("W3", security: "cusip:CNE100000PM8", rule: "ns-cmic")]
        let result = Self.report().applying(waivers, asOf: "2026-03-31")
        #expect(result.findings.allSatisfy { $0.status == .open })
        #expect(result.staleWaivers.map(\.id) == ["W1", "W2", "W3"])
    }

    @Test("rule `data` names data findings")
    func dataFindings() {
        let result = Self.report().applying([Self.waiver("W1", security: "name:??", rule: "data")], asOf: "2026-03-31")
        #expect(result.findings.map(\.status) == [.open, .open, .waived])
    }

    @Test("an expired waiver does not apply: the finding stays open with a note, and the waiver is not stale")
    func expired() throws {
        let result = Self.report().applying([Self.waiver("W1", finding: "f1", expires: "2026-03-30")], asOf: "2026-03-31")
        let finding = try #require(result.findings.first)
        #expect(finding.status == .open)
        #expect(finding.waiver == nil)
        #expect(finding.notes == ["Waiver W1 expired on 2026-03-30; the finding is open again as of 2026-03-31."])
        #expect(result.staleWaivers.isEmpty)
        #expect(result.fails(.block))
    }

    @Test("a waiver applies through its expiry date")
    func expiryDayInclusive() {
        let result = Self.report().applying([Self.waiver("W1", finding: "f1", expires: "2026-03-31")], asOf: "2026-03-31")
        #expect(result.findings[0].status == .waived)
    }

    @Test("a waiver approved after the as-of date does not apply to a replay of that date")
    func approvedLater() {
        let result = Self.report().applying([Self.waiver("W1", finding: "f1", approved: "2026-04-02")], asOf: "2026-03-31")
        #expect(result.findings[0].status == .open)
        #expect(result.findings[0].notes?.first?.contains("approved on 2026-04-02, after the as-of date") == true)
    }

    @Test("of several matching waivers, one in force wins over an expired one, and the latest expiry is attached")
    func several() {
        let waivers = [Self.waiver("old", finding: "f1", expires: "2026-02-01"),
                       Self.waiver("short", finding: "f1", expires: "2026-06-30"),
                       Self.waiver("long", finding: "f1", expires: "2026-09-30")]
        let result = Self.report().applying(waivers, asOf: "2026-03-31")
        #expect(result.findings[0].status == .waived)
        #expect(result.findings[0].waiver?.id == "long")
        #expect(result.findings[0].notes == nil)
        #expect(result.staleWaivers.isEmpty)
    }

    @Test("waivers that match nothing are returned as stale")
    func stale() {
        let result = Self.report().applying([Self.waiver("gone", finding: "deadbeef")])
        #expect(result.staleWaivers.map(\.id) == ["gone"])
        #expect(result.findings.allSatisfy { $0.status == .open })
    }

    @Test("the as-of date defaults to the run's")
    func defaultsToRunDate() {
        // The fixture run is as of 2026-03-31.
        let result = Self.report().applying([Self.waiver("W1", finding: "f1", expires: "2026-03-30")])
        #expect(result.findings[0].status == .open)
    }

    @Test("applying waivers anew replaces the earlier ones: a lifted waiver opens its finding again")
    func reapplying() {
        let waived = Self.report().applying([Self.waiver("W1", finding: "f1")], asOf: "2026-03-31")
        let expired = waived.applying([Self.waiver("W1", finding: "f1", expires: "2026-03-01")], asOf: "2026-03-31")
        #expect(expired.findings[0].status == .open)
        #expect(expired.summary.open == 3)
        let removed = waived.applying([], asOf: "2026-03-31")
        #expect(removed.findings[0].status == .open)
        #expect(removed.findings[0].waiver == nil)
    }

    @Test("applying the same waivers twice gives the same report")
    func idempotent() {
        let waivers = [Self.waiver("W1", finding: "f1", expires: "2026-03-01"), Self.waiver("W2", finding: "f2"),
                       Self.waiver("W3", finding: "nothing")]
        let once = Self.report().applying(waivers, asOf: "2026-03-31")
        #expect(once.applying(waivers, asOf: "2026-03-31") == once)
    }

    @Test("applies thousands of waivers by fingerprint to thousands of findings, each to its own")
    func many() {
        let findings = (0..<5_000).map { index in
            Finding(id: "f\(index)", severity: .block, holding: Self.holding, action: "")
        }
        let waivers = (0..<5_000).filter { $0 % 2 == 0 }.map { Self.waiver("W\($0)", finding: "F\($0)") }
            + [Self.waiver("gone", finding: "nothing")]
        let result = ScreeningReport(run: ReportFixtures.run, findings: findings, rejected: []).applying(waivers, asOf: "2026-03-31")
        #expect(result.summary.waived == 2_500)
        #expect(result.findings[4_000].waiver?.id == "W4000")
        #expect(result.findings[4_001].status == .open)
        #expect(result.staleWaivers.map(\.id) == ["gone"])
    }
}
