/// Ties parent links given by name (`Linked To: NAME`) to loaded entries with that name.
public enum ParentLinkResolver {
    /// Sets `entityReference` on every unresolved parent link whose name equals an entry's
    /// primary name or strong alias (case-insensitively; a final `.` lost to the remarks
    /// terminator is allowed for). Ambiguous names stay unresolved.
    public static func resolve(_ entities: inout [ListEntity]) {
        var byName: [String: String?] = [:]
        for entity in entities {
            let reference = "\(entity.listID):\(entity.sourceID)"
            let names = [entity.name] + entity.aliases.filter { $0.strength == .strong }.map(\.name)
            for name in Set(names.map(key)) {
                if let existing = byName[name], existing != reference { byName[name] = .some(nil) } else { byName[name] = reference }
            }
        }
        for index in entities.indices {
            for link in entities[index].parents.indices where entities[index].parents[link].entityReference == nil {
                let name = key(entities[index].parents[link].name)
                if let found = byName[name] ?? byName[name + "."], let found {
                    entities[index].parents[link].entityReference = found
                }
            }
        }
    }

    private static func key(_ name: String) -> String { name.uppercased() }
}
