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

    /// Every entry; a key is a position in this collection.
    public let entries: EntryStore
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
    /// The references entries make to others, resolved when the index was built.
    private let referenced: [String: Int]
    /// `list:sourceID` → key.
    private let keysByReference: LazyValue<[String: Int]>
    /// Source id → keys, to follow a curated `sameAs` to whichever copy of the entry is loaded.
    private let keysBySourceID: LazyValue<[String: [Int]]>

    /// Indexes every entry of `lists`.
    ///
    /// Only organisations are name-indexed: holdings are issued by organisations, and person
    /// names in an issuer screen only make false alarms.
    public convenience init(lists: [RestrictedList], thresholds: MatchThresholds = .standard) {
        let (entries, parts) = Parts.of(lists)
        let names = parts.names, keys = parts.keys
        self.init(entries: EntryStore(storage: .memory(entries)), parts: parts, names: LazyValue { names },
                  keys: LazyValue { keys }, thresholds: thresholds)
    }

    /// An index of entries and the parts indexing them produced (a compiled rule book's); the
    /// name index and the reference tables are built on first use, from rows made on first use.
    init(entries: EntryStore, parts: Parts, names: LazyValue<[Parts.NameRow]>, keys: LazyValue<[Parts.KeyRow]>,
         thresholds: MatchThresholds) {
        var identifiers = IdentifierIndex()
        for (identifier, key) in zip(parts.identifiers, parts.identifierKeys) { identifiers.insert(identifier, for: key) }
        var tickers = TickerIndex()
        for (published, key) in zip(parts.tickers, parts.tickerKeys) {
            if let ticker = Ticker.parse(published) { _ = tickers.insert(ticker, for: key) }
        }
        self.entries = entries
        self.identifiers = identifiers
        self.tickers = tickers
        self.lazyNames = LazyValue {
            NameIndex(entries: names.value.map { ($0.key, $0.name, $0.isWeak) }, scorer: NameScorer(thresholds: thresholds))
        }
        self.thresholds = thresholds
        self.ownership = OwnershipGraph(parts.links.map {
            OwnershipLink(child: $0.child, parent: $0.parent, percent: $0.percent, source: $0.source, isControl: $0.isControl)
        })
        self.referenced = Dictionary(zip(parts.referenced, parts.referencedKeys), uniquingKeysWith: { first, _ in first })
        self.keysByReference = LazyValue { Parts(keys: keys.value).keysByReference() }
        self.keysBySourceID = LazyValue { Parts(keys: keys.value).keysBySourceID() }
    }

    /// The entry for `key`.
    public subscript(key: Int) -> Entry { entries[key] }

    /// The key of the entry `reference` (`list:sourceID`), or of another loaded copy of the same
    /// source entry (a transcription in `Rules/` when the official file is not loaded).
    public func key(forReference reference: String) -> Int? {
        referenced[reference] ?? Self.key(forReference: reference, keysByReference.value, keysBySourceID.value)
    }

    /// The key of `reference` in these tables: its own, or another copy's of the same source id.
    static func key(forReference reference: String, _ keysByReference: [String: Int], _ keysBySourceID: [String: [Int]]) -> Int? {
        if let key = keysByReference[reference] { return key }
        guard let sourceID = reference.split(separator: ":").last.map(String.init) else { return nil }
        return keysBySourceID[sourceID]?.first
    }
}
