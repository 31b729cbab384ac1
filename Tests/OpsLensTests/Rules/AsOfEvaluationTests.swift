import Testing
@testable import OpsLens

@Suite("What applies on a given day")
struct AsOfEvaluationTests {
    static let book: RuleBook = (try? RuleBookLoader.load(rulesDirectory: nil, ofacDirectories: [
        TestData.ofac("derived/ns-cmic-2025-12"), TestData.ofac("derived/designees-2021-12-10"),
    ])) ?? RuleBook()

    static func status(_ sourceID: String, on day: String) throws -> RestrictionStatus? {
        let (list, entity) = try #require(book.entities(matching: sourceID).first)
        let statuses = book.statuses(for: entity, in: list, on: try #require(CalendarDate(iso: day)))
        #expect(statuses.count <= 1)
        return statuses.first
    }

    @Test("SenseTime 33114 through its NS-CMIC phases", arguments: [
        ("2021-12-09", nil),
        ("2021-12-10", RestrictionStatus.Phase.beforeEffective),
        ("2022-02-07", .beforeEffective),
        ("2022-02-08", .divestmentWindow),
        ("2022-12-10", .divestmentWindow),
        ("2022-12-11", .afterDivestment),
        ("2025-12-31", .afterDivestment),
    ])
    func senseTimePhases(day: String, phase: RestrictionStatus.Phase?) throws {
        let status = try Self.status("33114", on: day)
        #expect(status?.phase == phase)
        guard let status else { return }
        #expect(status.ruleID == "preset.ofac-ns-cmic")
        #expect(status.holdingAllowed)
        switch status.phase {
        case .beforeEffective:
            #expect(status.restriction == .watch)
            #expect(!status.purchasesProhibited)
            #expect(status.severity == .warn)
        case .divestmentWindow:
            #expect(status.restriction == .noPurchase)
            #expect(status.purchasesProhibited)
            #expect(!status.salesProhibited)
            #expect(status.divestmentSalesAllowed)
        case .afterDivestment:
            #expect(status.restriction == .noPurchaseOrSale)
            #expect(status.salesProhibited)
            #expect(!status.divestmentSalesAllowed)
            #expect(status.explanation.contains("since 2022-12-11"))
        case .inForce:
            Issue.record("NS-CMIC has phases")
        }
    }

    @Test("an Annex entry is in its divestment window on 1 Jan 2022")
    func annexEntry() throws {
        let status = try #require(try Self.status("30930", on: "2022-01-01"))
        #expect(status.phase == .divestmentWindow)
        #expect(status.dates.divestment == CalendarDate(year: 2022, month: 6, day: 3))
    }

    @Test("an SDN designee is blocked, holding included")
    func sdnBlocked() throws {
        let status = try #require(try Self.status("34079", on: "2022-01-01"))
        #expect(status.restriction == .blocked)
        #expect(status.phase == .inForce)
        #expect(!status.holdingAllowed)
        #expect(status.salesProhibited)
    }

    @Test("missing NS-CMIC dates are derived from the listing date, and the explanation says so")
    func derivedDates() throws {
        var entity = ListEntity(listID: "ofac-consolidated", sourceID: "1", type: .organisation, name: "X",
                                location: SourceLocation(file: "test"))
        entity.programs = ["CMIC-EO13959"]
        entity.programDates = [ProgramDate(program: "CMIC", kind: .listing, date: try #require(CalendarDate(iso: "2021-12-16")))]
        let day = try #require(CalendarDate(iso: "2022-02-14"))
        let status = try #require(OFACPresets.nsCMIC.status(for: entity, on: day))
        #expect(status.phase == .divestmentWindow)
        #expect(status.dates.effective == CalendarDate(iso: "2022-02-14"))
        #expect(status.dates.divestment == CalendarDate(iso: "2022-12-16"))
        #expect(status.explanation.contains("derived from the listing date"))
    }

    @Test("a rule outside its effective window does not apply")
    func ruleWindow() throws {
        var rule = OFACPresets.sdn
        rule.effectiveTo = CalendarDate(iso: "2021-12-31")
        let (_, entity) = try #require(Self.book.entities(matching: "34079").first)
        #expect(rule.status(for: entity, on: try #require(CalendarDate(iso: "2022-01-01"))) == nil)
        #expect(rule.status(for: entity, on: try #require(CalendarDate(iso: "2021-12-31"))) != nil)
    }

    @Test("subsidiary scopes: listed-only never reaches, 50% rule by aggregate ownership, control")
    func subsidiaryScopes() {
        #expect(!OwnershipScope.listedOnly.covers(aggregateOwnershipPercent: 100, controlled: true))
        #expect(OwnershipScope.aggregatedOwnership.covers(aggregateOwnershipPercent: 50, controlled: false))
        #expect(!OwnershipScope.aggregatedOwnership.covers(aggregateOwnershipPercent: 49.9, controlled: true))
        #expect(OwnershipScope.controlledSubsidiaries.covers(aggregateOwnershipPercent: 30, controlled: true))
        #expect(!OwnershipScope.controlledSubsidiaries.covers(aggregateOwnershipPercent: 30, controlled: false))
    }

    @Test("calendar arithmetic matches OFAC's +60 and +365 days")
    func calendarArithmetic() throws {
        let listing = try #require(CalendarDate(ofac: "10 Dec 2021"))
        #expect(listing.adding(days: 60).description == "2022-02-08")
        #expect(listing.adding(days: 365).description == "2022-12-10")
        #expect(try #require(CalendarDate(iso: "2021-06-03")).adding(days: 60).description == "2021-08-02")
        #expect(try #require(CalendarDate(iso: "2024-02-28")).adding(days: 1).description == "2024-02-29")
        #expect(CalendarDate(ofac: "31 Feb 2021") == nil)
    }
}
