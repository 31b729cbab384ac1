import Testing
import OpsLens

@Suite("ISIN derivations")
struct IdentifierDerivationTests {
    @Test("published examples", arguments: [
        ("91324PAE2", IdentifierKind.cusip, "US91324PAE25"),
        ("037833100", .cusip, "US0378331005"),
        ("B15KXQ8", .sedol, "GB00B15KXQ89"),
        ("BYXJL75", .sedol, "GB00BYXJL758"),
    ])
    func publishedExamples(code: String, kind: IdentifierKind, isin: String) throws {
        let derived = kind == .cusip ? IdentifierDerivation.isin(fromCUSIP: code) : IdentifierDerivation.isin(fromSEDOL: code)
        #expect(derived == isin)
        let national = try #require(IdentifierDerivation.nationalIdentifier(ofISIN: isin))
        #expect(national.kind == kind)
        #expect(national.value == code)
        #expect(IdentifierDerivation.nationalCode(ofISIN: isin)?.code == code)
    }

    @Test("CUSIP to ISIN agrees with stdnum", arguments: StdnumVectors.cusipToISIN)
    func cusipToISIN(cusip: String, isin: String) {
        #expect(IdentifierDerivation.isin(fromCUSIP: cusip) == isin)
        #expect(IdentifierDerivation.nationalIdentifier(ofISIN: isin)?.value == cusip)
        #expect(SecurityIdentifier(isin, kind: .isin)?.isValid == true)
    }

    @Test("SEDOL to ISIN agrees with stdnum", arguments: StdnumVectors.sedolToISIN)
    func sedolToISIN(sedol: String, isin: String) {
        #expect(IdentifierDerivation.isin(fromSEDOL: sedol) == isin)
        #expect(IdentifierDerivation.nationalIdentifier(ofISIN: isin)?.value == sedol)
    }

    @Test("Canadian and Irish ISINs hold a CUSIP and a SEDOL")
    func canadaAndIreland() throws {
        let canadian = try #require(IdentifierDerivation.isin(fromCUSIP: "91324PAE2", country: "CA"))
        #expect(canadian.hasPrefix("CA91324PAE2"))
        #expect(IdentifierDerivation.nationalIdentifier(ofISIN: canadian)?.kind == .cusip)
        let irish = try #require(IdentifierDerivation.isin(fromSEDOL: "B15KXQ8", country: "IE"))
        #expect(irish.hasPrefix("IE00B15KXQ8"))
        #expect(IdentifierDerivation.nationalIdentifier(ofISIN: irish)?.value == "B15KXQ8")
    }

    @Test("damaged or foreign codes derive nothing", arguments: [
        "540528", "0540527", "91324PAE3", "ABC*@#DE1",
    ])
    func damagedCodesDeriveNothing(code: String) {
        #expect(IdentifierDerivation.isin(fromSEDOL: code) == nil)
        #expect(IdentifierDerivation.isin(fromCUSIP: code) == nil)
    }

    @Test("ISINs that hold no national code OpsLens knows", arguments: [
        "KYG875721634", "HK0000069689", "US0378331006", "GB00BYXJL759", "IE000BI8OT95",
    ])
    func noNationalCode(isin: String) {
        #expect(IdentifierDerivation.nationalIdentifier(ofISIN: isin) == nil)
    }

    @Test("the generic construction zero-fills the national code")
    func genericConstruction() {
        #expect(IdentifierDerivation.isin(country: "us", nationalCode: "37833100") == "US0378331005")
        #expect(IdentifierDerivation.isin(country: "ZZ", nationalCode: "037833100") == nil)
        #expect(IdentifierDerivation.isin(country: "US", nationalCode: "") == nil)
        #expect(IdentifierDerivation.isin(country: "US", nationalCode: "0378331000") == nil)
    }
}
