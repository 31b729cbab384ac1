import Testing
import OpsLens

@Suite("Classifying a code")
struct CodeClassificationTests {
    @Test("kinds, validity and canonical forms", arguments: [
        ("US0378331005", CodeClassification.Kind.isin, true, "US0378331005"),
        ("91324PAE2", .cusip, true, "91324PAE2"),
        ("0540528", .sedol, true, "0540528"),
        ("BBG000BLNQ16", .figi, true, "BBG000BLNQ16"),
        ("213800KUD8LAJWSQ9D15", .lei, true, "213800KUD8LAJWSQ9D15"),
        ("0020 HK", .ticker, true, "XHKG:20"),
        ("600760.SS", .ticker, true, "XSHG:600760"),
        ("CND10002K094", .isin, false, "CND10002K094"),
        ("BRC1EODR004", .isin, false, "BRC1EODR004"),
        ("1211", .ticker, false, "1211"),
        ("540528", .ticker, false, "540528"),
    ])
    func classification(text: String, kind: CodeClassification.Kind, valid: Bool, normalized: String) {
        let result = CodeClassification.classify(text)
        #expect(result.kind == kind)
        #expect(result.isValid == valid)
        #expect(result.normalized == normalized)
        #expect((result.reason == nil) == valid)
    }

    @Test("an exchange gives a bare code its market but does not override a failed identifier")
    func exchange() {
        #expect(CodeClassification.classify("1211", exchange: "Saudi Stock Exchange").normalized == "XSAU:1211")
        #expect(CodeClassification.classify("CND10002K094", exchange: "XHKG").kind == .isin)
        #expect(CodeClassification.classify("0020 HK", exchange: "XSAU").normalized == "XHKG:20")
        #expect(CodeClassification.classify("20", exchange: "Nowhere").reason?.contains("unknown exchange") == true)
    }

    @Test("restored leading zeros are noted on a valid ticker")
    func restoredZeros() {
        let result = CodeClassification.classify("5930", exchange: "Korea Exchange (Stock Market)")
        #expect(result.isValid)
        #expect(result.normalized == "XKRX:005930")
        #expect(result.note?.contains("leading zeros restored") == true)
        #expect(CodeClassification.classify("005930.KS").note == nil)
    }

    @Test("a SEDOL that lost its leading zero is pointed out")
    func strippedSEDOL() {
        #expect(CodeClassification.classify("540528").reason?.contains("0540528 is valid") == true)
    }

    @Test("equivalent identifiers are given")
    func equivalents() {
        #expect(CodeClassification.classify("91324PAE2").equivalent?.value == "US91324PAE25")
        #expect(CodeClassification.classify("B15KXQ8").equivalent?.value == "GB00B15KXQ89")
        #expect(CodeClassification.classify("GB00B15KXQ89").equivalent?.value == "B15KXQ8")
        #expect(CodeClassification.classify("KYG875721634").equivalent == nil)
    }

    @Test("text that is neither is unknown", arguments: ["", "hello world", "FOO:BAR", "ABC$"])
    func unknown(text: String) {
        let result = CodeClassification.classify(text)
        #expect(result.kind == .unknown)
        #expect(!result.isValid)
        #expect(result.normalized == nil)
    }
}
