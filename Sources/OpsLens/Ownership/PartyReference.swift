/// How an ownership file names a party: by LEI, by a loaded list entry (`list:id`), or by name.
///
/// Written with a prefix in files: `lei:5493001KJTIIGC8Y1R12`, `entry:ofac-sdn:12345`,
/// `name:Example Holdings Ltd`.
public enum PartyReference: Hashable, Sendable, Codable, CustomStringConvertible {
    case lei(String)
    case entry(String)
    case name(String)

    /// The prefixes a file writes, in the order they are described.
    public static let prefixes = ["lei:", "entry:", "name:"]

    /// Reads `lei:…`, `entry:LIST:ID` or `name:…`; `nil` without a known prefix or a value.
    public init?(prefixed text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let value = CSVTable.trimmed(String(text[text.index(after: colon)...]))
        guard !value.isEmpty else { return nil }
        switch text[..<colon].lowercased() {
        case "lei":
            guard let lei = SecurityIdentifier(value, kind: .lei), lei.isValid else { return nil }
            self = .lei(lei.value)
        case "entry":
            guard value.contains(":") else { return nil }
            self = .entry(value)
        case "name": self = .name(value)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .lei(let value): "lei:\(value)"
        case .entry(let value): "entry:\(value)"
        case .name(let value): "name:\(value)"
        }
    }
}
