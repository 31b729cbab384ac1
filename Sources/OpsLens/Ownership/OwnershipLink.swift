/// One edge of an ownership graph: `parent` owns part of, or controls, `child`.
///
/// Nodes are whatever keys the caller uses (list entity numbers, LEIs, names), so the graph
/// does not depend on any one entity type.
public struct OwnershipLink<Node: Hashable & Sendable>: Hashable, Sendable {
    /// The owned or controlled party.
    public var child: Node
    /// The owner or controller.
    public var parent: Node
    /// The share of `child` that `parent` owns directly, in percent (0–100), when known.
    public var percent: Double?
    /// Whether `parent` controls `child` whatever its share: an accounting-consolidation parent,
    /// a head office of a branch, or a control relationship a policy names.
    public var isControl: Bool
    /// Where the link comes from, e.g. `GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY` or an OFAC entry.
    public var source: String
    /// The file and line the link was read from, when it was read from a file.
    public var location: SourceLocation?
    /// The date the link was known to hold (an in-house file's `as_of`); a screen as of an earlier
    /// date does not use it.
    public var asOf: CalendarDate?

    /// A link from `child` up to `parent`.
    ///
    /// - Parameters:
    ///   - child: the owned or controlled party.
    ///   - parent: the owner or controller.
    ///   - percent: the direct share in percent, when known.
    ///   - source: where the link comes from, shown in explanations.
    ///   - isControl: whether the parent controls the child whatever the share.
    ///   - location: the file and line the link was read from.
    ///   - asOf: the date the link was known to hold.
    public init(child: Node, parent: Node, percent: Double? = nil, source: String, isControl: Bool = false,
                location: SourceLocation? = nil, asOf: CalendarDate? = nil) {
        self.location = location
        self.asOf = asOf
        self.child = child
        self.parent = parent
        self.percent = percent
        self.source = source
        self.isControl = isControl
    }

    /// The share counted towards ownership: a finite, positive percentage, or `nil`.
    var ownedPercent: Double? {
        guard let percent, percent.isFinite, percent > 0 else { return nil }
        return percent
    }

    /// Whether this link makes the child a controlled subsidiary: control, or more than 50%.
    var controls: Bool { isControl || (ownedPercent ?? 0) > 50 }
}

extension OwnershipLink: Codable where Node: Codable {}

extension OwnershipLink: CustomStringConvertible {
    /// `child —60% (source)→ parent`.
    public var description: String {
        "\(child) —\(OwnershipLink.strength(percent: percent, isControl: isControl)) (\(source))→ \(parent)"
    }

    static func strength(percent: Double?, isControl: Bool) -> String {
        let share = percent.map { $0 == $0.rounded() ? "\(Int($0))%" : "\($0)%" }
        switch (share, isControl) {
        case let (share?, true): return "\(share), control"
        case let (share?, false): return share
        case (nil, true): return "control"
        case (nil, false): return "share unknown"
        }
    }
}
