/// Organisation words: their abbreviations folded to one canonical word, and how much each word weighs.
///
/// A word's weight says how much it tells two issuers apart. Distinctive words weigh 1.
/// Generic organisation words (`group`, `holding`, `china`, `technology`, …) weigh 0.1, places 0.3
/// and industry words 0.5, so that two names sharing only such words never score high.
public enum OrgWords {
    /// The weight of a distinctive word or a number.
    public static let distinctiveWeight = 1.0
    /// The weight of an industry word (`aviation`, `bank`, `oil`).
    public static let industryWeight = 0.5
    /// The weight of a place name (`beijing`, `hong`, `kong`).
    public static let placeWeight = 0.3
    /// The weight of a generic organisation word (`group`, `china`, `international`).
    public static let genericWeight = 0.1
    /// The most a word in parentheses weighs (`X (SCHWEIZ) AG`): a qualifier, not the name.
    public static let qualifierWeight = 0.05

    /// Abbreviations and variant spellings, folded to one canonical word.
    public static let synonyms: [String: String] = {
        let groups: [String: [String]] = [
            "group": ["grp", "grupo", "groupe", "gruppe", "gruppo", "groep"],
            "holding": ["holdings", "hldgs", "hldg", "hlds", "hld", "holdg", "hold"],
            "international": ["intl", "internat", "internatl", "internacional", "internationale", "int"],
            "technology": ["tech", "techn", "technol", "technologies", "techs", "tecnologia", "technologie", "techno"],
            "service": ["services", "srvces", "srvcs", "svcs", "svc", "serv", "servs", "servicios"],
            "industry": ["indu", "ind", "inds", "indus", "industries", "industrial", "industrie", "industria", "indl"],
            "elec": ["electric", "electrical", "electronic", "electronics", "electr", "electro", "elect", "elecs", "electron"],
            "communications": ["comm", "comms", "commun", "communication", "commn", "communic"],
            "manufacturing": ["mfg", "manuf", "mfr", "manufacture", "manufacturers"],
            "national": ["natl", "nat", "nationale", "nacional"],
            "development": ["dev", "devel", "dvlp"],
            "investment": ["invest", "investments", "inv", "invt"],
            "engineering": ["eng", "engg", "engr", "engineer"],
            "system": ["systems", "sys", "syst"],
            "resource": ["resources", "res"],
            "enterprise": ["enterprises", "ent", "entpr"],
            "pharmaceutical": ["pharm", "pharma", "pharmaceuticals", "pharmaceut"],
            "financial": ["fin", "finl", "finance", "financ"],
            "management": ["mgmt", "mgt", "manag"],
            "science": ["sci", "sciences", "scientific"],
            "information": ["info", "inform", "informatn"],
            "bank": ["bk", "banking", "banco", "banque"],
            "chemical": ["chem", "chemicals", "chemie", "quimica"],
            "machinery": ["mach", "machine", "machines"],
            "equipment": ["equip", "eqpt"],
            "construction": ["constr", "const", "constrn"],
            "product": ["products", "prod", "prods"],
            "petroleum": ["petrol", "petro", "petroleo"],
            "insurance": ["insur", "assurance"],
            "securities": ["sec", "secs", "security"],
            "america": ["american", "amer", "americas"],
            "china": ["chinese", "chn", "prc", "zhongguo"],
            "power": ["pwr"],
            "energy": ["engy", "energia", "energie"],
            "transport": ["transportation", "trans", "transp"],
            "material": ["materials", "matls", "mat"],
            "network": ["networks", "netw"],
            "trading": ["trade", "trdg"],
            "aviation": ["avn", "aviat"],
            "automobile": ["auto", "automotive", "autos", "motor", "motors"],
                        "properties": ["property", "prop", "props"],
            "railway": ["railways", "rlwy"],  // a railroad is another company (issue #11)
            "shipbuilding": ["shipbldg", "shipbuild"],
            "shipping": ["shpg", "ship"],
            "capital": ["cap", "capitals"],
            "partners": ["partner", "ptnrs"],
            "global": ["glbl"],
            "general": ["genl", "gen"],
            "telecom": ["tel", "telecoms"],
            "telecommunications": ["telecommunication", "telecommun"],
            "association": ["assn", "assoc"],
            "institute": ["inst", "institution"],
            "university": ["univ"],
            "center": ["centre", "ctr"],
            "government": ["govt"],
            "control": ["ctrl", "cntrl"],
            "and": ["und", "et"],
        ]
        var map: [String: String] = [:]
        for (canonical, spellings) in groups {
            for spelling in spellings { map[spelling] = canonical }
        }
        return map
    }()

    /// Generic organisation words (canonical forms), countries and nationalities among them: they say
    /// as little about an issuer as "china".
    public static let generic: Set<String> = Set([
        "group", "holding", "international", "technology", "service", "industry", "communications",
        "manufacturing", "national", "development", "investment", "engineering", "system", "resource",
        "enterprise", "financial", "management", "science", "information", "global",
        "capital", "partners", "trading", "product", "equipment", "material", "network", "digital",
        "united", "state", "public", "pacific", "world", "universal", "union",
        "limited", "joint", "stock", "overseas", "high", "smart", "solutions",
        "commercial", "trust", "fund", "association", "center", "institute", "consolidated", "allied",
    ]).union(countries)

    /// Industry words (canonical forms).
    public static let industry: Set<String> = [
        "elec", "bank", "oil", "gas", "petroleum", "energy", "power", "insurance", "securities", "mining",
        "steel", "chemical", "pharmaceutical", "machinery", "aviation", "aircraft", "aerospace", "airlines",
        "nuclear", "railway", "shipping", "shipbuilding", "semiconductor", "telecom", "telecommunications",
        "mobile", "software", "media", "medical", "health", "healthcare", "food", "foods", "water", "coal",
        "metal", "metals", "cement", "textile", "automobile", "transport", "logistics", "construction",
        "real", "estate", "properties", "biotech", "bio", "biology", "agriculture", "airport", "port",
        "marine", "offshore", "defense", "defence", "military", "optical", "instrument", "instruments",
        "heavy", "navigation", "aero", "engine", "engines", "satellite", "space", "launch", "vehicle", "rocket", "precision", "tobacco",
        "beverage", "brewery", "wine", "paper", "glass", "rubber", "plastics", "cable", "wire", "solar",
        "wind", "hydro", "agricultural", "islamic", "utilities", "utility", "broadcasting", "entertainment", "education", "hospital",
    ]

    /// Place names (canonical forms): Chinese provinces and large cities, other cities, regions.
    public static let places: Set<String> = [
        "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "nanjing", "tianjin", "chongqing",
        "wuhan", "chengdu", "xian", "shenyang", "harbin", "dalian", "qingdao", "xiamen", "suzhou", "zhuzhou",
        "changsha", "zhengzhou", "jinan", "kunming", "guiyang", "nanchang", "fuzhou", "hefei", "baotou",
        "zhejiang", "jiangsu", "jiangxi", "anhui", "hubei", "hunan", "sichuan", "shandong", "guangdong",
        "fujian", "hebei", "henan", "shanxi", "shaanxi", "guizhou", "yunnan", "liaoning", "jilin",
        "heilongjiang", "gansu", "qinghai", "hainan", "xinjiang", "tibet", "ningxia", "guangxi", "inner",
        "mongolia", "hong", "kong", "macau", "macao", "moscow", "tehran", "europe", "european",
        "middle", "east", "west", "north", "south", "northern", "southern", "eastern",
        "western", "central", "crimea", "sevastopol", "pyongyang", "dubai", "london",
    ]

    /// Whether a word, added to a name, makes another entity of it: a place or country (a regional arm),
    /// or a word for a branch, trust or fund. (An industry word, `X INSURANCE`, weighs enough already.)
    public static func marksAnotherEntity(_ word: String) -> Bool {
        places.contains(word) || countries.contains(word) || subsidiaryWords.contains(word)
    }

    /// Countries, nationalities and continents (generic words: they weigh little when paired; Europe is a place).
    static let countries: Set<String> = [
        "china", "russia", "russian", "iran", "iranian", "korea", "korean", "japan", "japanese", "india", "indian",
        "taiwan", "syria", "syrian", "iraq", "iraqi", "lebanon", "cuba", "cuban", "venezuela", "belarus",
        "ukraine", "turkey", "singapore", "malaysia", "thailand", "indonesia", "vietnam", "brazil", "mexico",
        "canada", "saudi", "arabia", "arabian", "qatar", "kuwait", "bahrain", "oman", "yemen", "afghanistan",
        "pakistan", "emirates", "africa", "african", "america", "asia", "usa", "us",
    ]

    /// Words for another entity in a group: a branch, a trust company, a fund, an asset manager.
    static let subsidiaryWords: Set<String> = [
        "trust", "branch", "fund", "foundation", "management", "asset", "assets", "leasing", "finance", "financial",
        "investment", "capital", "securities", "bancorp", "reinsurance", "life", "subsidiary", "division", "office",
    ]

    /// Words dropped from every name: articles, prepositions and conjunctions.
    public static let stopwords: Set<String> = [
        "and", "of", "the", "for", "de", "del", "la", "le", "les", "des", "du",
        "di", "da", "der", "die", "das", "den", "van", "von", "im",
    ]

    /// What the normaliser needs to know of a word, in one lookup: its canonical form, its weight
    /// and whether it is a stopword. Words not in the lexicon are distinctive and stand for themselves.
    struct Entry {
        var canonical: String
        var weight: Double
        var isStopword: Bool
        /// The canonical word as a token (its phonetic key computed once).
        let token: NameToken

        init(canonical: String, weight: Double, isStopword: Bool) {
            self.canonical = canonical
            self.weight = weight
            self.isStopword = isStopword
            token = NameToken(text: canonical, kind: .word, weight: weight)
        }
    }

    /// Every spelling and canonical word with its ``Entry``.
    static let lexicon: [String: Entry] = {
        var lexicon: [String: Entry] = [:]
        for word in generic.union(places).union(industry).union(stopwords) {
            lexicon[word] = Entry(canonical: word, weight: weight(of: word), isStopword: stopwords.contains(word))
        }
        for (spelling, canonical) in synonyms where !stopwords.contains(spelling) {
            lexicon[spelling] = Entry(canonical: canonical, weight: weight(of: canonical), isStopword: stopwords.contains(canonical))
        }
        return lexicon
    }()

    /// Whether a word may be in ``lexicon``.
    static let lexiconFilter = WordFilter(lexicon.keys)

    /// The weight of a canonical word.
    public static func weight(of word: String) -> Double {
        if generic.contains(word) { return genericWeight }
        if places.contains(word) { return placeWeight }
        if industry.contains(word) { return industryWeight }
        return distinctiveWeight
    }
}
