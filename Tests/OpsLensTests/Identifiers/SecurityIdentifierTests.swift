import Testing
@testable import OpsLens

@Suite("Security identifiers")
struct SecurityIdentifierTests {
    @Test("published examples pass their check digits", arguments: [
        ("US0378331005", IdentifierKind.isin),
        ("GB00BYXJL758", .isin),
        ("KYG875721634", .isin),
        ("HK0000069689", .isin),
        ("US91324PAE25", .isin),
        ("GB00B15KXQ89", .isin),
        ("91324PAE2", .cusip),
        ("DUS0421C5", .cusip),
        ("G81276100", .cusip),
        ("B15KXQ8", .sedol),
        ("0540528", .sedol),
        ("BBG000BLNQ16", .figi),
        ("213800KUD8LAJWSQ9D15", .lei),
        ("549300XIVJCBIGMRUD48", .lei),
    ])
    func publishedExamplesAreValid(value: String, kind: IdentifierKind) throws {
        let identifier = try #require(SecurityIdentifier(value, kind: kind))
        #expect(identifier.isValid)
        #expect(identifier.problem == nil)
        #expect(SecurityIdentifier.classify(value)?.kind == kind)
    }

    @Test("OFAC's two China Communications Construction ISINs fail the check digit",
          arguments: ["CND10002K094", "CND10002G601"])
    func chinaCommunicationsISINsFail(value: String) throws {
        let identifier = try #require(SecurityIdentifier(value, kind: .isin))
        #expect(!identifier.isValid)
        #expect(identifier.problem?.contains("check digit") == true)
        #expect(SecurityIdentifier.classify(value)?.kind == .isin)
    }

    @Test("a SEDOL whose leading zero a spreadsheet stripped is not a SEDOL")
    func strippedSEDOL() {
        #expect(SecurityIdentifier("540528", kind: .sedol) == nil)
        #expect(SecurityIdentifier("0540528", kind: .sedol)?.isValid == true)
    }

    @Test("case, spaces and dashes are normalised away")
    func normalisation() throws {
        let identifier = try #require(SecurityIdentifier(" us 0378-331005\u{A0}", kind: .isin))
        #expect(identifier.value == "US0378331005")
        #expect(identifier.isValid)
    }

    @Test("the wrong shape gives no identifier", arguments: [
        ("US037833100", IdentifierKind.isin), ("1S0378331005", .isin), ("US037833100X", .isin),
        ("91324PAE", .cusip), ("91324PAEX", .cusip), ("B15KXQ", .sedol), ("B15KXQ!", .sedol),
        ("BBB000BLNQ16", .figi), ("213800KUD8LAJWSQ9D1", .lei), ("213800KUD8LAJWSQ9DXX", .lei),
    ])
    func wrongShape(value: String, kind: IdentifierKind) {
        #expect(SecurityIdentifier(value, kind: kind) == nil)
    }

    @Test("rules beyond the check digit make a value invalid", arguments: [
        ("ZZ0378331005", IdentifierKind.isin, "country"),
        ("B15KXA8", .sedol, "vowels"),
        ("0B5KXQ8", .sedol, "old-style"),
        ("GBG000BLNQ16", .figi, "cannot start"),
        ("BBG000ALNQ16", .figi, "vowels"),
        ("213800KUD8LAJWSQ9D16", .lei, "should be 15"),
    ])
    func otherRules(value: String, kind: IdentifierKind, problem: String) throws {
        let identifier = try #require(SecurityIdentifier(value, kind: kind))
        #expect(!identifier.isValid)
        #expect(identifier.problem?.contains(problem) == true)
    }

    @Test("a Bloomberg FIGI is not taken for an ISIN, and a Cayman ISIN not for a FIGI")
    func figiVersusISIN() {
        #expect(SecurityIdentifier.classify("BBG000BLNQ16")?.kind == .figi)
        #expect(SecurityIdentifier.classify("KYG875721634")?.kind == .isin)
    }

    @Test("classify gives nil for text that fits no identifier", arguments: ["", "0020 HK", "TENCENT", "1211"])
    func classifyNothing(text: String) {
        #expect(SecurityIdentifier.classify(text) == nil)
    }
}
