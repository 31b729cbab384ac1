import Testing
@testable import OpsLens

@Suite("NS-CMIC entries of the Dec 2025 Consolidated list")
struct OFACCMICTests {
    static let list: OFACList = {
        // Loaded once for the suite; a failure shows up in every test as a missing list.
        (try? OFACListReader.load(directory: TestData.ofac("cons-2025-12")).first)
            ?? OFACList(fileSet: .consolidated, directory: "", files: [], entities: [], warnings: [])
    }()

    static var cmic: [ListEntity] { list.entities.filter { $0.programs.contains("CMIC-EO13959") } }

    @Test("there are 68 CMIC entries, as in the Python extraction")
    func sixtyEightEntries() {
        #expect(Self.cmic.count == 68)
        #expect(Set(Self.cmic.map(\.sourceID)) == Set(CMICExpectations.all.map(\.id)))
    }

    @Test("each entry has its three dates, ISINs, tickers and parents as published", arguments: CMICExpectations.all)
    func entryAsPublished(_ expected: CMICExpectation) throws {
        let entity = try #require(Self.cmic.first { $0.sourceID == expected.id })
        #expect(entity.name == expected.name)
        #expect(entity.type == .organisation)
        #expect(entity.cmicDates.listing?.description == expected.listing)
        #expect(entity.cmicDates.effective?.description == expected.effective)
        #expect(entity.cmicDates.divestment?.description == expected.divestment)
        #expect(entity.isins.map(\.published) == expected.isins)
        #expect(entity.equityTickers == expected.tickers)
        #expect(entity.parents.map(\.name) == expected.parents)
    }

    @Test("163 distinct ISINs are kept; two fail the check digit and one has the wrong shape")
    func isinQuality() {
        let isins = Self.cmic.flatMap(\.isins)
        #expect(isins.count == 163)
        #expect(Set(isins.filter { $0.parsed != nil && !$0.isValid }.map(\.value)) == ["CND10002K094", "CND10002G601"])
        #expect(isins.filter { $0.parsed == nil }.map(\.published) == ["BRC1EODR004"])
        #expect(Self.list.warnings.contains { $0.code == .badIdentifier && $0.message.contains("BRC1EODR004") })
    }

    @Test("tickers keep OFAC's spacing: two spaces, none, 3- to 5-digit HK codes")
    func tickerSpacing() {
        let tickers = Set(Self.cmic.flatMap(\.equityTickers))
        for published in ["941 HK", "0728 HK", "00883 HK", "002389  CN", "603019CN"] {
            #expect(tickers.contains(published))
        }
    }

    @Test("the dates follow the three tranches: Annex, SenseTime, 16 Dec 2021")
    func tranches() {
        var byListing: [String: Int] = [:]
        for entity in Self.cmic { byListing[entity.cmicDates.listing?.description ?? "none", default: 0] += 1 }
        #expect(byListing == ["2021-06-03": 59, "2021-12-10": 1, "2021-12-16": 8])
        for entity in Self.cmic {
            let dates = entity.cmicDates
            guard let listing = dates.listing else { continue }
            if listing != CalendarDate(year: 2021, month: 6, day: 3) {
                #expect(dates.effective == listing.adding(days: 60))
                #expect(dates.divestment == listing.adding(days: 365))
            }
        }
    }

    @Test("SenseTime 33114 is read completely")
    func senseTime() throws {
        let entity = try #require(Self.list.entities.first { $0.sourceID == "33114" })
        #expect(entity.listID == "ofac-consolidated")
        #expect(entity.name == "SENSETIME GROUP LIMITED")
        #expect(entity.type == .organisation)
        #expect(entity.programs == ["CMIC-EO13959"])
        #expect(entity.aliases == [EntityAlias(name: "SENSETIME GROUP LTD", kind: .aka, strength: .strong, sourceID: "52095",
                                               location: entity.aliases.first?.location)])
        #expect(entity.aliases.first?.location?.file.hasSuffix("cons_alt.csv") == true)
        #expect(entity.cmicDates == ProgramDates(listing: CalendarDate(year: 2021, month: 12, day: 10),
                                                 effective: CalendarDate(year: 2022, month: 2, day: 8),
                                                 divestment: CalendarDate(year: 2022, month: 12, day: 10)))
        #expect(entity.registrations == [RegistrationNumber(scheme: "C.R. No.", value: "2162198", country: "Hong Kong")])
        #expect(entity.identifiers.isEmpty)
        #expect(entity.equityTickers.isEmpty)
        #expect(entity.parents.isEmpty)
        #expect(entity.otherRemarks.isEmpty)
        #expect(entity.remarks == "Effective Date (CMIC) 08 Feb 2022; Purchase/Sales For Divestment Date (CMIC) 10 Dec 2022; Listing Date (CMIC) 10 Dec 2021; C.R. No. 2162198 (Hong Kong).")
        #expect(entity.addresses == [EntityAddress(sourceID: "49789", street: "Block 1, 1F & 2F Harbour View, 12 Science Park, West Avenue",
                                                   cityStatePostalCode: "Hong Kong New Territories, Hong Kong SAR", country: "China",
                                                   location: entity.addresses.first?.location)])
        #expect(entity.location.file.hasSuffix("cons-2025-12/cons_prim.csv"))
        let line = try #require(entity.location.line)
        #expect(line > 0)
    }

    @Test("30930's remarks continue in cons_comments.csv without a separator")
    func spillOver() throws {
        let entity = try #require(Self.list.entities.first { $0.sourceID == "30930" })
        let remarks = try #require(entity.remarks)
        #expect(remarks.hasSuffix("Unified Social Credit Code (USCC) 91110000710934369E (China); a.k.a. 'CCCC'."))
        #expect(entity.registrations.contains(RegistrationNumber(scheme: "Unified Social Credit Code (USCC)",
                                                                 value: "91110000710934369E", country: "China")))
        #expect(entity.aliases.contains(EntityAlias(name: "CCCC", kind: .aka, strength: .weak, location: entity.location)))
    }

    @Test("EO 14024 directive dates are read with their directive")
    func directiveDates() throws {
        let entity = try #require(Self.list.entities.first { $0.sourceID == "17016" })
        let dates = entity.dates(for: "EO 14024 Directive 3")
        #expect(dates.listing == CalendarDate(year: 2022, month: 2, day: 24))
        #expect(dates.effective == CalendarDate(year: 2022, month: 3, day: 26))
    }

    @Test("Linked To parents resolve to the entry of that name when it is loaded")
    func parentsResolve() throws {
        let entity = try #require(Self.list.entities.first { $0.name == "CHINA MOBILE LIMITED" })
        let parent = try #require(entity.parents.first)
        #expect(parent.name == "CHINA MOBILE COMMUNICATIONS GROUP CO., LTD")
        let reference = try #require(parent.entityReference)
        let parentEntity = try #require(Self.list.entities.first { "\($0.listID):\($0.sourceID)" == reference })
        #expect(parentEntity.name == "CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.")
    }
}
