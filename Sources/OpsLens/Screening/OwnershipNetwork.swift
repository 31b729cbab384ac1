/// Every ownership link an engine knows — published by the lists, read from GLEIF files and from
/// in-house files — over one set of parties, built once per engine.
///
/// An LEI that a list entry publishes (OFAC's `Legal Entity Number`) is tied to that entry by a
/// pair of links marked ``OwnershipExplanation/sameParty``, so that GLEIF's links reach listed entries and a listed
/// entry's links reach GLEIF's subsidiaries.
public final class OwnershipNetwork: Sendable {
    /// The source of the links that tie an LEI to the list entry publishing it.

    public let links: [OwnershipLink<OwnershipParty>]
    /// The issuer LEIs of ISINs, when the engine was given a mapping file.
    public let isinLEI: ISINLEIMap?
    /// Whether any link came from ownership data (not only from the lists).
    public let hasData: Bool
    /// The graph of every link, built once, for the dates after the last dated link.
    private let wholeGraph: LazyValue<OwnershipGraph<OwnershipParty>>
    /// The latest `asOf` of a link, when any link has one.
    private let latestLinkDate: CalendarDate?

    /// The network of the links `index`'s lists publish.
    public init(index: ScreeningIndex) {
        let links = Self.published(index)
        self.links = links
        isinLEI = nil
        hasData = false
        wholeGraph = LazyValue { OwnershipGraph(links) }
        latestLinkDate = nil
    }

    /// The network of `index`'s published links and `data`'s links.
    ///
    /// - Throws: `InputError` at the link's line when an in-house file names an entry (`entry:LIST:ID`)
    ///   that no loaded list has.
    public init(index: ScreeningIndex, data: OwnershipData) throws {
        var links = Self.published(index)
        var namedEntries: [String: Int?]?
        func party(_ reference: PartyReference, of link: OwnershipLink<PartyReference>) throws -> OwnershipParty {
            switch reference {
            case .lei(let lei): return .lei(lei)
            case .entry(let entry):
                guard let key = index.key(forReference: entry) else {
                    throw InputError(.badOwnershipValue, file: link.location?.file ?? "ownership data", line: link.location?.line,
                                     "expected a loaded list entry, found entry:\(entry) (no list loaded has it)")
                }
                return .entry(key)
            case .name(let name):
                if namedEntries == nil { namedEntries = Self.entriesByName(index) }
                if let key = namedEntries?[name.uppercased()], let key { return .entry(key) }
                return .name(name.uppercased())
            }
        }
        for link in data.links {
            links.append(OwnershipLink(child: try party(link.child, of: link), parent: try party(link.parent, of: link),
                                       percent: link.percent, source: link.source, isControl: link.isControl,
                                       location: link.location, asOf: link.asOf))
        }
        var tied = Set<String>()
        for link in data.links {
            for case .lei(let lei) in [link.child, link.parent] where tied.insert(lei).inserted {
                for key in index.identifiers.keys(for: lei, kind: .lei) {
                    let location = index[key].entity.location
                    links.append(OwnershipLink(child: .lei(lei), parent: .entry(key), percent: 100, source: OwnershipExplanation.sameParty,
                                               isControl: true, location: location))
                    links.append(OwnershipLink(child: .entry(key), parent: .lei(lei), percent: 100, source: OwnershipExplanation.sameParty,
                                               isControl: true, location: location))
                }
            }
        }
        self.links = links
        self.isinLEI = data.isinLEI
        self.hasData = !data.isEmpty
        let all = links
        wholeGraph = LazyValue { OwnershipGraph(all) }
        latestLinkDate = links.compactMap(\.asOf).max()
    }

    /// The links between entries the lists publish (curated parents with shares).
    private static func published(_ index: ScreeningIndex) -> [OwnershipLink<OwnershipParty>] {
        index.ownership.links.map { link in
            OwnershipLink(child: .entry(link.child), parent: .entry(link.parent), percent: link.percent,
                          source: link.source, isControl: link.isControl)
        }
    }

    /// The graph of the links known on `date` (an in-house link dated later is left out): built
    /// once for every date on or after the last link's, else for the date.
    public func graph(asOf date: CalendarDate) -> OwnershipGraph<OwnershipParty> {
        if latestLinkDate.map({ $0 <= date }) ?? true { return wholeGraph.value }
        return OwnershipGraph(links.filter { ($0.asOf ?? date) <= date })
    }

    /// The LEIs a holding's issuer has: its LEI column, and its ISIN's LEIs in the mapping file.
    public func issuerLEIs(of holding: Holding) -> [(lei: String, how: String)] {
        var found: [(lei: String, how: String)] = []
        if let text = holding.lei, let lei = SecurityIdentifier(text, kind: .lei) { found.append((lei.value, "lei \(lei.value)")) }
        if let isinLEI, let isin = holding.isin {
            for lei in isinLEI.leis(forISIN: SecurityIdentifier.normalize(isin)) where !found.contains(where: { $0.lei == lei }) {
                found.append((lei, "isin \(isin) → issuer LEI \(lei) (ISIN→LEI map \(isinLEI.file.path))"))
            }
        }
        return found
    }

    /// Organisation entries by upper-cased primary name; `nil` for a name several entries share.
    private static func entriesByName(_ index: ScreeningIndex) -> [String: Int?] {
        var byName: [String: Int?] = [:]
        for key in index.entries.indices where index[key].entity.type == .organisation {
            let name = index[key].entity.name.uppercased()
            byName[name] = byName[name] == nil ? .some(key) : .some(nil)
        }
        return byName
    }
}
