/// Everything loaded from a `Rules/` folder and `--ofac` folders: the rules and the lists they name.
public struct RuleBook: Sendable {
    public var rules: [Rule]
    public var lists: [RestrictedList]
    /// Every rules and list YAML file read, with its SHA-256 (for the run envelope).
    public var files: [RestrictedList.File]
    /// Problems that did not stop the load.
    public var warnings: [ListLoadError]

    public init(rules: [Rule] = [], lists: [RestrictedList] = [], files: [RestrictedList.File] = [], warnings: [ListLoadError] = []) {
        self.rules = rules
        self.lists = lists
        self.files = files
        self.warnings = warnings
    }

    /// The rule with this id.
    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    /// Every loaded entry whose source id is `sourceID` (e.g. `33114`), or whose reference is it
    /// (`ofac-consolidated:33114`), with the list that holds it.
    public func entities(matching sourceID: String) -> [(list: RestrictedList, entity: ListEntity)] {
        lists.flatMap { list in
            list.entities.filter { $0.sourceID == sourceID || $0.reference == sourceID }.map { (list, $0) }
        }
    }

    /// Curated or native entries that map to, or name as parent, the entry `reference`.
    public func entities(linkedTo reference: String) -> [(list: RestrictedList, entity: ListEntity)] {
        lists.flatMap { list in
            list.entities.filter { entity in
                entity.curation?.sameAs == reference || entity.parents.contains { $0.entityReference == reference }
            }.map { (list, $0) }
        }
    }

    /// What every rule means for `entity` (held in `list`) on `date`; rules that do not apply are left out.
    public func statuses(for entity: ListEntity, in list: RestrictedList? = nil, on date: CalendarDate) -> [RestrictionStatus] {
        rules.compactMap { $0.status(for: entity, on: date, inList: list?.id) }
    }
}

/// What reading a rules folder produced, errors included, so a validator can report all of them.
public struct RuleBookReadResult: Sendable {
    public var book: RuleBook
    /// Errors in file and line order.
    public var errors: [ListLoadError]
}
