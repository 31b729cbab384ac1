/// Ties parent links given by name (`Linked To: NAME`) to loaded entries with that name.
public enum ParentLinkResolver {
    /// Sets `entityReference` on every unresolved parent link whose name equals an entry's
    /// primary name or strong alias exactly, as OFAC writes both (a final `.` lost to the remarks
    /// terminator is allowed for). Ambiguous names stay unresolved.
    public static func resolve(_ entities: inout [ListEntity]) {
        // Only names some link asks for are indexed: far fewer than all names and aliases.
        var wanted = Set<String>()
        for entity in entities {
            for link in entity.parents where link.entityReference == nil {
                wanted.insert(link.name)
                wanted.insert(link.name + ".")
            }
        }
        guard !wanted.isEmpty else { return }
        var byName: [String: String?] = [:]
        func record(_ name: String, _ reference: String) {
            guard wanted.contains(name) else { return }
            if let existing = byName[name], existing != reference { byName[name] = .some(nil) } else { byName[name] = reference }
        }
        for entity in entities {
            let reference = entity.reference
            record(entity.name, reference)
            for alias in entity.aliases where alias.strength == .strong { record(alias.name, reference) }
        }
        for index in entities.indices {
            for link in entities[index].parents.indices where entities[index].parents[link].entityReference == nil {
                let name = entities[index].parents[link].name
                if let found = byName[name] ?? byName[name + "."], let found {
                    entities[index].parents[link].entityReference = found
                }
            }
        }
    }
}
