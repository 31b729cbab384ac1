/// The table of company legal forms: every spelling OpsLens recognises, mapped to one compare form.
///
/// Spellings are written as people write them (any case, punctuation, diacritics or script);
/// ``NameNormalizer`` folds them through the same steps as names before use, so `S.A.`, `s.a.`
/// and `SA` are one spelling, and `ООО` is matched after transliteration. Compare forms put
/// translations together: `Limited`, `Ltd`, `有限公司` and `Limitada` all compare as `ltd`.
///
/// Han, Kana and Hangul spellings are stripped from the ends of CJK runs rather than matched as
/// words (a Chinese name has no spaces); see ``LegalForms/cjkSpellings``.
public enum LegalForms {
    /// One legal form: the form it compares as and the spellings that stand for it.
    public struct Form: Sendable, Hashable {
        /// The compare form, e.g. `ltd`.
        public var compareForm: String
        /// Every spelling of the form, as written.
        public var spellings: [String]
    }

    /// Compare forms that say little about an issuer (`co`, `corp`): they never make two legal forms disagree.
    public static let organisationalForms: Set<String> = ["co", "corp"]

    /// The kind of company a compare form stands for, which the lists' aliases swap freely: a Russian
    /// joint-stock company, open or closed, before or after the 2014 reform (`АО`, `ЗАО` = `JSC`; `ОАО`,
    /// `ПАО` = `PJSC`). Other forms are their own kind: `INC` and `LIMITED` differ, and so do `LTD` and
    /// `ООО` (`NAVINFO LTD` is not `NOVINFO, OOO`).
    public static func family(of compareForm: String) -> String {
        families[compareForm] ?? compareForm
    }

    private static let families: [String: String] = ["pjsc": "jsc"]

    /// Single-word spellings that are removed wherever they stand. Other single words are removed only at
    /// the end of a name (`AS`, `AB`, `SE`, `SA` are also ordinary words or name parts), or at its start
    /// when they are in ``LegalForms/leadingForms``. Spellings of two or more words are removed anywhere.
    static let removableAnywhere: Set<String> = [
        "co", "company", "comp", "corp", "corporation", "ltd", "limited", "inc", "incorporated", "llc",
        "plc", "gmbh", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "pao", "ltda",
    ]

    /// Single-word spellings also removed from the start of a name (`ООО РОМАШКА`, `PT BANK RAKYAT`).
    static let leadingForms: Set<String> = ["ao", "ab", "tov", "too", "fgup", "gup", "mup", "pt", "kk", "ojsc", "nao"]

    /// The Latin and Cyrillic legal forms.
    public static let forms: [Form] = [
        // English and common-law
        Form(compareForm: "ltd", spellings: ["Limited", "Ltd", "Ltd.", "Ltda", "Limitada", "Limitata", "Ltee", "Limitée", "Pte Ltd", "Pty Ltd", "Pvt Ltd", "Private Limited", "Proprietary Limited", "Sdn Bhd", "Sendirian Berhad", "Company Limited", "Co Ltd", "Co., Ltd.", "Corporation Limited", "Corp Ltd"]),
        Form(compareForm: "plc", spellings: ["PLC", "Public Limited Company", "P.L.C.", "Public Company Limited", "PCL", "Tbk", "Terbuka", "Bhd", "Berhad"]),
        Form(compareForm: "inc", spellings: ["Inc", "Inc.", "Incorporated", "Incorporation"]),
        Form(compareForm: "corp", spellings: ["Corp", "Corp.", "Corporation", "Corpn", "Corporations"]),
        Form(compareForm: "co", spellings: ["Co", "Co.", "Company", "Comp", "Cie", "Compagnie", "Compania", "Compañía", "Companhia", "Compagnia", "Companies"]),
        Form(compareForm: "llc", spellings: ["LLC", "L.L.C.", "Limited Liability Company", "Limited Liability Co", "LLP", "Limited Liability Partnership", "LP", "Limited Partnership"]),
        // German, Austrian, Swiss
        Form(compareForm: "gmbh", spellings: ["GmbH", "Gesellschaft mit beschränkter Haftung", "Ges.m.b.H.", "GesmbH", "mbH", "UG", "Unternehmergesellschaft", "GmbH & Co KG", "GmbH & Co. KG"]),
        Form(compareForm: "ag", spellings: ["AG", "Aktiengesellschaft", "KGaA", "Kommanditgesellschaft auf Aktien", "SE & Co KGaA"]),
        Form(compareForm: "kg", spellings: ["KG", "Kommanditgesellschaft", "OHG", "Offene Handelsgesellschaft", "eG", "eingetragene Genossenschaft", "e.V.", "eingetragener Verein"]),
        // French, Belgian, Swiss, Luxembourg
        Form(compareForm: "sa", spellings: ["SA", "S.A.", "Société Anonyme", "Sociedad Anónima", "Sociedade Anônima", "Societe Anonyme", "SAS", "S.A.S.", "Société par Actions Simplifiée", "SASU", "SCA", "Société en Commandite par Actions", "SAB", "SAB de CV", "S.A.B. de C.V.", "SA de CV", "S.A. de C.V.", "SAA", "SACA", "SAIC", "SA/NV", "SpA", "S.p.A.", "Società per Azioni", "SGPS", "SE", "Societas Europaea", "Europäische Gesellschaft"]),
        Form(compareForm: "sarl", spellings: ["SARL", "S.à r.l.", "S.A.R.L.", "Société à Responsabilité Limitée", "EURL", "SNC", "Société en Nom Collectif", "SCS"]),
        // Spanish, Portuguese, Italian
        Form(compareForm: "srl", spellings: ["SRL", "S.R.L.", "S.r.l.", "Società a Responsabilità Limitata", "Sociedad de Responsabilidad Limitada", "SL", "S.L.", "Sociedad Limitada", "SLU", "S.L.U.", "Lda", "Sociedade Limitada", "SAPA", "Sapa", "Società in Accomandita per Azioni", "Scarl", "SCpA", "Sociedad Colectiva", "SC", "S.C.", "Sociedad en Comandita"]),
        // Dutch and Belgian
        Form(compareForm: "nv", spellings: ["NV", "N.V.", "Naamloze Vennootschap"]),
        Form(compareForm: "bv", spellings: ["BV", "B.V.", "Besloten Vennootschap", "BVBA", "Besloten Vennootschap met Beperkte Aansprakelijkheid", "CV", "Commanditaire Vennootschap", "VOF", "Vennootschap onder Firma"]),
        // Nordic
        Form(compareForm: "ab", spellings: ["AB", "Aktiebolag", "Aktiebolaget", "AB (publ)", "publ", "HB", "Handelsbolag", "KB", "Kommanditbolag"]),
        Form(compareForm: "asa", spellings: ["ASA", "Allmennaksjeselskap", "AS", "A/S", "Aksjeselskap", "Aktieselskab", "Aktieselskabet", "ApS", "Anpartsselskab", "IVS", "AMBA", "A.m.b.a.", "hf", "ehf", "Hlutafélag", "Einkahlutafélag"]),
        Form(compareForm: "oy", spellings: ["Oy", "Osakeyhtiö", "Oyj", "Julkinen osakeyhtiö", "Ky", "Kommandiittiyhtiö", "Ab Oy"]),
        // Russian and other Cyrillic
        Form(compareForm: "llc", spellings: ["ООО", "OOO", "Общество с ограниченной ответственностью", "Obshchestvo s Ogranichennoy Otvetstvennostyu", "Obshchestvo s Ogranichennoi Otvetstvennostyu", "ТОВ", "TOV", "ТОО", "TOO", "ОДО", "ODO"]),
        Form(compareForm: "jsc", spellings: ["АО", "AO", "Акционерное общество", "Aktsionernoe Obshchestvo", "JSC", "Joint Stock Company", "Joint-Stock Company", "JSCo", "АТ", "ПАТ", "ПрАТ", "ЗАТ", "ВАТ", "АД", "ЕАД"]),
        Form(compareForm: "pjsc", spellings: ["ПАО", "PAO", "Публичное акционерное общество", "Publichnoe Aktsionernoe Obshchestvo", "PJSC", "Public Joint Stock Company", "Public Joint-Stock Company", "PJSCo"]),
        // OAO became PAO and ZAO became AO under the 2014 Civil Code reform: they compare as their successors.
        Form(compareForm: "pjsc", spellings: ["ОАО", "OAO", "Открытое акционерное общество", "Otkrytoe Aktsionernoe Obshchestvo", "OJSC", "Open Joint Stock Company", "Open Joint-Stock Company"]),
        Form(compareForm: "jsc", spellings: ["ЗАО", "ZAO", "Закрытое акционерное общество", "Zakrytoe Aktsionernoe Obshchestvo", "CJSC", "Closed Joint Stock Company", "Closed Joint-Stock Company", "НАО", "NAO", "Непубличное акционерное общество"]),
        Form(compareForm: "fgup", spellings: ["ФГУП", "FGUP", "Federal State Unitary Enterprise", "ГУП", "GUP", "State Unitary Enterprise", "МУП", "MUP", "Municipal Unitary Enterprise", "ИП", "Individual Entrepreneur"]),
        // Chinese, Japanese and Korean in Latin script
        Form(compareForm: "ltd", spellings: ["Youxian Gongsi", "Gufen Youxian Gongsi", "Youxian Zeren Gongsi", "Yugen Kaisha", "YK", "Yuhan Hoesa"]),
        Form(compareForm: "kk", spellings: ["KK", "K.K.", "Kabushiki Kaisha", "Kabushikigaisha", "Godo Kaisha", "GK", "Chusik Hoesa", "Jusik Hoesa", "Jusikhoesa"]),
        Form(compareForm: "pt", spellings: ["PT", "P.T.", "Perseroan Terbatas", "PT Tbk"]),
        // Polish, Czech, Greek, Turkish and others seen in holdings
        Form(compareForm: "sa", spellings: ["Spółka Akcyjna", "Spolka Akcyjna", "a.s.", "akciová společnost", "AE", "Anonymi Etaireia", "Anonim Şirketi", "Anonim Sirketi", "AŞ", "Rt", "Nyrt", "Zrt", "dd", "d.d."]),
        Form(compareForm: "srl", spellings: ["Sp. z o.o.", "Spółka z ograniczoną odpowiedzialnością", "s.r.o.", "spol. s r.o.", "Kft", "Ltd Şti", "Limited Şirketi", "doo", "d.o.o."]),
    ]

    /// Han, Kana and Hangul spellings, stripped from the start or end of a CJK run, with their compare forms.
    ///
    /// Longer spellings come first so that `股份有限公司` is taken whole before `有限公司`.
    public static let cjkSpellings: [(spelling: String, compareForm: String)] = [
        ("股份有限公司", "ltd"), ("有限责任公司", "ltd"), ("有限責任公司", "ltd"), ("集团有限公司", "ltd"),
        ("集團有限公司", "ltd"), ("有限公司", "ltd"), ("股份公司", "jsc"), ("公司", "co"),
        ("株式会社", "kk"), ("株式會社", "kk"), ("有限会社", "ltd"), ("合同会社", "llc"), ("合資会社", "kk"),
        ("주식회사", "kk"), ("유한회사", "ltd"), ("(주)", "kk"), ("㈜", "kk"),
    ]

    /// The 466 legal forms of rigour's `org_types.yml` (``RigourNameData/orgTypes``), in every language and
    /// with common misspellings; OpsLens's own ``forms`` take precedence where they share a spelling.
    public static let rigourForms: [Form] = RigourNameData.orgTypes.split(separator: "\n").map { line in
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return Form(compareForm: fields[0], spellings: Array(fields.dropFirst(2)))
    }

    /// The number of spellings in the table, Latin, Cyrillic and CJK together.
    public static var spellingCount: Int {
        forms.reduce(0) { $0 + $1.spellings.count } + rigourForms.reduce(0) { $0 + $1.spellings.count } + cjkSpellings.count
    }
}
