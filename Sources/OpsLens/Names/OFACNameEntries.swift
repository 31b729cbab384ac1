import Foundation

/// Index entries read from OFAC's legacy CSV files (`sdn.csv`/`alt.csv`, `cons_prim.csv`/`cons_alt.csv`).
///
/// A small stand-in so that tests and the benchmark can build a ``NameIndex`` from the real files;
/// the list loader is the place for everything else in those files.
package enum OFACNameEntries {
    /// Entries from a primary file (ent_num, name, …, remarks) and its alias file (ent_num, alt_num, type, name).
    ///
    /// Primary names and aliases are strong; each `a.k.a. '…'` in the remarks is a weak alias.
    /// Keys are the `ent_num` values.
    package static func read(primary: [UInt8], aliases: [UInt8]) -> [(key: Int, name: String, isWeak: Bool)] {
        var entries: [(key: Int, name: String, isWeak: Bool)] = []
        for row in NameCSVRows.parse(primary).rows where row.fields.count >= 2 {
            guard let key = Int(NameCSVRows.trimmed(row.fields[0])) else { continue }
            entries.append((key, row.fields[1], false))
            if row.fields.count >= 12 {
                for weak in weakAliases(in: row.fields[11]) { entries.append((key, weak, true)) }
            }
        }
        for row in NameCSVRows.parse(aliases).rows where row.fields.count >= 4 {
            guard let key = Int(NameCSVRows.trimmed(row.fields[0])) else { continue }
            entries.append((key, row.fields[3], false))
        }
        return entries
    }

    /// The names quoted after `a.k.a. '` in OFAC remarks.
    package static func weakAliases(in remarks: String) -> [String] {
        var names: [String] = []
        var rest = Substring(remarks)
        while let start = rest.range(of: "a.k.a. '") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "'") else { break }
            names.append(String(rest[..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return names
    }
}
