extension ListChanges {
    /// A plain-text summary for people: totals, counts by program, then the entries added,
    /// removed and changed (at most `limit` of each, the rest counted).
    public func summary(limit: Int = 25) -> String {
        var lines = ["\(added.count) added, \(removed.count) removed, \(changed.count) changed"]
        if !isEmpty {
            lines.append("By program:")
            for count in programCounts {
                let parts = [(count.added, "added"), (count.removed, "removed"), (count.changed, "changed")]
                    .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
                lines.append("  \(count.program.isEmpty ? "(no program)" : count.program): \(parts.joined(separator: ", "))")
            }
        }
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("\(title):")
            lines += items.prefix(limit).map { "  " + $0 }
            if items.count > limit { lines.append("  … and \(items.count - limit) more") }
        }
        section("Added", added.map(Self.describe))
        section("Removed", removed.map(Self.describe))
        section("Changed", changed.map { change in
            Self.describe(change.after) + ": " + change.fields.map(Self.describe).joined(separator: "; ")
        })
        for field in uncompared {
            lines.append("Not compared: \(field.field.rawValue) of \(field.listID) (\(field.reason))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `ofac-sdn 34079 ZAKIR, Shohrat [GLOMAG]`.
    static func describe(_ entry: Entry) -> String {
        "\(entry.listID) \(entry.sourceID) \(entry.name) [\(entry.programs.joined(separator: ", "))]"
    }

    /// `name A → B`, or `programs +X −Y`.
    static func describe(_ change: FieldChange) -> String {
        if change.field == .name || change.field == .type {
            return "\(change.field.rawValue) \(change.before.joined()) → \(change.after.joined())"
        }
        let parts = change.added.map { "+" + $0 } + change.removed.map { "−" + $0 }
        return "\(change.field.rawValue) \(parts.joined(separator: ", "))"
    }
}
