/// A chain of links from a party up to a listed party, the explanation of a verdict.
public struct OwnershipPath<Node: Hashable & Sendable>: Hashable, Sendable, CustomStringConvertible {
    /// The links in order: the first link's child is the party assessed, the last link's
    /// parent is listed.
    public let links: [OwnershipLink<Node>]

    public init(links: [OwnershipLink<Node>]) { self.links = links }

    /// The listed party the path reaches.
    public var listedParty: Node? { links.last?.parent }

    /// The product of the shares along the path, in percent, when every link has one.
    public var effectivePercent: Double? {
        var product = 1.0
        for link in links {
            guard let percent = link.ownedPercent else { return nil }
            product *= percent / 100
        }
        return product * 100
    }

    /// `A —60% (source)→ B —control (source)→ C`.
    public var description: String {
        guard let first = links.first else { return "" }
        return "\(first.child)" + links.map {
            " —\(OwnershipLink<Node>.strength(percent: $0.percent, isControl: $0.isControl)) (\($0.source))→ \($0.parent)"
        }.joined()
    }
}

extension OwnershipPath: Codable where Node: Codable {}
