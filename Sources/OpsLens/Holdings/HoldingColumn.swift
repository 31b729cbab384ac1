/// What a column of a holdings file holds.
public enum HoldingColumn: String, Hashable, Sendable, Codable, CaseIterable {
    case ticker, isin, cusip, sedol, figi, lei, name
    case quantity, marketValue, weight, currency, exchange, location, assetClass, portfolio

    /// Header texts that mean this column, in order of preference (compared after `HeaderText.normalize`).
    public var synonyms: [String] {
        switch self {
        case .ticker: ["Ticker", "Symbol", "Bloomberg Ticker", "RIC", "Ticker Symbol", "Holding Ticker", "Stock Code",
                       "Security Ticker", "BBG Ticker", "Reuters Code"]
        case .isin: ["ISIN", "ISIN Code", "Security ISIN"]
        case .cusip: ["CUSIP", "Security Identifier (CUSIP)", "CUSIP Code"]
        case .sedol: ["SEDOL", "SEDOL Code"]
        case .figi: ["FIGI", "Bloomberg FIGI", "Composite FIGI"]
        case .lei: ["LEI", "Issuer LEI", "Legal Entity Identifier"]
        case .name: ["Name", "Security Name", "Security Description", "Issuer", "Issuer Name", "Description",
                     "Holding Name", "Company", "Company Name", "Instrument Name", "Security"]
        case .quantity: ["Quantity", "Shares", "Shares Held", "Nominal", "Par", "Shares/Par Value", "Units",
                         "Position", "Par Value"]
        case .marketValue: ["Market Value", "MV", "Market Value (USD)", "Market Value ($)", "MarketValue",
                            "Market Value (Base)", "Notional Value", "Value"]
        case .weight: ["Weight (%)", "% of Net Assets", "Weight", "Weighting", "% Weight", "Portfolio Weight",
                       "% of Fund", "Weight %"]
        case .currency: ["Currency", "Market Currency", "CCY", "Base Currency", "Local Currency", "Trading Currency"]
        case .exchange: ["Exchange", "Listing Exchange", "Primary Exchange", "Market", "Exchange Name", "MIC"]
        case .location: ["Location", "Country", "Location of Risk", "Country of Risk", "Domicile", "Country of Issue"]
        case .assetClass: ["Asset Class", "Asset Type", "Security Type", "Instrument Type", "Type"]
        case .portfolio: ["Portfolio", "Account", "Fund", "Portfolio Code", "Account Number", "Fund Ticker", "Fund Name"]
        }
    }

    /// Whether this column identifies the security or issuer (a header needs at least one).
    public var identifiesSecurity: Bool {
        switch self {
        case .ticker, .isin, .cusip, .sedol, .figi, .lei, .name: true
        default: false
        }
    }
}

/// Header text compared loosely: case, punctuation and spacing do not matter.
enum HeaderText {
    /// Lower-cases and keeps letters, digits and `%`, words separated by one space.
    static func normalize(_ text: String) -> String {
        if let ascii = asciiNormalized(text) { return ascii }
        return text.lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "%") })
            .joined(separator: " ")
    }

    /// `normalize` for ASCII text, byte by byte (most headers are ASCII, and a holdings file's first
    /// lines are all tried as headers); `nil` for any other text.
    private static func asciiNormalized(_ text: String) -> String? {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        var separated = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            guard (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) || lower == UInt8(ascii: "%") else {
                separated = true
                continue
            }
            if separated && !normalized.isEmpty { normalized.append(0x20) }
            separated = false
            normalized.append(lower)
        }
        return String(decoding: normalized, as: UTF8.self)
    }

    /// The column role and preference rank of a header text, when it is a known synonym.
    static func role(of header: String) -> (column: HoldingColumn, rank: Int)? {
        lookup[normalize(header)]
    }

    private static let lookup: [String: (column: HoldingColumn, rank: Int)] = {
        var table: [String: (column: HoldingColumn, rank: Int)] = [:]
        for column in HoldingColumn.allCases {
            for (rank, synonym) in column.synonyms.enumerated() where table[normalize(synonym)] == nil {
                table[normalize(synonym)] = (column, rank)
            }
        }
        return table
    }()
}
