/// A link from an entry to an entity that owns or controls it, or that OFAC links it to.
///
/// OFAC publishes links by name only (`Linked To: NAME`), without a share and without saying what
/// the link is: for CMIC companies it names the parent group, for an individual the body they act
/// for (ZAKIR Shohrat → XINJIANG PUBLIC SECURITY BUREAU). Those links have `relation == .linkedTo`
/// and are not ownership. Curated links in native lists are `.parent` and carry an ownership
/// percentage and a source. A link never widens an NS-CMIC match by itself: the rule's subsidiary
/// scope decides what a parent link means.
public struct ParentLink: Hashable, Sendable, Codable {
    /// What the link says about the two entities.
    public enum Relation: String, Hashable, Sendable, Codable, CaseIterable {
        /// The other entity owns or controls this one.
        case parent
        /// OFAC's `Linked To:`: a published association whose nature is not stated.
        case linkedTo = "linked-to"
    }

    /// Who asserts the link.
    public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
        /// Published by the list itself (OFAC `Linked To:`).
        case published
        /// Added by the OpsLens team or a compliance officer; not published by the list's publisher.
        case curated
    }

    /// The parent's name as published or curated.
    public var name: String
    /// The parent's entry in a loaded list (`list:sourceID`, e.g. `ofac-consolidated:30930`), when resolved.
    public var entityReference: String?
    /// The share of the child the parent owns, in percent, when known.
    public var ownershipPercent: Double?
    /// Whether the parent controls the child (board control, agreements), when known.
    public var controlled: Bool?
    public var origin: Origin
    /// Whether the link is ownership/control or an association of unstated nature.
    public var relation: Relation
    /// Where the link comes from (a URL or document reference), for curated links.
    public var source: String?

    /// Creates a link; OFAC links are `.published` and `.linkedTo`, curated ones `.curated` and `.parent`.
    public init(name: String, entityReference: String? = nil, ownershipPercent: Double? = nil, controlled: Bool? = nil,
                origin: Origin = .published, relation: Relation = .parent, source: String? = nil) {
        self.name = name
        self.entityReference = entityReference
        self.ownershipPercent = ownershipPercent
        self.controlled = controlled
        self.origin = origin
        self.relation = relation
        self.source = source
    }
}
