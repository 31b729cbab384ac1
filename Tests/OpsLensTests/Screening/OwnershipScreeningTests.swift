import Foundation
import OpsLens
import Testing

/// Screening through ownership data (issue #18), on the GLEIF-format fixtures in
/// `Tests/OpsLensTests/Ownership/Fixtures`: OFAC files whose entries publish LEIs, a GLEIF
/// relationship file, an ISIN→LEI file, and a rules folder with an in-house list and ownership file.
@Suite("Screening through ownership data")
struct OwnershipScreeningTests {
    static func fixture(_ name: String) -> String { TestFiles.repository("Tests/OpsLensTests/Ownership/Fixtures/\(name)") }

    static let alpha = "ofac-sdn:9101", beta = "ofac-sdn:9102", gamma = "ofac-sdn:9103"

    /// The fixture portfolio's findings, by holding line.
    static func findings(gleif: Bool = true, isinLEI: Bool = true, asOf: String = "2024-12-31") throws -> [Int: [Finding]] {
        let engine = try ScreeningEngine.load(rulesDirectory: fixture("rules"), ofacDirectories: [fixture("ofac")],
                                              gleifFiles: gleif ? [fixture("gleif-rr.csv")] : [],
                                              isinLEIFile: isinLEI ? fixture("isin-lei.csv") : nil)
        let request = ScreeningRequest(holdings: [.file(fixture("holdings.csv"))], asOf: CalendarDate(iso: asOf)!)
        return Dictionary(grouping: try engine.screen(request).report.findings, by: \.holding.line)
    }

    @Test("an ISIN-only holding whose issuer is 60% owned by an SDN entity publishing its LEI is blocked, with the path")
    func sixtyPercent() throws {
        let finding = try #require(try Self.findings()[2]?.only)
        #expect(finding.severity == .block)
        #expect(finding.entity?.id == Self.alpha)
        #expect(finding.match?.method == "ownership")
        let ownership = try #require(finding.match?.ownership)
        #expect(ownership.restricted && ownership.aggregatePercent == 60 && ownership.threshold == 50)
        #expect(ownership.links.map(\.percent) == [60, 100])
        #expect(ownership.links[0].file?.hasSuffix("gleif-rr.csv") == true && ownership.links[0].line == 2)
        #expect(ownership.links[0].relationship == "GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY")
        #expect(ownership.links[1].relationship == OwnershipExplanation.sameParty)
        #expect(ownership.links[1].file?.hasSuffix("ofac/sdn.csv") == true)
        #expect(finding.match?.path.first == "holding isin XS1000000015 → issuer LEI 5493OPSLENSISS100003 (ISIN→LEI map \(Self.fixture("isin-lei.csv")))")
    }

    @Test("30% and 25% owned by two blocked parties is blocked in the aggregate, and the reason names both stakes")
    func aggregate() throws {
        let finding = try #require(try Self.findings()[3]?.only)
        #expect(finding.severity == .block)
        let ownership = try #require(finding.match?.ownership)
        #expect(ownership.aggregatePercent == 55)
        #expect(ownership.reason.contains("30% by LEI 5493OPSLENSALPHA0035 (ALPHA BLOCKED HOLDINGS LIMITED)"))
        #expect(ownership.reason.contains("25% by LEI 5493OPSLENSBETA00068 (BETA BLOCKED INVESTMENTS LLC)"))
    }

    @Test("40% owned by one blocked party is not blocked, and an info note says why")
    func belowThreshold() throws {
        let note = try #require(try Self.findings()[4]?.only)
        #expect(note.severity == .info)
        #expect(note.rule?.kind == "explanation")
        #expect(note.entity?.id == Self.gamma)
        let ownership = try #require(note.match?.ownership)
        #expect(!ownership.restricted && ownership.aggregatePercent == 40)
        #expect(ownership.reason.contains("below 50%: not blocked"))
        #expect(note.action.hasPrefix("No action under preset.ofac-sdn"))
    }

    @Test("a chain of three owners up to a blocked party blocks, with every link in order")
    func chain() throws {
        let finding = try #require(try Self.findings()[5]?.only)
        #expect(finding.severity == .block && finding.entity?.id == Self.alpha)
        let links = try #require(finding.match?.ownership?.links)
        #expect(links.map(\.percent) == [60, 75, 51, 100])
        #expect(links.map(\.line) == [6, 7, 8, 1])
        #expect(links[0].child == "LEI 5493OPSLENSISS400024" && links[2].parent.hasPrefix("LEI 5493OPSLENSALPHA0035"))
    }

    @Test("the unlisted subsidiary of an NS-CMIC parent gets an info note only: links never widen NS-CMIC")
    func nsCMICSubsidiary() throws {
        let findings = try #require(try Self.findings()[6])
        #expect(findings.map(\.severity) == [.info])
        #expect(findings[0].rule?.id == "preset.ofac-ns-cmic")
        #expect(findings[0].match?.ownership?.scope == "listed-only")
        #expect(findings[0].action.contains("FAQ 857"))
    }

    @Test("a subsidiary an in-house listed party controls with 35% is covered by the controlled-subsidiaries rule")
    func controlledSubsidiary() throws {
        let finding = try #require(try Self.findings()[7]?.only)
        #expect(finding.severity == .warn && finding.rule?.id == "house-test" && finding.entity?.id == "house-test:epsilon")
        let link = try #require(finding.match?.ownership?.links.only)
        #expect(link.percent == 35 && link.control && link.line == 2 && link.file?.hasSuffix("house.ownership.csv") == true)
        #expect(finding.match?.path.contains { $0.contains("as of 2024-06-30") } == true)
    }

    @Test("an in-house link dated after the as-of date is not used")
    func linkNotYetKnown() throws {
        #expect(try Self.findings(asOf: "2024-01-31")[7] == nil)
    }

    @Test("an ownership cycle ends: the issuer owned by a party half owned by a blocked one is blocked once")
    func cycle() throws {
        let finding = try #require(try Self.findings()[8]?.only)
        #expect(finding.severity == .block && finding.entity?.id == Self.beta)
        #expect(finding.match?.ownership?.links.map(\.percent) == [60, 50, 100])
    }

    @Test("without the ISIN→LEI map, ISIN-only holdings are not tied to issuers; without GLEIF, nothing is owned")
    func dataIsWhatReaches() throws {
        #expect(try Self.findings(isinLEI: false).keys.sorted() == [7])
        #expect(try Self.findings(gleif: false).keys.sorted() == [7])
    }

    @Test("the report stamps every ownership file with its SHA-256")
    func stamps() throws {
        let engine = try ScreeningEngine.load(rulesDirectory: Self.fixture("rules"), ofacDirectories: [Self.fixture("ofac")],
                                              gleifFiles: [Self.fixture("gleif-rr.csv")], isinLEIFile: Self.fixture("isin-lei.csv"))
        let report = try engine.screen(ScreeningRequest(holdings: [.file(Self.fixture("holdings.csv"))],
                                                        asOf: CalendarDate(iso: "2024-12-31")!)).report
        let stamps = try #require(report.run.ownership)
        #expect(stamps.map { ($0.path as NSString).lastPathComponent } == ["gleif-rr.csv", "house.ownership.csv", "isin-lei.csv"])
        #expect(stamps.allSatisfy { $0.sha256.count == 64 })
    }
}

extension Array {
    /// The one element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
