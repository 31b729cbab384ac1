/// An identifier as a list published it: parsed when its shape is right, kept as text when not.
///
/// Lists publish broken identifiers (OFAC's CMIC remarks have ISINs failing the check digit and one
/// of 11 characters); they are kept and flagged, never dropped, so they can still match as published.
public struct ListedIdentifier: Hashable, Sendable, Codable {
    public var kind: IdentifierKind
    /// The text as published.
    public var published: String
    /// The parsed identifier; `nil` when the shape (length, characters) is wrong.
    public var parsed: SecurityIdentifier?

    /// Parses `published` as `kind`; keeps the text when the shape is wrong.
    public init(kind: IdentifierKind, published: String) {
        self.kind = kind
        self.published = published
        self.parsed = SecurityIdentifier(published, kind: kind)
    }

    /// The normalised value (upper-cased, spaces removed).
    public var value: String { parsed?.value ?? SecurityIdentifier.normalize(published) }
    /// Whether shape and check digit are right.
    public var isValid: Bool { parsed?.isValid ?? false }
    /// Why the identifier is not valid, when it is not.
    public var problem: String? {
        guard let parsed else { return "not shaped like a \(kind.rawValue.uppercased())" }
        return parsed.problem
    }
}
