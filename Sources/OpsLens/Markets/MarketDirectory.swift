/// The markets OpsLens knows, looked up by MIC, exchange name, Bloomberg code or RIC suffix.
public enum MarketDirectory {
    /// The market with this MIC.
    public static func market(mic: String) -> Market? { byMIC[mic.uppercased()] }

    /// The market an exchange column names, e.g. "Hong Kong Exchanges And Clearing Ltd" → XHKG.
    public static func market(exchangeName: String) -> Market? {
        let key = normalizedName(exchangeName)
        if let market = byName[key] { return market }
        return byMIC[key.uppercased()]
    }

    /// The market a Bloomberg exchange code names (`HK`, `C2`, …); `nil` for composite or unknown codes.
    public static func market(bloombergCode: String) -> Market? { byBloomberg[bloombergCode.uppercased()] }

    /// The market a Reuters or Yahoo suffix names (`HK`, `SS`, `SZ`, …).
    public static func market(ricSuffix: String) -> Market? { byRIC[ricSuffix.uppercased()] }

    static func normalizedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// Every market in the directory.
    public static let all: [Market] = [
        Market(mic: "XHKG", name: "Hong Kong Stock Exchange", country: "HK", codeStyle: .hongKong,
               bloombergCodes: ["HK"], ricSuffixes: ["HK"],
               names: ["Hong Kong Exchanges And Clearing Ltd", "Hong Kong Stock Exchange", "HKEX", "SEHK", "HKG",
                       "Stock Exchange of Hong Kong"]),
        Market(mic: "XSHG", name: "Shanghai Stock Exchange", country: "CN", codeStyle: .sixDigits,
               bloombergCodes: ["CG", "C1"], ricSuffixes: ["SS", "SH"],
               names: ["Shanghai Stock Exchange", "SSE", "SHA", "Shanghai"]),
        Market(mic: "XSHE", name: "Shenzhen Stock Exchange", country: "CN", codeStyle: .sixDigits,
               bloombergCodes: ["CS", "C2"], ricSuffixes: ["SZ"],
               names: ["Shenzhen Stock Exchange", "SZSE", "SHE", "Shenzhen"]),
        Market(mic: "XKRX", name: "Korea Exchange (KOSPI)", country: "KR", codeStyle: .sixDigits,
               bloombergCodes: ["KS"], ricSuffixes: ["KS"],
               names: ["Korea Exchange (Stock Market)", "Korea Exchange", "KRX", "KOSPI"]),
        Market(mic: "XKOS", name: "Korea Exchange (KOSDAQ)", country: "KR", codeStyle: .sixDigits,
               bloombergCodes: ["KQ"], ricSuffixes: ["KQ"],
               names: ["Korea Exchange (Kosdaq)", "KOSDAQ"]),
        Market(mic: "XTAI", name: "Taiwan Stock Exchange", country: "TW", codeStyle: .verbatim,
               bloombergCodes: ["TT"], ricSuffixes: ["TW"], names: ["Taiwan Stock Exchange", "TWSE"]),
        Market(mic: "ROCO", name: "Taipei Exchange", country: "TW", codeStyle: .verbatim,
               bloombergCodes: ["TT"], ricSuffixes: ["TWO"], names: ["Gretai Securities Market", "Taipei Exchange", "TPEx"]),
        Market(mic: "XTKS", name: "Tokyo Stock Exchange", country: "JP", codeStyle: .verbatim,
               bloombergCodes: ["JP", "JT"], ricSuffixes: ["T"], names: ["Tokyo Stock Exchange", "TSE", "JPX"]),
        Market(mic: "XNYS", name: "New York Stock Exchange", country: "US", codeStyle: .verbatim,
               bloombergCodes: ["UN"], ricSuffixes: ["N"], names: ["New York Stock Exchange Inc.", "New York Stock Exchange", "NYSE"]),
        Market(mic: "XNAS", name: "Nasdaq", country: "US", codeStyle: .verbatim,
               bloombergCodes: ["UW", "UQ", "UR"], ricSuffixes: ["O", "OQ"], names: ["NASDAQ", "Nasdaq Stock Market"]),
        Market(mic: "XASE", name: "NYSE American", country: "US", codeStyle: .verbatim,
               bloombergCodes: ["UA"], ricSuffixes: ["A"], names: ["Nyse Mkt Llc", "NYSE American", "NYSE MKT"]),
        Market(mic: "BATS", name: "Cboe BZX", country: "US", codeStyle: .verbatim,
               bloombergCodes: ["UF"], ricSuffixes: [], names: ["Cboe BZX formerly known as BATS", "Cboe BZX", "BATS"]),
        Market(mic: "XLON", name: "London Stock Exchange", country: "GB", codeStyle: .verbatim,
               bloombergCodes: ["LN"], ricSuffixes: ["L"], names: ["London Stock Exchange", "LSE"]),
        Market(mic: "XPAR", name: "Euronext Paris", country: "FR", codeStyle: .verbatim,
               bloombergCodes: ["FP"], ricSuffixes: ["PA"], names: ["Nyse Euronext - Euronext Paris", "Euronext Paris"]),
        Market(mic: "XAMS", name: "Euronext Amsterdam", country: "NL", codeStyle: .verbatim,
               bloombergCodes: ["NA"], ricSuffixes: ["AS"], names: ["Euronext Amsterdam", "Nyse Euronext - Euronext Amsterdam"]),
        Market(mic: "XBRU", name: "Euronext Brussels", country: "BE", codeStyle: .verbatim,
               bloombergCodes: ["BB"], ricSuffixes: ["BR"], names: ["Nyse Euronext - Euronext Brussels", "Euronext Brussels"]),
        Market(mic: "XLIS", name: "Euronext Lisbon", country: "PT", codeStyle: .verbatim,
               bloombergCodes: ["PL"], ricSuffixes: ["LS"], names: ["Nyse Euronext - Euronext Lisbon", "Euronext Lisbon"]),
        Market(mic: "XETR", name: "Xetra", country: "DE", codeStyle: .verbatim,
               bloombergCodes: ["GY", "GR"], ricSuffixes: ["DE"], names: ["Xetra", "Deutsche Boerse Xetra"]),
        Market(mic: "XFRA", name: "Frankfurt Stock Exchange", country: "DE", codeStyle: .verbatim,
               bloombergCodes: ["GF"], ricSuffixes: ["F"], names: ["Frankfurt Stock Exchange", "Boerse Frankfurt"]),
        Market(mic: "XSWX", name: "SIX Swiss Exchange", country: "CH", codeStyle: .verbatim,
               bloombergCodes: ["SW", "SE"], ricSuffixes: ["S", "SW"], names: ["SIX Swiss Exchange", "SIX"]),
        Market(mic: "XMIL", name: "Borsa Italiana", country: "IT", codeStyle: .verbatim,
               bloombergCodes: ["IM"], ricSuffixes: ["MI"], names: ["Borsa Italiana"]),
        Market(mic: "XMAD", name: "Bolsa de Madrid", country: "ES", codeStyle: .verbatim,
               bloombergCodes: ["SM"], ricSuffixes: ["MC"], names: ["Bolsa De Madrid"]),
        Market(mic: "XSTO", name: "Nasdaq Stockholm", country: "SE", codeStyle: .verbatim,
               bloombergCodes: ["SS"], ricSuffixes: ["ST"], names: ["Nasdaq Omx Nordic", "Nasdaq Stockholm"]),
        Market(mic: "XCSE", name: "Nasdaq Copenhagen", country: "DK", codeStyle: .verbatim,
               bloombergCodes: ["DC"], ricSuffixes: ["CO"], names: ["Omx Nordic Exchange Copenhagen A/S", "Nasdaq Copenhagen"]),
        Market(mic: "XHEL", name: "Nasdaq Helsinki", country: "FI", codeStyle: .verbatim,
               bloombergCodes: ["FH"], ricSuffixes: ["HE"], names: ["Nasdaq Omx Helsinki Ltd.", "Nasdaq Helsinki"]),
        Market(mic: "XOSL", name: "Oslo Børs", country: "NO", codeStyle: .verbatim,
               bloombergCodes: ["NO"], ricSuffixes: ["OL"], names: ["Oslo Bors Asa", "Oslo Bors"]),
        Market(mic: "XWBO", name: "Wiener Börse", country: "AT", codeStyle: .verbatim,
               bloombergCodes: ["AV"], ricSuffixes: ["VI"], names: ["Wiener Boerse Ag"]),
        Market(mic: "XDUB", name: "Euronext Dublin", country: "IE", codeStyle: .verbatim,
               bloombergCodes: ["ID"], ricSuffixes: ["I", "IR"], names: ["Irish Stock Exchange - All Market", "Euronext Dublin"]),
        Market(mic: "XWAR", name: "Warsaw Stock Exchange", country: "PL", codeStyle: .verbatim,
               bloombergCodes: ["PW"], ricSuffixes: ["WA"], names: ["Warsaw Stock Exchange/Equities/Main Market"]),
        Market(mic: "XBUD", name: "Budapest Stock Exchange", country: "HU", codeStyle: .verbatim,
               bloombergCodes: ["HB"], ricSuffixes: ["BU"], names: ["Budapest Stock Exchange"]),
        Market(mic: "XPRA", name: "Prague Stock Exchange", country: "CZ", codeStyle: .verbatim,
               bloombergCodes: ["CP"], ricSuffixes: ["PR"], names: ["Prague Stock Exchange"]),
        Market(mic: "XATH", name: "Athens Exchange", country: "GR", codeStyle: .verbatim,
               bloombergCodes: ["GA"], ricSuffixes: ["AT"], names: ["Athens Exchange S.A. Cash Market"]),
        Market(mic: "XIST", name: "Borsa Istanbul", country: "TR", codeStyle: .verbatim,
               bloombergCodes: ["TI"], ricSuffixes: ["IS"], names: ["Istanbul Stock Exchange", "Borsa Istanbul"]),
        Market(mic: "MISX", name: "Moscow Exchange", country: "RU", codeStyle: .verbatim,
               bloombergCodes: ["RM", "RX"], ricSuffixes: ["MM"], names: ["Standard-Classica-Forts", "Moscow Exchange", "MOEX"]),
        Market(mic: "XTSE", name: "Toronto Stock Exchange", country: "CA", codeStyle: .verbatim,
               bloombergCodes: ["CT"], ricSuffixes: ["TO"], names: ["Toronto Stock Exchange", "TSX"]),
        Market(mic: "XASX", name: "ASX", country: "AU", codeStyle: .verbatim,
               bloombergCodes: ["AT", "AU"], ricSuffixes: ["AX"], names: ["Asx - All Markets", "ASX"]),
        Market(mic: "XNZE", name: "NZX", country: "NZ", codeStyle: .verbatim,
               bloombergCodes: ["NZ"], ricSuffixes: ["NZ"], names: ["New Zealand Exchange Ltd"]),
        Market(mic: "XSES", name: "Singapore Exchange", country: "SG", codeStyle: .verbatim,
               bloombergCodes: ["SP"], ricSuffixes: ["SI"], names: ["Singapore Exchange", "SGX"]),
        Market(mic: "XNSE", name: "National Stock Exchange of India", country: "IN", codeStyle: .verbatim,
               bloombergCodes: ["IS", "IN"], ricSuffixes: ["NS"], names: ["National Stock Exchange Of India", "NSE"]),
        Market(mic: "XBOM", name: "BSE", country: "IN", codeStyle: .verbatim,
               bloombergCodes: ["IB"], ricSuffixes: ["BO"], names: ["Bombay Stock Exchange", "BSE"]),
        Market(mic: "XBKK", name: "Stock Exchange of Thailand", country: "TH", codeStyle: .verbatim,
               bloombergCodes: ["TB"], ricSuffixes: ["BK"], names: ["Stock Exchange Of Thailand", "SET"]),
        Market(mic: "XKLS", name: "Bursa Malaysia", country: "MY", codeStyle: .verbatim,
               bloombergCodes: ["MK"], ricSuffixes: ["KL"], names: ["Bursa Malaysia"]),
        Market(mic: "XIDX", name: "Indonesia Stock Exchange", country: "ID", codeStyle: .verbatim,
               bloombergCodes: ["IJ"], ricSuffixes: ["JK"], names: ["Indonesia Stock Exchange"]),
        Market(mic: "XPHS", name: "Philippine Stock Exchange", country: "PH", codeStyle: .verbatim,
               bloombergCodes: ["PM"], ricSuffixes: ["PS"], names: ["Philippine Stock Exchange Inc."]),
        Market(mic: "XSAU", name: "Saudi Exchange (Tadawul)", country: "SA", codeStyle: .verbatim,
               bloombergCodes: ["AB"], ricSuffixes: ["SE", "SR"], names: ["Saudi Stock Exchange", "Tadawul"]),
        Market(mic: "DSMD", name: "Qatar Stock Exchange", country: "QA", codeStyle: .verbatim,
               bloombergCodes: ["QD"], ricSuffixes: ["QA"], names: ["Qatar Exchange"]),
        Market(mic: "XKUW", name: "Boursa Kuwait", country: "KW", codeStyle: .verbatim,
               bloombergCodes: ["KK"], ricSuffixes: ["KW"], names: ["Kuwait Stock Exchange"]),
        Market(mic: "XADS", name: "Abu Dhabi Securities Exchange", country: "AE", codeStyle: .verbatim,
               bloombergCodes: ["UH"], ricSuffixes: ["AD"], names: ["Abu Dhabi Securities Exchange"]),
        Market(mic: "XDFM", name: "Dubai Financial Market", country: "AE", codeStyle: .verbatim,
               bloombergCodes: ["UH"], ricSuffixes: ["DU"], names: ["Dubai Financial Market"]),
        Market(mic: "XCAI", name: "Egyptian Exchange", country: "EG", codeStyle: .verbatim,
               bloombergCodes: ["EY"], ricSuffixes: ["CA"], names: ["Egyptian Exchange"]),
        Market(mic: "XTAE", name: "Tel Aviv Stock Exchange", country: "IL", codeStyle: .verbatim,
               bloombergCodes: ["IT"], ricSuffixes: ["TA"], names: ["Tel Aviv Stock Exchange"]),
        Market(mic: "XJSE", name: "Johannesburg Stock Exchange", country: "ZA", codeStyle: .verbatim,
               bloombergCodes: ["SJ"], ricSuffixes: ["J", "JO"], names: ["Johannesburg Stock Exchange"]),
        Market(mic: "BVMF", name: "B3 (Brasil Bolsa Balcão)", country: "BR", codeStyle: .verbatim,
               bloombergCodes: ["BZ", "BR"], ricSuffixes: ["SA"], names: ["XBSP", "B3", "Bovespa"]),
        Market(mic: "XMEX", name: "Bolsa Mexicana de Valores", country: "MX", codeStyle: .verbatim,
               bloombergCodes: ["MM"], ricSuffixes: ["MX"], names: ["Bolsa Mexicana De Valores"]),
        Market(mic: "XSGO", name: "Santiago Stock Exchange", country: "CL", codeStyle: .verbatim,
               bloombergCodes: ["CI"], ricSuffixes: ["SN"], names: ["Santiago Stock Exchange"]),
        Market(mic: "XBOG", name: "Bolsa de Valores de Colombia", country: "CO", codeStyle: .verbatim,
               bloombergCodes: ["CB"], ricSuffixes: ["CN"], names: ["Bolsa De Valores De Colombia"]),
    ]

    private static let byMIC: [String: Market] = Dictionary(all.map { ($0.mic, $0) }, uniquingKeysWith: { first, _ in first })
    private static let byName: [String: Market] = Dictionary(
        all.flatMap { market in market.names.map { (normalizedName($0), market) } }, uniquingKeysWith: { first, _ in first })
    private static let byBloomberg: [String: Market] = Dictionary(
        all.flatMap { market in market.bloombergCodes.map { ($0, market) } }, uniquingKeysWith: { first, _ in first })
    private static let byRIC: [String: Market] = Dictionary(
        all.flatMap { market in market.ricSuffixes.map { ($0, market) } }, uniquingKeysWith: { first, _ in first })
}
