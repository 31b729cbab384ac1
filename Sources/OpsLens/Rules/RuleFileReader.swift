/// Reads one `opslens.rule/v1` YAML document into a `Rule`, strictly.
///
/// ```yaml
/// schema: opslens.rule/v1
/// id: ns-cmic
/// title: NS-CMIC securities (E.O. 13959 as amended)
/// restriction: no-purchase-or-sale        # watch | no-purchase | no-purchase-or-sale | blocked
/// severity: block                         # block | warn | info
/// lists: [ofac-consolidated]
/// programs: [CMIC-EO13959]                # empty or absent: every entry of the lists
/// timing: ns-cmic                         # listing | effective | ns-cmic
/// subsidiaries: listed-only               # listed-only | owned-50-percent-aggregate | controlled-subsidiaries
/// effective_from: 2021-06-03              # optional
/// provenance: {publisher: U.S. Treasury OFAC, legal_authority: …, program: NS-CMIC, source_url: …, publication_date: 2021-06-03}
/// ```
enum RuleFileReader {
    static let schema = "opslens.rule/v1"
    static let keys = ["schema", "id", "title", "restriction", "severity", "lists", "programs", "timing", "subsidiaries",
                       "effective_from", "effective_to", "provenance", "notes"]

    static func read(_ object: YAMLObject) -> Rule? {
        let id = object.string("id", required: true)
        let title = object.string("title", required: true)
        let restriction = object.choice("restriction", required: true, as: Restriction.self)
        let severity = object.choice("severity", required: true, as: Severity.self)
        let lists = object.strings("lists", required: true)
        let programs = object.strings("programs") ?? []
        let timing = object.choice("timing", as: Timing.self) ?? .listing
        let subsidiaries = object.choice("subsidiaries", required: true, as: OwnershipScope.self)
        let effectiveFrom = object.date("effective_from")
        let effectiveTo = object.date("effective_to")
        let provenance = Provenance.read(object.object("provenance", keys: Provenance.yamlKeys, required: true))
        if let id, !ListFileReader.isIdentifier(id) {
            object.yaml.fail(.badValue, "rule id '\(id)' should be lower-case letters, digits, '-' and '.'", at: object.node("id"))
        }
        if let lists, lists.isEmpty {
            object.yaml.fail(.badValue, "'lists' is empty: a rule must name at least one list", at: object.node("lists"))
        }
        if let effectiveFrom, let effectiveTo, effectiveTo < effectiveFrom {
            object.yaml.fail(.badDate, "'effective_to' (\(effectiveTo)) is before 'effective_from' (\(effectiveFrom))", at: object.node("effective_to"))
        }
        guard let id, let title, let restriction, let severity, let lists, let subsidiaries, let provenance else { return nil }
        return Rule(id: id, title: title, restriction: restriction, severity: severity, lists: lists, programs: programs,
                    timing: timing, subsidiaries: subsidiaries, effectiveFrom: effectiveFrom, effectiveTo: effectiveTo,
                    provenance: provenance, notes: object.string("notes"), location: object.location)
    }
}
