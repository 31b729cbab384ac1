import Testing
import OpsLens

@Suite("ISINs published in OFAC's December 2025 consolidated list")
struct OFACPublishedISINTests {
    static let published = OFACRemarksFixture.values(of: "ISIN")

    @Test("165 ISIN segments: 162 valid, 2 failing their check digit, 1 too short")
    func counts() {
        let values = Self.published.map(\.value)
        #expect(values.count == 165)
        let readings = values.map { SecurityIdentifier($0, kind: .isin) }
        #expect(readings.filter { $0?.isValid == true }.count == 162)
        #expect(readings.compactMap { $0 }.filter { !$0.isValid }.map(\.value).sorted() == ["CND10002G601", "CND10002K094"])
        // CNOOC's `alt. ISIN BRC1EODR004` has 11 characters: no ISIN at all.
        #expect(values.filter { SecurityIdentifier($0, kind: .isin) == nil } == ["BRC1EODR004"])
    }

    @Test("every ISIN-shaped value is classified as an ISIN")
    func classifiedAsISIN() {
        for (entity, value) in Self.published where value.utf8.count == 12 {
            #expect(SecurityIdentifier.classify(value)?.kind == .isin, "ent_num \(entity): \(value)")
        }
    }
}
