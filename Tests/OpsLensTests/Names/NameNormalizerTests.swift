import Testing
@testable import OpsLens

@Suite("Name normalisation")
struct NameNormalizerTests {
    let normalizer = NameNormalizer()

    @Test("folds case, width, diacritics and punctuation, and drops legal forms", arguments: [
        ("Société Générale S.A.", "societe generale", ["sa"]),
        ("ＳＥＮＳＥＴＩＭＥ　ＧＲＯＵＰ　ＬＴＤ", "sensetime group", ["ltd"]),
        ("AVIC XI'AN AIRCRAFT INDUSTRY GROUP COMPANY LTD.", "avic xian aircraft industry group", ["co", "ltd"]),
        ("Huawei Investment & Holding Co., Ltd.", "huawei investment holding", ["ltd"]),
        ("Siemens Aktiengesellschaft", "siemens", ["ag"]),
        ("Grupo México, S.A.B. de C.V.", "group mexico", ["sa"]),
        ("PUBLIC JOINT-STOCK COMPANY OIL COMPANY LUKOIL", "oil lukoil", ["co", "pjsc"]),
        ("Müller Straße GmbH", "muller strasse", ["gmbh"]),
        ("A-B-C Company", "abc", ["co"]),
        ("Novo Nordisk A/S", "novo nordisk", ["asa"]),
        ("PT Bank Rakyat Indonesia (Persero) Tbk", "bank rakyat indonesia persero", ["plc", "pt"]),
    ])
    func foldsAndDropsLegalForms(name: String, words: String, legal: [String]) {
        let normalized = normalizer.normalize(name)
        #expect(normalized.text == words)
        #expect(normalized.legalForms == legal)
    }

    @Test("strips share-class and listing noise", arguments: [
        ("AVICOPTER PLC A", "avicopter"),
        ("CRRC CORP LTD H", "crrc"),
        ("HAIER SMART HOME LTD H SHS", "haier smart home"),
        ("MEITUAN-W", "meituan"),
        ("BILIBILI INC-SW", "bilibili"),
        ("ALIBABA GROUP HOLDING LTD SPONSORED ADR", "alibaba group holding"),
        ("BAIDU INC CLASS A", "baidu"),
        ("BERKSHIRE HATHAWAY INC CL B", "berkshire hathaway"),
        ("SURGUTNEFTEGAZ PREF", "surgutneftegaz"),
        ("SBERBANK ROSSII 144A", "sberbank rossii"),
        ("GAZPROM ADR REG S", "gazprom"),
        ("SILERGY CORP ORD SHS", "silergy"),
        ("GRUPO MEXICO SAB DE CV SER B", "group mexico"),
    ])
    func stripsListingNoise(name: String, words: String) {
        #expect(normalizer.normalize(name).text == words)
    }

    @Test("folds abbreviations of organisation words to one form", arguments: [
        ("GUANGZHOU HAIGE COMM GRP", "guangzhou haige communications group"),
        ("CNOOC ENERGY TECH & SRVCES LTD", "cnooc energy technology service"),
        ("INSPUR ELECTRONIC INFORMATION INDU", "inspur elec information industry"),
        ("SEMICONDUCTOR MFG INTL CORP", "semiconductor manufacturing international"),
        ("LUKOIL OIL COMP", "lukoil oil"),
        ("HUAWEI INVESTMENT & HLDG CO LTD", "huawei investment holding"),
    ])
    func foldsAbbreviations(name: String, words: String) {
        #expect(normalizer.normalize(name).text == words)
    }

    @Test("keeps Han script in Han and strips Chinese, Japanese and Korean legal forms", arguments: [
        ("商汤集团股份有限公司", "商汤 group", ["ltd"]),
        ("商汤集团", "商汤 group", []),
        ("腾讯控股有限公司", "腾讯 holding", ["ltd"]),
        ("中国移动有限公司", "china 移动", ["ltd"]),
        ("株式会社日立製作所", "日立製作所", ["kk"]),
        ("삼성전자 주식회사", "삼성전자", ["kk"]),
    ])
    func keepsHanScript(name: String, words: String, legal: [String]) {
        let normalized = normalizer.normalize(name)
        #expect(normalized.text == words)
        #expect(normalized.legalForms == legal)
        #expect(normalized.tokens.contains { $0.kind == .script })
    }

    @Test("reads disguised spellings of SENSETIME GROUP LIMITED as the name, and says it was disguised", arguments: [
        "S\u{0415}NS\u{0415}TIME GROUP LIMITED",  // Cyrillic Е
        "ＳＥＮＳＥＴＩＭＥ ＧＲＯＵＰ ＬＩＭＩＴＥＤ",  // full width
        "SENSE\u{200B}TIME GROUP\u{200D} LIMITED",  // zero-width space and joiner
        "SΕNSΕTΙMΕ GROUP LIMITED",  // Greek Ε and Ι
        "S\u{0415}NSETIM\u{0415} GR\u{041E}UP LIMIT\u{0415}D",  // Cyrillic Е and О across every word
    ])
    func readsDisguisedNames(name: String) {
        let normalized = normalizer.normalize(name)
        #expect(normalized.text == "sensetime group")
        #expect(normalized.legalForms == ["ltd"])
        #expect(normalized.isObfuscated)
    }

    @Test("does not call a plain name, extra spaces or a Cyrillic name disguised")
    func plainNamesAreNotDisguised() {
        #expect(normalizer.normalize("  SENSETIME   GROUP  LIMITED ").text == "sensetime group")
        #expect(!normalizer.normalize("  SENSETIME   GROUP  LIMITED ").isObfuscated)
        #expect(!normalizer.normalize("ПАО «ЛУКОЙЛ»").isObfuscated)
    }

    @Test("reads numbers and ordinals written as words, possessives, parenthesised qualifiers and joined words", arguments: [
        ("FORTY-FOUR TRADING", "44 trading"), ("FIRST ABU DHABI BANK", "1 abu dhabi bank"), ("1ST ABU DHABI BANK", "1 abu dhabi bank"),
        ("TWENTY-FIRST CENTURY FOX", "21 century fox"), ("BANK'S MANDIRI", "bank mandiri"), ("HUAWEITECHNOLOGIES", "huawei technology"),
        ("NICELTD", "nice"), ("SIEMENS AKTIENGESELSHAFT", "siemens"), ("HOLD INGS ALPHA", "holding alpha"),
    ])
    func readsWrittenVariants(name: String, words: String) {
        #expect(normalizer.normalize(name).text == words)
    }

    @Test("compares a bounded prefix of a very long name, quickly")
    func boundsLength() {
        let long = String(repeating: "ABCDEFGHIJ", count: 100_000)  // 1 MB, one word
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = NameScorer().compare(long, "ABCDEFGHIJ LTD") }
        #expect(elapsed < .seconds(5), "a quadratic comparison of 1 MB takes minutes")
        #expect(normalizer.normalize(long).text.utf8.count <= NameNormalizer.maximumLength)
        let words = String(repeating: "ALPHA BETA ", count: 100_000)
        #expect(normalizer.normalize(words).tokens.count <= 48)
    }

    @Test("transliterates Cyrillic and maps Russian legal forms", arguments: [
        ("ПАО «ЛУКОЙЛ»", "lukoil", ["pjsc"]),
        ("ООО Ромашка", "romashka", ["llc"]),
        ("Публичное акционерное общество «Газпром»", "gazprom", ["pjsc"]),
        ("ОАО Сургутнефтегаз", "surgutneftegaz", ["pjsc"]),
    ])
    func transliteratesCyrillic(name: String, words: String, legal: [String]) {
        let normalized = normalizer.normalize(name)
        #expect(normalized.text == words)
        #expect(normalized.legalForms == legal)
    }

    @Test("recognises a legal form cut short by a holdings file's column width")
    func recognisesTruncatedLegalForm() {
        let normalized = normalizer.normalize("AVIC JONHON OPTRONIC TECHNOLOGY LT")
        #expect(normalized.text == "avic jonhon optronic technology")
        #expect(normalized.legalForms == ["ltd"])
    }

    @Test("weighs generic, place and industry words less than distinctive words")
    func weighsWords() {
        let tokens = normalizer.normalize("GUANGZHOU HAIGE AVIATION GROUP 2").tokens
        #expect(tokens.map(\.weight) == [OrgWords.placeWeight, 1, OrgWords.industryWeight, OrgWords.genericWeight, 1])
        #expect(tokens.last?.kind == .number)
    }

    @Test("has at least 150 legal-form spellings across the required languages")
    func legalFormTableIsLarge() {
        #expect(LegalForms.spellingCount >= 150)
        let spellings = Set(LegalForms.forms.flatMap(\.spellings) + LegalForms.cjkSpellings.map(\.spelling))
        for required in ["Limited", "Ltd", "GmbH", "AG", "SA", "ООО", "ПАО", "Aktiebolag", "Oyj", "Naamloze Vennootschap",
                         "Società per Azioni", "Sociedad Anónima", "Société Anonyme"] {
            #expect(spellings.contains(required), "missing \(required)")
        }
        for required in ["有限公司", "股份有限公司", "株式会社", "주식회사"] {
            #expect(spellings.contains(required), "missing \(required)")
        }
    }

    @Test("gives an empty name no words")
    func emptyName() {
        #expect(normalizer.normalize("").tokens.isEmpty)
        #expect(normalizer.normalize(" - . , ").tokens.isEmpty)
    }
}
