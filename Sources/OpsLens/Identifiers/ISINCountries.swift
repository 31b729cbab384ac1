/// The two-letter prefixes an ISIN may start with: ISO 3166-1 alpha-2 codes plus the special
/// codes ISIN agencies use (`XS`, `EU`, `XA`…`XF`, `QS`, `QT`, `XK`), as python-stdnum 2.2 lists them.
enum ISINCountries {
    /// Whether `first` and `second` (upper-case ASCII letters) form an allowed ISIN prefix.
    static func contains(_ first: UInt8, _ second: UInt8) -> Bool {
        guard (65...90).contains(first), (65...90).contains(second) else { return false }
        return table[Int(first - 65) * 26 + Int(second - 65)]
    }

    /// Whether `code` is an allowed ISIN prefix.
    static func contains(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        return bytes.count == 2 && contains(bytes[0], bytes[1])
    }

    private static let table: [Bool] = {
        var table = [Bool](repeating: false, count: 26 * 26)
        for code in codes {
            let bytes = Array(code.utf8)
            table[Int(bytes[0] - 65) * 26 + Int(bytes[1] - 65)] = true
        }
        return table
    }()

    private static let codes: [String] = [
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AN", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
        "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT",
        "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR",
        "CS", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH",
        "ER", "ES", "ET", "EU", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH",
        "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT",
        "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG",
        "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT",
        "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ",
        "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO",
        "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT",
        "PW", "PY", "QA", "QS", "QT", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH",
        "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
        "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US",
        "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XA", "XB", "XC", "XD", "XF", "XK",
        "XS", "YE", "YT", "ZA", "ZM", "ZW"
    ]
}
