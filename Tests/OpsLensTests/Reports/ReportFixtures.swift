@testable import OpsLens

/// Hand-built reports with fixed timestamps and ids, for format goldens and engine tests.
enum ReportFixtures {
    static let run = RunInfo(
        toolVersion: "0.1.0", asOf: "2026-03-31", startedAt: "2026-04-01T08:00:00Z", finishedAt: "2026-04-01T08:00:02Z",
        inputs: [InputStamp(path: "Portfolios/em asia.csv", sha256: String(repeating: "ab", count: 32), rowsRead: 120,
                            holdings: 117, skipped: 1, rejected: 2)],
        rules: [RuleStamp(id: "ns-cmic", version: "3", sha256: String(repeating: "cd", count: 32)),
                RuleStamp(id: "ofac-sdn", version: "1", sha256: String(repeating: "ef", count: 32)),
                RuleStamp(id: "nbim-exclusion", version: "2", sha256: String(repeating: "12", count: 32))],
        lists: [ListStamp(id: "ofac-ns-cmic", publisher: "U.S. Treasury OFAC", publicationDate: "2026-02-14", entities: 68,
                          files: [FileStamp(path: "Rules/lists/ofac-ns-cmic.csv", sha256: String(repeating: "34", count: 32))]),
                ListStamp(id: "ofac-sdn", publisher: "U.S. Treasury OFAC", publicationDate: nil, entities: 17_913,
                          files: [FileStamp(path: "Rules/lists/sdn.csv", sha256: String(repeating: "56", count: 32))])],
        matcher: MatcherStamp(version: "names/1", matchThreshold: 0.92, reviewThreshold: 0.8))

    static let nsCMIC = FindingProvenance(
        publisher: "U.S. Treasury OFAC", authority: "E.O. 13959 as amended by E.O. 14032", program: "NS-CMIC",
        sourceUrl: "https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists/ns-cmic-list",
        listingDate: "2021-06-03", effectiveDate: "2021-08-02", divestmentDate: "2022-06-03",
        phase: "purchases-and-sales-prohibited")

    static let blockFinding = Finding(
        id: "0a1b2c3d4e5f60718293", severity: .block,
        holding: HoldingReference(file: "Portfolios/em asia.csv", line: 14, portfolio: "EM-ASIA",
                                  name: "HIKVISION DIGITAL TECHNOLOGY CO LTD A",
                                  identifiers: ["isin": "CNE100000PM8", "ticker": "002415"], quantity: 120_000,
                                  marketValue: 512_345.67, currency: "CNY"),
        entity: EntityReference(id: "ofac-ns-cmic:HIKVISION", sourceId: "HIKVISION", name: "Hangzhou Hikvision Digital Technology Co., Ltd.",
                                list: "ofac-ns-cmic"),
        rule: RuleReference(id: "ns-cmic", title: "No purchase or sale of NS-CMIC securities", kind: "no-purchase-or-sale"),
        match: MatchExplanation(method: "isin", score: 1, matchedName: "HIKVISION"),
        provenance: nsCMIC, action: "Do not buy or sell; divestment window ended 2022-06-03.")

    /// Hostile text everywhere a name can come from the input: markup, quotes, entities and a formula.
    static let hostileFinding = Finding(
        id: "1122334455667788aabb", severity: .warn, status: .waived,
        holding: HoldingReference(file: "Portfolios/em asia.csv", line: 27, portfolio: "EM-ASIA",
                                  name: "<script>alert(1)</script>",
                                  identifiers: ["ticker": "=HYPERLINK(\"http://x\",\"y\")"], quantity: -500,
                                  marketValue: -1_234.5, currency: "USD"),
        entity: EntityReference(id: "ofac-sdn:36001", sourceId: "36001", name: "\"><img src=x onerror=alert(1)>",
                                list: "ofac-sdn"),
        rule: RuleReference(id: "ofac-sdn", title: "SDN & 50% rule <blocked>", kind: "blocked"),
        match: MatchExplanation(method: "ownership", score: 1, matchedName: "@SUM(A1)",
                                path: ["holding", "issuer LEI 5493001KJTIIGC8Y1R12", "parent 52.4%"]),
        provenance: FindingProvenance(publisher: "U.S. Treasury OFAC", authority: "IEEPA", program: "RUSSIA-EO14024",
                               sourceUrl: "javascript:alert(1)"),
        action: "Freeze & report within 10 business days",
        waiver: Waiver(id: "W-7", findingId: "1122334455667788aabb", justification: "Custodian already froze it &amp; reported",
                       approvedBy: "cco@example.com", approvedAt: "2026-03-01", expiresAt: "2026-06-30"))

    static let reviewFinding = Finding(
        id: "99887766554433221100", severity: .review,
        holding: HoldingReference(file: "Portfolios/em asia.csv", line: 40, portfolio: "EM-ASIA", name: "China Mobile Comms Grp",
                                  identifiers: ["sedol": "6073556"], marketValue: 99_000, currency: "HKD"),
        entity: EntityReference(id: "ofac-ns-cmic:CHINA-MOBILE", sourceId: "CHINA-MOBILE", name: "China Mobile Communications Group Co., Ltd.",
                                list: "ofac-ns-cmic"),
        rule: RuleReference(id: "ns-cmic", title: "No purchase or sale of NS-CMIC securities", kind: "no-purchase-or-sale"),
        match: MatchExplanation(method: "name-fuzzy", score: 0.87, matchedName: "CHINA MOBILE COMMUNICATIONS GROUP",
                                notes: ["'comms' paired with 'communications'"]),
        provenance: nsCMIC, action: "Review the match; confirm or dismiss with a waiver.")

    static let dataFinding = Finding(
        id: "ffeeddccbbaa00112233", severity: .data,
        holding: HoldingReference(file: "Portfolios/em asia.csv", line: 88, portfolio: "EM-ASIA", name: "-UNKNOWN ROW"),
        action: "Fix the row: no identifier could be resolved.")

    static func report() -> ScreeningReport {
        var findings = [blockFinding, hostileFinding, reviewFinding, dataFinding]
        findings[0].change = .new
        findings[1].change = .unchanged
        findings[2].change = .new
        findings[3].change = .unchanged
        findings[0].notes = ["Waiver W-2 expired on 2026-03-15; the finding is open again as of 2026-03-31."]
        findings[0].firstSeen = "2026-03-31"
        findings[1].firstSeen = "2026-01-31"
        findings[2].firstSeen = "2026-03-31"
        findings[3].firstSeen = "2026-02-28"
        let resolved = Finding(
            id: "5555aaaa5555aaaa5555", severity: .block,
            holding: HoldingReference(file: "Portfolios/em asia.csv", line: 51, portfolio: "EM-ASIA", name: "Old Holding | pipe",
                                      identifiers: ["isin": "CNE000001Q93"]),
            entity: EntityReference(id: "ofac-ns-cmic:X", sourceId: "X", name: "X Corp", list: "ofac-ns-cmic"),
            rule: RuleReference(id: "ns-cmic", title: "No purchase or sale of NS-CMIC securities", kind: "no-purchase-or-sale"),
            action: "Divest.", change: .resolved)
        return ScreeningReport(
            run: run, findings: findings,
            rejected: [RejectedInput(file: "Portfolios/em asia.csv", line: 88, reason: "no identifier & no name <empty>")],
            staleWaivers: [Waiver(id: "waivers.yaml:12", portfolio: "EM-ASIA", security: "isin:US0000000000", rule: "ofac-sdn",
                                  justification: "sold", approvedBy: "ops", approvedAt: "2026-01-02", expiresAt: "2026-12-31")],
            resolved: [resolved],
            baseline: BaselineComparison(asOf: "2026-02-28", startedAt: "2026-03-01T08:00:00Z", findings: 3, new: 2,
                                         unchanged: 2, resolved: 1))
    }
}
