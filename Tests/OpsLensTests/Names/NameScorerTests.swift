import Testing
@testable import OpsLens

@Suite("Name scoring")
struct NameScorerTests {
    let scorer = NameScorer()

    /// Every complaint in MATCHING.md, with the decision a person would make.
    @Test("answers the users' complaints as a person would", arguments: [
        ("GEORGE BUSH", "GEORGE HABBASH", MatchDecision.noMatch),
        ("emma daniels", "EMMA LLC", .noMatch),
        ("BELLETECH CORP", "11420 CORP.", .noMatch),
        ("A-B-C Company", "XYZ Company", .noMatch),
        ("A-B-C Company", "COMPANY LIMITED", .noMatch),
        ("LUKOIL OIL COMP", "LUKOIL OIL COMPANY", .match),
        ("GUANGZHOU HAIGE COMM GRP", "GUANGZHOU HAIGE COMMUNICATIONS GROUP INC CO", .match),
        ("CNOOC ENERGY TECH & SRVCES LTD", "CNOOC ENERGY TECHNOLOGY & SERVICES LIMITED", .match),
        ("HAIGE GUANGZHOU", "GUANGZHOU HAIGE COMMUNICATIONS GROUP INC CO", .match),
        ("HAIGE GUANGZHOU", "GUANGZHOU HAIGE", .match),
        ("ZAKIR, Shohret", "ZAKIR, Shohrat", .match),
        ("AVICHINA INDUSTRY & TECHNOLOGY LTD", "AVIATION INDUSTRY CORPORATION OF CHINA, LTD.", .noMatch),
        ("AVICHINA INDUSTRY & TECHNOLOGY LTD", "AVIC XI'AN AIRCRAFT INDUSTRY GROUP COMPANY LTD.", .noMatch),
        ("AVICOPTER PLC A", "AVIATION INDUSTRY CORPORATION OF CHINA, LTD.", .noMatch),
        ("AVICOPTER PLC A", "AVIC XI'AN AIRCRAFT INDUSTRY GROUP COMPANY LTD.", .noMatch),
        ("商汤集团股份有限公司", "商汤集团", .match),
        ("SENSETIME GROUP INC", "SENSETIME GROUP LIMITED", .review),
    ])
    func answersComplaints(first: String, second: String, decision: MatchDecision) {
        let comparison = scorer.compare(first, second)
        #expect(comparison.decision == decision, "\(first) ~ \(second): \(comparison.score) \(comparison.reasons)")
        #expect((0...1).contains(comparison.score))
    }

    @Test("scores the same in both directions", arguments: [
        ("HAIGE GUANGZHOU", "GUANGZHOU HAIGE COMMUNICATIONS GROUP INC CO"),
        ("ANHUI GREATWALL MILITARY INDUSTRY LTD A", "ANHUI GREAT WALL MILITARY INDUSTRY COMPANY LIMITED"),
        ("KIM JONG UN", "KIM JONG IL"),
        ("SENSETIME GROUP INC", "SENSETIME GROUP LIMITED"),
    ])
    func isSymmetric(first: String, second: String) {
        #expect(abs(scorer.compare(first, second).score - scorer.compare(second, first).score) < 1e-9)
    }

    @Test("explains which words paired, how, and with what weight")
    func explainsPairs() throws {
        let comparison = scorer.compare("GUANGZHOU HAIGE COMM GRP", "HAIGE GUANGZHOU COMMUNICATIONS GROUP CO., LTD.")
        #expect(comparison.score == 1)
        let haige = try #require(comparison.pairs.first { $0.left == ["haige"] })
        #expect(haige.right == ["haige"] && haige.kind == .exact && haige.weight == 1)
        let group = try #require(comparison.pairs.first { $0.left == ["group"] })
        #expect(group.weight == OrgWords.genericWeight)
        #expect(comparison.reasons.contains { $0.hasPrefix("paired:") })
        #expect(comparison.reasons.last?.hasPrefix("decision: match") == true)
    }

    @Test("pairs typos, abbreviations and words written together")
    func pairsVariants() {
        let typo = scorer.compare("SOIN, Dmitry Yuryevich", "SOIN, Dmitriy Yurevich")
        #expect(typo.pairs.filter { $0.kind == .typo }.count == 2)
        #expect(typo.decision == .match)
        let abbreviation = scorer.compare("HANGZHOU HIKVISION DIGIT. TECHNOLOGY", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.")
        #expect(abbreviation.pairs.contains { $0.kind == .abbreviation })
        #expect(abbreviation.decision == .match)
        let joined = scorer.compare("ANHUI GREATWALL MILITARY INDUSTRY", "ANHUI GREAT WALL MILITARY INDUSTRY")
        #expect(joined.pairs.contains { $0.kind == .joined && $0.right == ["great", "wall"] })
        #expect(joined.score == 1)
    }

    @Test("leaves a name that agrees only through a weak typo, or only on generic words, for review or below")
    func weakEvidenceIsReview() {
        #expect(scorer.compare("ATLANTIA SPA", "ATLANTIC SPA").decision == .review)  // another ending: another name
        #expect(scorer.compare("NIDEC CORP", "NIOEC CORP").decision != .match)  // five letters
        #expect(scorer.compare("INDUSTRIAL BANK OF KOREA", "INDUSTRIAL BANK").decision == .noMatch)  // a country arm
        #expect(scorer.compare("INDUSTRIAL BANK LTD A", "INDUSTRIAL BANK").decision == .match)
    }

    @Test("pairs a typo anywhere in a long word, the first letter too (issue #11)", arguments: [
        ("CLOUDWLAK TECHNOLOGY", "CLOUDWALK TECHNOLOGY"), ("XENSETIME GROUP", "SENSETIME GROUP LIMITED"),
        ("GENTNIG MALAYSIA", "GENTING MALAYSIA"), ("HANGHAI INTERNATIONAL PORT", "SHANGHAI INTERNATIONAL PORT"),
    ])
    func typoAnywhere(first: String, second: String) {
        #expect(scorer.compare(first, second).decision == .match)
    }

    @Test("requires numbers to agree")
    func numbersMustAgree() {
        let comparison = scorer.compare("ROSNEFT 2", "ROSNEFT")
        #expect(!comparison.numbersAgree)
        #expect(comparison.score <= NameScorer.numberMismatchCap)
        #expect(comparison.decision == .noMatch)
        #expect(scorer.compare("FACTORY 1143", "FACTORY 1143").decision == .match)
    }

    @Test("lowers the score when both names carry legal forms that differ")
    func legalFormsDiffer() {
        let comparison = scorer.compare("SENSETIME GROUP INC", "SENSETIME GROUP LIMITED")
        #expect(comparison.legalForms == .differ)
        #expect(comparison.score == NameScorer.legalFormFactor)
        #expect(scorer.compare("SENSETIME GROUP", "SENSETIME GROUP LIMITED").legalForms == .notCompared)
        #expect(scorer.compare("LUKOIL OAO", "LUKOIL PJSC").legalForms == .agree)
    }

    @Test("compares exact-only when asked, as for weak aliases")
    func exactOnly() {
        #expect(scorer.compare("AVIC", "avic", exactOnly: true).score == 1)
        #expect(scorer.compare("AVIC LTD", "AVIC", exactOnly: true).decision == .match)
        #expect(scorer.compare("AVICOPTER", "AVIC", exactOnly: true).score == 0)
        #expect(scorer.compare("SENSTIME", "SENSETIME", exactOnly: true).score == 0)
        #expect(scorer.compare("SENSTIME GROUP", "SENSETIME GROUP").score > 0)
    }

    @Test("turns scores into decisions at the documented thresholds")
    func thresholds() {
        let thresholds = MatchThresholds.standard
        #expect(thresholds.decision(for: 1) == .match)
        #expect(thresholds.decision(for: thresholds.match) == .match)
        #expect(thresholds.decision(for: thresholds.match - 0.001) == .review)
        #expect(thresholds.decision(for: thresholds.review) == .review)
        #expect(thresholds.decision(for: thresholds.review - 0.001) == .noMatch)
        #expect(MatchDecision.noMatch.rawValue == "no-match")
    }

    @Test("gives names without words no score")
    func emptyNames() {
        #expect(scorer.compare("", "").score == 0)
        #expect(scorer.compare("LIMITED", "SENSETIME").score == 0)
    }
}
