import Testing
import OpsLens

@Suite("Identifier index")
struct IdentifierIndexTests {
    static let index: IdentifierIndex = {
        var index = IdentifierIndex()
        for (entity, value) in OFACRemarksFixture.values(of: "ISIN") {
            if let isin = SecurityIdentifier(value, kind: .isin) { index.insert(isin, for: Int(entity)!) }
        }
        index.insert(SecurityIdentifier("US91324PAE25", kind: .isin)!, for: 1)
        index.insert(SecurityIdentifier("B15KXQ8", kind: .sedol)!, for: 2)
        index.insert(SecurityIdentifier("549300XIVJCBIGMRUD48", kind: .lei)!, for: 30926)
        return index
    }()

    @Test("published ISINs are found as written, in any case and spacing")
    func published() {
        #expect(Self.index.keys(for: "HK0883013259", kind: .isin) == [30926, 30926])
        #expect(Self.index.keys(for: " hk 0883-013259 ", kind: .isin) == [30926, 30926])
        #expect(Self.index.keys(for: "549300XIVJCBIGMRUD48", kind: .lei) == [30926])
    }

    @Test("an ISIN that fails its check digit still matches the same published value")
    func invalidPublished() throws {
        #expect(!Self.index.keys(for: "CND10002K094", kind: .isin).isEmpty)
        let identifier = try #require(SecurityIdentifier("CND10002K094", kind: .isin))
        #expect(Self.index.keys(for: identifier) == Self.index.keys(for: "CND10002K094", kind: .isin))
    }

    @Test("ISINs and the CUSIPs or SEDOLs inside them find each other")
    func nationalCodes() throws {
        #expect(Self.index.keys(for: "91324PAE2", kind: .cusip) == [1])
        #expect(Self.index.keys(for: "US91324PAE25", kind: .isin) == [1])
        #expect(Self.index.keys(for: "GB00B15KXQ89", kind: .isin) == [2])
        let irish = try #require(IdentifierDerivation.isin(fromSEDOL: "B15KXQ8", country: "IE"))
        #expect(Self.index.keys(for: irish, kind: .isin) == [2])
        #expect(Self.index.keys(for: try #require(SecurityIdentifier("B15KXQ8", kind: .sedol))) == [2])
    }

    @Test("damaged or different values find nothing", arguments: [
        ("US91324PAE26", IdentifierKind.isin), ("91324PAE3", .cusip), ("B15KXQ", .sedol),
        ("HK0883013259", .cusip), ("", .isin), ("HK08830132590", .isin),
    ])
    func misses(text: String, kind: IdentifierKind) {
        #expect(Self.index.keys(for: text, kind: kind).isEmpty)
    }
}
