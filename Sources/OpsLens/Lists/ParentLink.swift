/// A link from an entry to an entity that owns or controls it.
///
/// OFAC publishes parents by name only (`Linked To: NAME`), without a share; curated links in
/// native lists carry an ownership percentage and a source. A link never widens an NS-CMIC match
/// by itself: the rule's subsidiary scope decides what a parent link means.
public struct ParentLink: Hashable, Sendable, Codable {
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
    /// Where the link comes from (a URL or document reference), for curated links.
    public var source: String?

    public init(name: String, entityReference: String? = nil, ownershipPercent: Double? = nil, controlled: Bool? = nil,
                origin: Origin = .published, source: String? = nil) {
        self.name = name
        self.entityReference = entityReference
        self.ownershipPercent = ownershipPercent
        self.controlled = controlled
        self.origin = origin
        self.source = source
    }
}
