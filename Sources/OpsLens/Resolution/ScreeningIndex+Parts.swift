extension ScreeningIndex {
    /// What indexing lists produces before it becomes lookup tables: which identifiers, tickers
    /// and names point at which entry, the entries' references and the ownership links between them.
    ///
    /// One place decides what is indexed; a compiled rule book stores these parts so that the
    /// index is rebuilt from them without reading the entries.
    struct Parts: Codable, Sendable {
        /// A name or alias the name index holds for an entry.
        struct NameRow: Codable, Sendable {
            var key: Int
            var name: String
            var isWeak: Bool
        }

        /// How an entry is referred to: `list:sourceID`, and its source id.
        struct KeyRow: Codable, Sendable {
            var reference: String
            var sourceID: String
        }

        /// An ownership link between two entries.
        struct LinkRow: Codable, Sendable {
            var child: Int
            var parent: Int
            var percent: Double?
            var source: String
            var isControl: Bool
        }

        var identifiers: [SecurityIdentifier] = []
        var identifierKeys: [Int] = []
        /// Equity tickers as published.
        var tickers: [String] = []
        var tickerKeys: [Int] = []
        var links: [LinkRow] = []
        /// By key.
        var keys: [KeyRow] = []
        /// The references entries make to others (curated `sameAs`, parents) and the keys they resolve to,
        /// so that following them needs no table of every reference.
        var referenced: [String] = []
        var referencedKeys: [Int] = []
        var names: [NameRow] = []

        /// The entries of `lists`, in key order, and what indexes them.
        ///
        /// Only organisations are name-indexed: holdings are issued by organisations, and person
        /// names in an issuer screen only make false alarms.
        static func of(_ lists: [RestrictedList]) -> (entries: [Entry], parts: Parts) {
            var entries: [Entry] = []
            var parts = Parts()
            for list in lists {
                for entity in list.entities {
                    let key = entries.count
                    entries.append(Entry(listID: list.id, entity: entity))
                    parts.keys.append(KeyRow(reference: entity.reference, sourceID: entity.sourceID))
                    for identifier in entity.identifiers {
                        guard let parsed = identifier.parsed else { continue }
                        parts.identifiers.append(parsed)
                        parts.identifierKeys.append(key)
                    }
                    for published in entity.equityTickers {
                        parts.tickers.append(published)
                        parts.tickerKeys.append(key)
                    }
                    guard entity.type == .organisation else { continue }
                    for (_, name, isWeak) in entity.nameIndexEntries(key: key) { parts.names.append(NameRow(key: key, name: name, isWeak: isWeak)) }
                    for issuer in entity.issuerNames { parts.names.append(NameRow(key: key, name: issuer, isWeak: false)) }
                }
            }
            let keysByReference = parts.keysByReference(), keysBySourceID = parts.keysBySourceID()
            var referenced = Set<String>()
            for entry in entries {
                if let sameAs = entry.entity.curation?.sameAs { referenced.insert(sameAs) }
                for parent in entry.entity.parents { if let reference = parent.entityReference { referenced.insert(reference) } }
            }
            for reference in referenced.sorted() {
                guard let key = ScreeningIndex.key(forReference: reference, keysByReference, keysBySourceID) else { continue }
                parts.referenced.append(reference)
                parts.referencedKeys.append(key)
            }
            for (key, entry) in entries.enumerated() {
                // `Linked To:` on an individual names the body they act for, not an owner.
                for parent in entry.entity.parents where parent.relation == .parent {
                    guard let reference = parent.entityReference, let parentKey = keysByReference[reference] else { continue }
                    parts.links.append(LinkRow(child: key, parent: parentKey, percent: parent.ownershipPercent,
                                               source: parent.source ?? "\(entry.listID) \(parent.origin.rawValue) link",
                                               isControl: parent.controlled ?? false))
                }
            }
            return (entries, parts)
        }

        /// `list:sourceID` → key.
        func keysByReference() -> [String: Int] {
            Dictionary(keys.enumerated().map { ($0.element.reference, $0.offset) }, uniquingKeysWith: { _, last in last })
        }

        /// Source id → keys.
        func keysBySourceID() -> [String: [Int]] {
            var bySourceID: [String: [Int]] = [:]
            for (key, row) in keys.enumerated() { bySourceID[row.sourceID, default: []].append(key) }
            return bySourceID
        }
    }
}
