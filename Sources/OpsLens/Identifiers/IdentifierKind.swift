/// The kinds of security and entity identifier OpsLens understands.
public enum IdentifierKind: String, Sendable, Codable, CaseIterable {
    /// ISO 6166 International Securities Identification Number (12 characters).
    case isin
    /// CUSIP, the US and Canadian national number (9 characters).
    case cusip
    /// SEDOL, the London Stock Exchange's number (7 characters).
    case sedol
    /// ISO 18774 Financial Instrument Global Identifier (12 characters, `BBG…`).
    case figi
    /// ISO 17442 Legal Entity Identifier (20 characters); names an entity, not a security.
    case lei

    /// The number of characters an identifier of this kind has.
    public var length: Int {
        switch self {
        case .isin, .figi: 12
        case .cusip: 9
        case .sedol: 7
        case .lei: 20
        }
    }

    /// The name people write, e.g. `ISIN`.
    public var displayName: String { rawValue.uppercased() }
}
