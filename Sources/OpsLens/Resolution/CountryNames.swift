import Foundation

/// Country names as holdings files and lists write them, reduced to ISO 3166-1 alpha-2 codes.
enum CountryNames {
    /// The ISO code for a country name or code (`United States`, `USA`, `Korea (South)`, `CN`), or `nil`.
    static func code(_ name: String) -> String? {
        let key = name.uppercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        if key.count == 2, known.contains(key) { return key }
        return aliases[key]
    }

    /// The country a country-based sanctions program targets (`IRAN-EO13902` → IR), when it is one.
    static func code(ofProgram program: String) -> String? {
        let prefixes: [(String, String)] = [("IRAN", "IR"), ("IRGC", "IR"), ("IFSR", "IR"), ("SYRIA", "SY"), ("DPRK", "KP"),
                                            ("CUBA", "CU"), ("BURMA", "MM"), ("VENEZUELA", "VE"), ("BELARUS", "BY"),
                                            ("SUDAN", "SD"), ("ZIMBABWE", "ZW"), ("LIBYA", "LY"), ("IRAQ", "IQ"),
                                            ("RUSSIA", "RU"), ("NICARAGUA", "NI"), ("SOMALIA", "SO"), ("YEMEN", "YE"),
                                            ("MALI", "ML"), ("CAR", "CF"), ("DRCONGO", "CD"), ("SOUTH SUDAN", "SS")]
        let upper = program.uppercased()
        return prefixes.first { upper == $0.0 || upper.hasPrefix($0.0 + "-") || upper.hasPrefix($0.0 + "2") || upper.hasPrefix($0.0 + "3") }?.1
    }

    /// The country whose home currency `currency` is (`CNY` → CN, `HKD` → HK), or nil for a currency
    /// that issuers of many countries trade in (`USD`, `EUR`, `GBP`, `CHF`) or an unknown code.
    static func code(currency: String) -> String? {
        currencies[currency.uppercased().trimmingCharacters(in: .whitespaces)]
    }

    private static let currencies: [String: String] = [
        "CNY": "CN", "CNH": "CN", "RMB": "CN", "HKD": "HK", "MOP": "MO", "TWD": "TW", "JPY": "JP", "KRW": "KR", "INR": "IN",
        "RUB": "RU", "IRR": "IR", "KPW": "KP", "SYP": "SY", "BYN": "BY", "VES": "VE", "VEF": "VE", "CUP": "CU", "MMK": "MM",
        "BRL": "BR", "MXN": "MX", "ZAR": "ZA", "TRY": "TR", "SAR": "SA", "AED": "AE", "QAR": "QA", "KWD": "KW", "THB": "TH",
        "IDR": "ID", "MYR": "MY", "PHP": "PH", "PLN": "PL", "CZK": "CZ", "HUF": "HU", "ILS": "IL", "EGP": "EG", "CLP": "CL",
        "COP": "CO", "PEN": "PE", "ARS": "AR", "PKR": "PK", "VND": "VN", "SGD": "SG", "AUD": "AU", "CAD": "CA", "NZD": "NZ",
        "SEK": "SE", "NOK": "NO", "DKK": "DK", "UAH": "UA", "KZT": "KZ",
    ]

    /// Codes that compare as one jurisdiction group (mainland China, Hong Kong and Macau list as "China").
    static func group(_ code: String) -> String {
        ["HK", "MO"].contains(code) ? "CN" : code
    }

    private static let table: [(String, [String])] = [
        ("US", ["UNITED STATES", "UNITED STATES OF AMERICA", "USA", "U S A", "U S"]),
        ("GB", ["UNITED KINGDOM", "UK", "GREAT BRITAIN", "ENGLAND", "BRITAIN"]),
        ("CN", ["CHINA", "PEOPLE S REPUBLIC OF CHINA", "PRC", "CHINA MAINLAND"]),
        ("HK", ["HONG KONG", "HONG KONG SAR", "HONG KONG SAR CHINA"]),
        ("MO", ["MACAU", "MACAO"]),
        ("TW", ["TAIWAN", "CHINESE TAIPEI", "TAIWAN PROVINCE OF CHINA"]),
        ("KR", ["KOREA SOUTH", "SOUTH KOREA", "KOREA REPUBLIC OF", "REPUBLIC OF KOREA", "KOREA"]),
        ("KP", ["KOREA NORTH", "NORTH KOREA", "DPRK", "DEMOCRATIC PEOPLE S REPUBLIC OF KOREA"]),
        ("JP", ["JAPAN"]), ("IN", ["INDIA"]), ("RU", ["RUSSIA", "RUSSIAN FEDERATION"]), ("IR", ["IRAN"]),
        ("SY", ["SYRIA"]), ("IQ", ["IRAQ"]), ("LB", ["LEBANON"]), ("AE", ["UNITED ARAB EMIRATES", "UAE"]),
        ("SA", ["SAUDI ARABIA"]), ("QA", ["QATAR"]), ("KW", ["KUWAIT"]), ("TR", ["TURKEY", "TURKIYE"]),
        ("DE", ["GERMANY"]), ("FR", ["FRANCE"]), ("IT", ["ITALY"]), ("ES", ["SPAIN"]), ("NL", ["NETHERLANDS"]),
        ("BE", ["BELGIUM"]), ("CH", ["SWITZERLAND"]), ("AT", ["AUSTRIA"]), ("SE", ["SWEDEN"]), ("NO", ["NORWAY"]),
        ("DK", ["DENMARK"]), ("FI", ["FINLAND"]), ("IE", ["IRELAND"]), ("PT", ["PORTUGAL"]), ("PL", ["POLAND"]),
        ("CZ", ["CZECH REPUBLIC", "CZECHIA"]), ("HU", ["HUNGARY"]), ("GR", ["GREECE"]), ("UA", ["UKRAINE"]),
        ("BY", ["BELARUS"]), ("CA", ["CANADA"]), ("MX", ["MEXICO"]), ("BR", ["BRAZIL"]), ("AR", ["ARGENTINA"]),
        ("CL", ["CHILE"]), ("CO", ["COLOMBIA"]), ("PE", ["PERU"]), ("VE", ["VENEZUELA"]), ("CU", ["CUBA"]),
        ("PA", ["PANAMA"]), ("AU", ["AUSTRALIA"]), ("NZ", ["NEW ZEALAND"]), ("SG", ["SINGAPORE"]),
        ("MY", ["MALAYSIA"]), ("ID", ["INDONESIA"]), ("TH", ["THAILAND"]), ("PH", ["PHILIPPINES"]),
        ("VN", ["VIETNAM", "VIET NAM"]), ("MM", ["BURMA", "MYANMAR"]), ("PK", ["PAKISTAN"]), ("AF", ["AFGHANISTAN"]),
        ("ZA", ["SOUTH AFRICA"]), ("EG", ["EGYPT"]), ("IL", ["ISRAEL"]), ("YE", ["YEMEN"]), ("LY", ["LIBYA"]),
        ("SD", ["SUDAN"]), ("ZW", ["ZIMBABWE"]), ("NG", ["NIGERIA"]), ("KY", ["CAYMAN ISLANDS"]), ("BM", ["BERMUDA"]),
        ("VG", ["BRITISH VIRGIN ISLANDS", "VIRGIN ISLANDS BRITISH"]), ("LU", ["LUXEMBOURG"]), ("CY", ["CYPRUS"]),
        ("KZ", ["KAZAKHSTAN"]), ("UZ", ["UZBEKISTAN"]), ("GE", ["GEORGIA"]), ("AM", ["ARMENIA"]), ("AZ", ["AZERBAIJAN"]),
    ]

    private static let known: Set<String> = Set(table.map(\.0))
    private static let aliases: [String: String] = {
        var result: [String: String] = [:]
        for (code, names) in table { for name in names { result[name] = code } }
        return result
    }()
}
