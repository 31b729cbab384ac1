/// What changed between two vintages of the same lists: entries added, removed and changed,
/// matched by their source id (OFAC `ent_num`) within their list, and grouped by program.
///
/// Compared per entry: the primary name, the type, the aliases, the identifiers (security
/// identifiers, equity tickers, registration numbers), the programs and the program dates
/// (the NS-CMIC listing, effective and divestment dates among them). Addresses and remarks text
/// are not compared. Strong aliases come from OFAC's separate alias file; when one vintage of a
/// list has none at all (its alias file was not published or not kept) they are not compared for
/// that list, and ``uncompared`` says so, rather than reporting every alias as added or removed.
public struct ListChanges: Hashable, Sendable, Codable {
    /// An entry as it stands in one vintage: enough to name it in a summary.
    public struct Entry: Hashable, Sendable, Codable {
        /// `ofac-sdn`, `ofac-consolidated`, or a native list id.
        public var listID: String
        /// OFAC `ent_num` (or the native list's id).
        public var sourceID: String
        public var name: String
        public var programs: [String]

        public init(listID: String, sourceID: String, name: String, programs: [String]) {
            self.listID = listID
            self.sourceID = sourceID
            self.name = name
            self.programs = programs
        }

        init(_ entity: ListEntity) {
            self.init(listID: entity.listID, sourceID: entity.sourceID, name: entity.name, programs: entity.programs)
        }
    }

    /// An entry present in both vintages whose compared fields differ.
    public struct Change: Hashable, Sendable, Codable {
        /// The entry as it was in the older vintage.
        public var before: Entry
        /// The entry as it is in the newer vintage.
        public var after: Entry
        /// The fields that differ, in ``ListChanges/Field`` order.
        public var fields: [FieldChange]

        public init(before: Entry, after: Entry, fields: [FieldChange]) {
            self.before = before
            self.after = after
            self.fields = fields
        }

        /// The programs of either vintage, each once, older first.
        public var programs: [String] { ListChanges.unique(before.programs + after.programs) }
    }

    /// The compared fields of an entry.
    public enum Field: String, Hashable, Sendable, Codable, CaseIterable {
        case name, type, aliases, identifiers, programs, dates
    }

    /// One field's values in both vintages, as texts (`ISIN HK0941009539`, `CMIC listing 2021-06-03`).
    public struct FieldChange: Hashable, Sendable, Codable {
        public var field: Field
        /// The values in the older vintage, in published order.
        public var before: [String]
        /// The values in the newer vintage, in published order.
        public var after: [String]

        public init(field: Field, before: [String], after: [String]) {
            self.field = field
            self.before = before
            self.after = after
        }

        /// Values only the newer vintage has.
        public var added: [String] { after.filter { !before.contains($0) } }
        /// Values only the older vintage has.
        public var removed: [String] { before.filter { !after.contains($0) } }
    }

    /// A field that could not be compared for a list, and why.
    public struct Uncompared: Hashable, Sendable, Codable {
        public var listID: String
        public var field: Field
        public var reason: String

        public init(listID: String, field: Field, reason: String) {
            self.listID = listID
            self.field = field
            self.reason = reason
        }
    }

    /// How many entries of one program were added, removed and changed.
    public struct ProgramCount: Hashable, Sendable, Codable {
        public var program: String
        public var added: Int
        public var removed: Int
        public var changed: Int

        public init(program: String, added: Int = 0, removed: Int = 0, changed: Int = 0) {
            self.program = program
            self.added = added
            self.removed = removed
            self.changed = changed
        }
    }

    /// Entries only the newer vintage has, by list and source id.
    public var added: [Entry]
    /// Entries only the older vintage has, by list and source id.
    public var removed: [Entry]
    /// Entries of both vintages whose compared fields differ, by list and source id.
    public var changed: [Change]
    /// Fields not compared, per list.
    public var uncompared: [Uncompared]

    public init(added: [Entry], removed: [Entry], changed: [Change], uncompared: [Uncompared] = []) {
        self.added = added
        self.removed = removed
        self.changed = changed
        self.uncompared = uncompared
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Every program with a change, sorted by name; an entry counts under each of its programs
    /// (a changed entry under those of both vintages, so a program move shows on both sides).
    public var programCounts: [ProgramCount] {
        var counts: [String: ProgramCount] = [:]
        func count(_ programs: [String], _ bump: (inout ProgramCount) -> Void) {
            for program in programs.isEmpty ? [""] : programs {
                bump(&counts[program, default: ProgramCount(program: program)])
            }
        }
        for entry in added { count(entry.programs) { $0.added += 1 } }
        for entry in removed { count(entry.programs) { $0.removed += 1 } }
        for change in changed { count(change.programs) { $0.changed += 1 } }
        return counts.values.sorted { $0.program < $1.program }
    }

    /// Only the changes touching `program` (in either vintage, for changed entries).
    public func restricted(to program: String) -> ListChanges {
        ListChanges(added: added.filter { $0.programs.contains(program) },
                    removed: removed.filter { $0.programs.contains(program) },
                    changed: changed.filter { $0.programs.contains(program) },
                    uncompared: uncompared)
    }

    /// `values` without repeats, first occurrence kept.
    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
