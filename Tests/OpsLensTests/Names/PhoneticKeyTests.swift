import Testing
@testable import OpsLens

@Suite("Phonetic keys and names written in another romanisation or in Cyrillic")
struct PhoneticKeyTests {
    let scorer = NameScorer()

    @Test("folds the romanisation variants of one Cyrillic letter to one spelling", arguments: [
        ("khodorkovsky", "hodorkovskii"), ("zhejiang", "dzhedzhiang"), ("tsentr", "tzentr"), ("shchukin", "shukin"),
        ("yulia", "iulia"), ("yakutia", "iakutia"), ("alpha", "alfa"), ("alpkha", "alfa"), ("lukojl", "lukoil"),
        ("kommercheskiy", "komercheskij"), ("exxon", "ekkson"),
    ])
    func foldsVariants(first: String, second: String) {
        #expect(PhoneticKey.of(first) == PhoneticKey.of(second), "\(first): \(PhoneticKey.of(first)), \(second): \(PhoneticKey.of(second))")
    }

    @Test("keeps words that sound different apart, and leaves numbers and other scripts alone", arguments: [
        ("railroad", "railway"), ("parts", "park"), ("tehran", "mehran"), ("kia", "kiev"),
    ])
    func keepsApart(first: String, second: String) {
        #expect(PhoneticKey.of(first) != PhoneticKey.of(second))
        #expect(PhoneticKey.of("1211") == "1211")
        #expect(PhoneticKey.of("商汤") == "商汤")
    }

    @Test("matches names written in Cyrillic after their Latin original, legal forms and generic words included", arguments: [
        ("ХАМШО ИНТЕРНАТИОНАЛ ГРОУП", "HAMSHO INTERNATIONAL GROUP"),
        ("МЕХРАН ШИППИНГ КОМПАНЙ ЛИМИТЕД", "MEHRAN SHIPPING COMPANY LIMITED"),
        ("ДЖОЙЙ АДР ИНК", "JOYY ADR INC"),
        ("ИЛДЖИН МАТЕРИАЛС", "ILJIN MATERIALS"),
        ("АХОМЕ РЕАЛ ЕСТАТЕ, С.А. ДЕ К.В.", "AHOME REAL ESTATE, S.A. DE C.V."),
        ("КРХ ПЛК", "CRH PLC"),
        ("ЛУКОЙЛ", "LUKOIL"),
        ("ХОДОРКОВСКИЙ", "KHODORKOVSKY"),
        ("Публичное акционерное общество «Газпром»", "PUBLIC JOINT STOCK COMPANY GAZPROM"),
    ])
    func matchesCyrillic(cyrillic: String, latin: String) {
        let comparison = scorer.compare(cyrillic, latin)
        #expect(comparison.decision == .match, "\(comparison.score) \(comparison.reasons)")
        #expect(scorer.compare(latin, cyrillic).score == comparison.score)
    }

    @Test("matches another romanisation of a Latin name, but not short Latin words one sound apart", arguments: [
        ("HODORKOVSKY TRADING", "KHODORKOVSKII TRADING", MatchDecision.match),
        ("KIA MOTORS", "CIA MOTORS", .noMatch),
        ("KONE", "CONE S.A.", .noMatch),
        ("ELISA", "ELLISSA HOLDING", .noMatch),
    ])
    func romanisations(first: String, second: String, decision: MatchDecision) {
        let comparison = scorer.compare(first, second)
        #expect(comparison.decision == decision, "\(comparison.score) \(comparison.reasons)")
    }

    @Test("does not correct a name into a place by replacing its first letter")
    func keepsNamesOffPlaces() {
        #expect(NameNormalizer().normalize("MEHRAN SHIPPING COMPANY").text == "mehran shipping")
        #expect(NameNormalizer().normalize("BANK OF ANJING").text == "bank nanjing")
    }

    @Test("finds a listed Latin name from its Cyrillic spelling, and a listed Cyrillic name from its Latin one")
    func indexFindsRomanisations() {
        let index = NameIndex(entries: [
            (key: 1, name: "HAMSHO INTERNATIONAL GROUP", isWeak: false),
            (key: 2, name: "ЛУКОЙЛ", isWeak: false),
            (key: 3, name: "ILJIN MATERIALS CO LTD", isWeak: false),
            (key: 4, name: "HAMAS", isWeak: false),
        ])
        #expect(index.query("ХАМШО ИНТЕРНАТИОНАЛ ГРОУП").first?.key == 1)
        #expect(index.query("LUKOIL").first?.key == 2)
        #expect(index.query("ИЛДЖИН МАТЕРИАЛС КО ЛТД").first?.key == 3)
        #expect(index.query("ИЛДЖИН МАТЕРИАЛС КО ЛТД").first?.decision == .match)
    }
}
