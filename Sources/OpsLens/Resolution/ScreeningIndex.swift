/// Everything screening needs from the loaded lists, built once and shared read-only:
/// identifier, ticker and name indexes over every entry, and the ownership graph between them.
///
/// A final class of constants, so sharing it across threads and closures costs one reference.
public final class ScreeningIndex: Sendable {
    /// One indexed entry and the list that holds it.
    public struct Entry: Sendable {
        public var listID: String
        public var entity: ListEntity
    }

    /// Every entry; a key is a position in this array.
    public let entries: [Entry]
    let identifiers: IdentifierIndex
    let tickers: TickerIndex
    /// Built on first use: most identifier and ticker lookups never need it, and it is the
    /// expensive part of indexing (a pre-trade check of one order by ISIN answers without it).
    private let lazyNames: LazyValue<NameIndex>
    var names: NameIndex { lazyNames.value }
    /// The name thresholds the index decides with.
    public let thresholds: MatchThresholds
    /// Parent links resolved to loaded entries (`child → parent`, with shares when known).
    public let ownership: OwnershipGraph<Int>
    /// `list:sourceID` → key.
    let keysByReference: [String: Int]
    /// Source id → keys, to follow a curated `sameAs` to whichever copy of the entry is loaded.
    let keysBySourceID: [String: [Int]]

    /// Indexes every entry of `lists`.
    ///
    /// Only organisations are name-indexed: holdings are issued by organisations, and person
    /// names in an issuer screen only make false alarms.
    public init(lists: [RestrictedList], thresholds: MatchThresholds = .standard) {
        var entries: [Entry] = []
        var identifiers = IdentifierIndex()
        var tickers = TickerIndex()
        var nameEntries: [(key: Int, name: String, isWeak: Bool)] = []
        var keysByReference: [String: Int] = [:]
        var keysBySourceID: [String: [Int]] = [:]
        for list in lists {
            for entity in list.entities {
                let key = entries.count
                entries.append(Entry(listID: list.id, entity: entity))
                keysByReference[entity.reference] = key
                keysBySourceID[entity.sourceID, default: []].append(key)
                for identifier in entity.identifiers {
                    if let parsed = identifier.parsed { identifiers.insert(parsed, for: key) }
                }
                for published in entity.equityTickers {
                    if let ticker = Ticker.parse(published) { _ = tickers.insert(ticker, for: key) }
                }
                guard entity.type == .organisation else { continue }
                nameEntries += entity.nameIndexEntries(key: key)
                for issuer in entity.issuerNames { nameEntries.append((key, issuer, false)) }
            }
        }
        var links: [OwnershipLink<Int>] = []
        for (key, entry) in entries.enumerated() {
            // `Linked To:` on an individual names the body they act for, not an owner.
            for parent in entry.entity.parents where parent.relation == .parent {
                guard let reference = parent.entityReference, let parentKey = keysByReference[reference] else { continue }
                links.append(OwnershipLink(child: key, parent: parentKey, percent: parent.ownershipPercent,
                                           source: parent.source ?? "\(entry.listID) \(parent.origin.rawValue) link",
                                           isControl: parent.controlled ?? false))
            }
        }
        self.entries = entries
        self.identifiers = identifiers
        self.tickers = tickers
        let names = nameEntries
        self.lazyNames = LazyValue { NameIndex(entries: names, scorer: NameScorer(thresholds: thresholds)) }
        self.thresholds = thresholds
        self.ownership = OwnershipGraph(links)
        self.keysByReference = keysByReference
        self.keysBySourceID = keysBySourceID
    }

    /// The entry for `key`.
    public subscript(key: Int) -> Entry { entries[key] }

    /// The key of the entry `reference` (`list:sourceID`), or of another loaded copy of the same
    /// source entry (a transcription in `Rules/` when the official file is not loaded).
    public func key(forReference reference: String) -> Int? {
        if let key = keysByReference[reference] { return key }
        guard let sourceID = reference.split(separator: ":").last.map(String.init) else { return nil }
        return keysBySourceID[sourceID]?.first
    }
}
