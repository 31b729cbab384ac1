import Foundation
@testable import OpsLens

/// Rule books and checks the pre-trade tests share.
enum PreTradeFixtures {
    /// The project's `Rules/` folder: SenseTime (curated, tied to NS-CMIC entry 33114) and the in-house example list.
    static let projectBook: RuleBook = try! RuleBookLoader.load(rulesDirectory: TestData.packageRoot.appendingPathComponent("Rules").path)

    /// A rules folder with an SDN-style blocked list: a designated company and a company it owns 60% of
    /// (not itself listed), each with an ISIN.
    static func sdnFolder() throws -> String {
        try TestData.folder(text: [
            "rules/test-sdn.yaml": """
            schema: opslens.rule/v1
            id: test-sdn
            title: "Blocked persons and entities owned 50% or more by them"
            restriction: blocked
            severity: block
            lists: [test-sdn]
            programs: [SDGT]
            timing: listing
            subsidiaries: owned-50-percent-aggregate
            provenance:
              publisher: Test
            """,
            "lists/test-sdn.yaml": """
            schema: opslens.list/v1
            id: test-sdn
            title: Test SDN list
            provenance:
              publisher: Test
            entities:
              - id: "9001"
                type: organisation
                name: DESIGNATED HOLDING COMPANY LLC
                programs: [SDGT]
                identifiers: [{kind: isin, value: KYG0PTEST013}]
                dates: [{program: SDGT, listing: 2020-01-15}]
              - id: "9002"
                type: organisation
                name: OWNED OPERATING COMPANY LTD
                identifiers: [{kind: isin, value: KYG0PTEST021}]
                parents:
                  - {name: DESIGNATED HOLDING COMPANY LLC, entity: "test-sdn:9001", ownership_percent: 60, origin: curated, source: "test fixture"}
            """,
        ])
    }

    /// A check over the project's rules on `date`.
    static func check(on date: String, overrides: [OrderOverride] = [], positions: Positions? = nil) -> PreTradeCheck {
        PreTradeCheck(engine: projectEngine, asOf: CalendarDate(iso: date)!, overrides: overrides, positions: positions)
    }

    static let projectEngine = ScreeningEngine(book: projectBook)

    /// The order parsed from the short form.
    static func order(_ text: String) throws -> Order {
        try OrderParser.parse(text, source: "test")
    }
}
