extension ListChanges {
    /// Compares two vintages of the same lists (e.g. the SDN and Consolidated lists of two days).
    ///
    /// Entries are matched by list id and source id; every entity of every list is compared, so
    /// a list present in only one vintage has all its entries added or removed.
    public init(from older: [RestrictedList], to newer: [RestrictedList]) {
        self.init(from: older.flatMap(\.entities), to: newer.flatMap(\.entities))
    }

    /// Compares one list's two vintages.
    public init(from older: RestrictedList, to newer: RestrictedList) {
        self.init(from: [older], to: [newer])
    }

    /// Compares two vintages' entities, matched by `ListEntity.reference` (`list:sourceID`).
    public init(from older: [ListEntity], to newer: [ListEntity]) {
        let uncompared = Self.listsWithoutStrongAliases(older, newer)
        let skipStrongAliases = Set(uncompared.map(\.listID))
        var oldByReference: [String: ListEntity] = [:]
        for entity in older { oldByReference[entity.reference] = oldByReference[entity.reference] ?? entity }
        var seen = Set<String>()
        var added: [Entry] = [], changed: [Change] = []
        for entity in newer where seen.insert(entity.reference).inserted {
            guard let old = oldByReference[entity.reference] else {
                added.append(Entry(entity))
                continue
            }
            let fields = Self.fieldChanges(old, entity, strongAliases: !skipStrongAliases.contains(entity.listID))
            if !fields.isEmpty { changed.append(Change(before: Entry(old), after: Entry(entity), fields: fields)) }
        }
        var removedSeen = Set<String>()
        let removed = older.filter { !seen.contains($0.reference) && removedSeen.insert($0.reference).inserted }.map(Entry.init)
        self.init(added: added.sorted(by: Self.order), removed: removed.sorted(by: Self.order),
                  changed: changed.sorted { Self.order($0.after, $1.after) }, uncompared: uncompared)
    }

    /// List id, then source id as a number when both are numbers (OFAC `ent_num`), else as text.
    static func order(_ a: Entry, _ b: Entry) -> Bool {
        if a.listID != b.listID { return a.listID < b.listID }
        if let x = Int(a.sourceID), let y = Int(b.sourceID), x != y { return x < y }
        return a.sourceID < b.sourceID
    }

    /// The fields of `old` and `new` that differ.
    static func fieldChanges(_ old: ListEntity, _ new: ListEntity, strongAliases: Bool) -> [FieldChange] {
        Field.allCases.compactMap { field in
            let before = values(of: field, in: old, strongAliases: strongAliases)
            let after = values(of: field, in: new, strongAliases: strongAliases)
            return before == after ? nil : FieldChange(field: field, before: before, after: after)
        }
    }

    /// One field's values as texts; set-like fields sorted, so a reordering is not a change.
    static func values(of field: Field, in entity: ListEntity, strongAliases: Bool) -> [String] {
        switch field {
        case .name:
            return [entity.name]
        case .type:
            return [entity.type.rawValue]
        case .aliases:
            return unique(entity.aliases.filter { strongAliases || $0.strength == .weak }.map { alias in
                alias.strength == .weak ? "\(alias.name) (weak)" : alias.name
            }).sorted()
        case .identifiers:
            let identifiers = entity.identifiers.map { "\($0.kind.rawValue.uppercased()) \($0.published)" }
            let tickers = entity.equityTickers.map { "ticker \($0)" }
            let registrations = entity.registrations.map { "\($0.scheme) \($0.value)" + ($0.country.map { " (\($0))" } ?? "") }
            return unique(identifiers + tickers + registrations).sorted()
        case .programs:
            return unique(entity.programs).sorted()
        case .dates:
            return unique(entity.programDates.map { "\($0.program) \($0.kind.rawValue) \($0.date)" }).sorted()
        }
    }

    /// Lists whose strong aliases one vintage lacks altogether (no alias file), so they cannot be compared.
    static func listsWithoutStrongAliases(_ older: [ListEntity], _ newer: [ListEntity]) -> [Uncompared] {
        func listsWithStrongAliases(_ entities: [ListEntity]) -> Set<String> {
            Set(entities.filter { $0.aliases.contains { $0.strength == .strong } }.map(\.listID))
        }
        let oldIDs = Set(older.map(\.listID)), newIDs = Set(newer.map(\.listID))
        let oldStrong = listsWithStrongAliases(older), newStrong = listsWithStrongAliases(newer)
        return oldIDs.intersection(newIDs).sorted().compactMap { listID in
            switch (oldStrong.contains(listID), newStrong.contains(listID)) {
            case (true, false):
                Uncompared(listID: listID, field: .aliases, reason: "the newer vintage has no strong aliases (no alias file); only weak aliases compared")
            case (false, true):
                Uncompared(listID: listID, field: .aliases, reason: "the older vintage has no strong aliases (no alias file); only weak aliases compared")
            default:
                nil
            }
        }
    }
}
