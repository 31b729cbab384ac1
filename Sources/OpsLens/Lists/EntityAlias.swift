/// Another name of a list entry.
///
/// OFAC publishes *strong* aliases in its alt file and *weak* ones only inside remarks
/// (`a.k.a. 'AVIC'`); OFAC does not expect screening on weak aliases, so they match exactly only.
public struct EntityAlias: Hashable, Sendable, Codable {
    /// OFAC's `alt_type`.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Also known as.
        case aka
        /// Formerly known as.
        case fka
        /// Now known as.
        case nka
    }

    /// Strong aliases are screened like names; weak ones match exactly only.
    public enum Strength: String, Hashable, Sendable, Codable, CaseIterable {
        case strong, weak
    }

    public var name: String
    public var kind: Kind
    public var strength: Strength
    /// The alias's own id in its source (OFAC `alt_num`), when it has one.
    public var sourceID: String?
    /// OFAC's `alt_remarks`, when published.
    public var remarks: String?
    /// Where the alias was read.
    public var location: SourceLocation?

    /// Creates an alias; by default a strong `aka`.
    public init(name: String, kind: Kind = .aka, strength: Strength = .strong, sourceID: String? = nil,
                remarks: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.kind = kind
        self.strength = strength
        self.sourceID = sourceID
        self.remarks = remarks
        self.location = location
    }
}
