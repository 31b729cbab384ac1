/// What a code typed by a person or read from a file is — an identifier, a ticker, or
/// nothing OpsLens can read — whether it is valid, and why not.
///
/// This is the engine behind `opslens id`; encoded as JSON it is that command's contract:
/// `input`, `kind`, `valid`, `normalized`, `reason` (when invalid), `note` (a repair made), for
/// tickers `code` and `mic`, for identifiers with an ISIN or national-code counterpart `equivalent`.
public struct CodeClassification: Sendable, Equatable, Encodable {
    /// The kinds `opslens id` reports.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case isin, cusip, sedol, figi, lei, ticker, unknown
    }

    /// The text as given.
    public let input: String
    public let kind: Kind
    public let isValid: Bool
    /// The canonical form: the normalised identifier, or `MIC:code` for a ticker with a market.
    public let normalized: String?
    /// Why the input is not valid, when it is not.
    public let reason: String?
    /// The identifier read, when the input has an identifier's shape.
    public let identifier: SecurityIdentifier?
    /// The ticker read, when the input is a ticker.
    public let ticker: Ticker?
    /// The same security under another scheme: the ISIN of a CUSIP or SEDOL, the CUSIP or SEDOL
    /// inside a US/CA or GB/IE ISIN.
    public let equivalent: SecurityIdentifier?

    /// A repair made to a valid input, e.g. leading zeros a spreadsheet stripped put back.
    public var note: String? {
        guard let ticker, ticker.restoredLeadingZeros else { return nil }
        return "leading zeros restored (\(ticker.market?.mic ?? "this market") codes have six digits)"
    }

    private init(_ input: String, _ kind: Kind, valid: Bool, normalized: String?, reason: String? = nil,
                 identifier: SecurityIdentifier? = nil, ticker: Ticker? = nil, equivalent: SecurityIdentifier? = nil) {
        self.input = input
        self.kind = kind
        self.isValid = valid
        self.normalized = normalized
        self.reason = reason
        self.identifier = identifier
        self.ticker = ticker
        self.equivalent = equivalent
    }

    /// Classifies `text`.
    ///
    /// An identifier that passes its checks comes first, then a ticker that names its market,
    /// then an identifier that fails its checks, then a ticker without a market (ambiguous, so
    /// invalid).
    /// - Parameters:
    ///   - text: an ISIN, CUSIP, SEDOL, FIGI, LEI or ticker in any notation `Ticker.parse` reads.
    ///   - exchange: the market of a bare ticker code (exchange name, prefix or MIC).
    public static func classify(_ text: String, exchange: String? = nil) -> CodeClassification {
        let identifier = SecurityIdentifier.classify(text)
        if let identifier, identifier.isValid {
            return CodeClassification(text, Kind(identifier.kind), valid: true, normalized: identifier.value,
                                      identifier: identifier, equivalent: equivalent(of: identifier))
        }
        // A market the text names beats a failed identifier; one only the exchange gives does not.
        if let ticker = Ticker.parse(text), ticker.market != nil {
            return CodeClassification(text, .ticker, valid: true, normalized: ticker.description, ticker: ticker)
        }
        if let identifier {
            return CodeClassification(text, Kind(identifier.kind), valid: false, normalized: identifier.value,
                                      reason: identifier.problem, identifier: identifier)
        }
        let compact = SecurityIdentifier.normalize(text)
        if let length = nearMissISINLength(compact) {
            return CodeClassification(text, .isin, valid: false, normalized: compact,
                                      reason: "an ISIN has 12 characters, this has \(length)")
        }
        let ticker = Ticker.parse(text, exchange: exchange)
        if let ticker, ticker.market != nil {
            return CodeClassification(text, .ticker, valid: true, normalized: ticker.description, ticker: ticker)
        }
        if let ticker {
            return CodeClassification(text, .ticker, valid: false, normalized: ticker.code,
                                      reason: marketlessReason(ticker, exchange: exchange), ticker: ticker)
        }
        return CodeClassification(text, .unknown, valid: false, normalized: nil,
                                  reason: "not an ISIN, CUSIP, SEDOL, FIGI, LEI or ticker OpsLens can read")
    }

    private static func equivalent(of identifier: SecurityIdentifier) -> SecurityIdentifier? {
        let isin: String? = switch identifier.kind {
        case .isin: nil
        case .cusip: IdentifierDerivation.isin(fromCUSIP: identifier.value)
        case .sedol: IdentifierDerivation.isin(fromSEDOL: identifier.value)
        case .figi, .lei: nil
        }
        if let isin { return SecurityIdentifier(isin, kind: .isin) }
        return identifier.kind == .isin ? IdentifierDerivation.nationalIdentifier(ofISIN: identifier.value) : nil
    }

    /// The length of a value that looks like an ISIN with a character too many or too few
    /// (OFAC's `BRC1EODR004`): a country prefix, digits, 10 to 14 characters but not 12.
    private static func nearMissISINLength(_ compact: String) -> Int? {
        let bytes = Array(compact.utf8)
        guard (10...14).contains(bytes.count), bytes.count != 12, ISINCountries.contains(bytes[0], bytes[1]),
              SecurityIdentifier.isAlphanumeric(bytes), bytes.filter(SecurityIdentifier.isDigit).count >= 3 else { return nil }
        return bytes.count
    }

    private static func marketlessReason(_ ticker: Ticker, exchange: String?) -> String {
        if let exchange {
            return "unknown exchange \"\(exchange)\"; a ticker without a market is ambiguous"
        }
        var reason = "no market: a ticker alone is ambiguous (1211 is BYD in Hong Kong and Saudi Arabian Mining "
            + "in Riyadh); write it as \(ticker.code) HK, \(ticker.code).HK or HKG:\(ticker.code), or give the exchange"
        if ticker.code.utf8.count == 6, SecurityIdentifier("0" + ticker.code, kind: .sedol)?.isValid == true {
            reason += "; as a SEDOL it has lost its leading zero (0\(ticker.code) is valid)"
        }
        return reason
    }

    private enum CodingKeys: String, CodingKey { case input, kind, valid, normalized, reason, note, code, mic, equivalent }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encode(kind, forKey: .kind)
        try container.encode(isValid, forKey: .valid)
        try container.encode(normalized, forKey: .normalized)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(note, forKey: .note)
        if let ticker {
            try container.encode(ticker.code, forKey: .code)
            try container.encodeIfPresent(ticker.market?.mic, forKey: .mic)
        }
        if let equivalent {
            try container.encode(["kind": equivalent.kind.rawValue, "value": equivalent.value], forKey: .equivalent)
        }
    }
}

extension CodeClassification.Kind {
    init(_ kind: IdentifierKind) {
        switch kind {
        case .isin: self = .isin
        case .cusip: self = .cusip
        case .sedol: self = .sedol
        case .figi: self = .figi
        case .lei: self = .lei
        }
    }
}
