/// What changed between the list vintage in force before (`--ofac-previous`) and the one in force now,
/// and which holdings of the report each change touches.
public struct QuarterlyListChanges: Hashable, Sendable, Codable {
    /// Entries added, removed and changed, by list and source id (lists loaded in both vintages only).
    public var changes: ListChanges
    /// Changes per program.
    public var programCounts: [ListChanges.ProgramCount]
    /// The changes that touch a holding of some snapshot, with the holdings.
    public var touchingHoldings: [ListChangeTouch]
}

/// One list change and the holdings it touches.
public struct ListChangeTouch: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case added, removed, changed
    }

    public var kind: Kind
    /// The entry as it is now (as it was, for a removed entry).
    public var entry: ListChanges.Entry
    /// The fields that changed, as `field: before → after` texts; empty for added and removed entries.
    public var fields: [String]
    public var holdings: [TouchedHolding]
}

/// A position of a snapshot that resolves to a changed list entry.
public struct TouchedHolding: Hashable, Sendable, Codable {
    public var portfolio: String
    public var security: String
    public var name: String?
    /// YYYY-MM-DD of the snapshots holding it.
    public var snapshotDates: [String]
}

extension QuarterlyListChanges {
    /// The changes from `previous` to `current` (lists with the same id in both), and the positions each touches.
    ///
    /// - Parameter positions: Every position of the snapshots with the list entries it resolves to in either
    ///   vintage, as `list:sourceId` references (a curated entry counts as the one it stands for).
    init(from previous: [RestrictedList], to current: [RestrictedList],
         positions: [(portfolio: String, security: String, name: String?, date: String, references: Set<String>)]) {
        let ids = Set(previous.map(\.id)).intersection(current.map(\.id))
        changes = ListChanges(from: previous.filter { ids.contains($0.id) }, to: current.filter { ids.contains($0.id) })
        programCounts = changes.programCounts
        let changed = changes.added.map { (ListChangeTouch.Kind.added, $0, [String]()) }
            + changes.removed.map { (ListChangeTouch.Kind.removed, $0, [String]()) }
            + changes.changed.map { change in
                (ListChangeTouch.Kind.changed, change.after,
                 change.fields.map { "\($0.field.rawValue): \($0.before.joined(separator: "; ")) → \($0.after.joined(separator: "; "))" })
            }
        touchingHoldings = changed.compactMap { kind, entry, fields in
            let reference = "\(entry.listID):\(entry.sourceID)"
            let touched = Dictionary(grouping: positions.filter { $0.references.contains(reference) }, by: { "\($0.portfolio)\u{1F}\($0.security)" })
                .values.map { group in
                    TouchedHolding(portfolio: group[0].portfolio, security: group[0].security, name: group[0].name,
                                   snapshotDates: Array(Set(group.map(\.date))).sorted())
                }
                .sorted { ($0.portfolio, $0.security) < ($1.portfolio, $1.security) }
            return touched.isEmpty ? nil : ListChangeTouch(kind: kind, entry: entry, fields: fields, holdings: touched)
        }
    }
}
