import Foundation

/// Reads one `opslens.list/v1` YAML document: a native list of entities, and/or a reference to an
/// official OFAC folder with a pinned SHA-256 per file.
///
/// ```yaml
/// schema: opslens.list/v1
/// id: opslens-sensetime-curated
/// title: SenseTime issuer mapping
/// provenance: {publisher: OpsLens team, curated: true, …}
/// transcribes: ofac-consolidated          # optional: entities copy entries of this official list
/// ofac:                                   # optional
///   directory: ../../../shared/data/ofac/cons-2025-12   # relative to this file
///   files: {cons_prim.csv: <sha256>, cons_alt.csv: <sha256>}
/// entities:
///   - id: sensetime-group-inc
///     type: organisation
///     name: SenseTime Group Inc.
///     aliases: [商汤集团股份有限公司, {name: SENSETIME GROUP LTD, kind: aka, strength: weak}]
///     tickers: ["0020 HK"]
///     parents: [{name: …, entity: ofac-consolidated:33114, ownership_percent: 100, source: …}]
///     curation: {same_as: ofac-consolidated:33114, reasoning: …, sources: [...]}
/// ```
enum ListFileReader {
    static let schema = "opslens.list/v1"
    static let keys = ["schema", "id", "title", "provenance", "ofac", "transcribes", "entities", "notes"]
    static let entityKeys = ["id", "type", "name", "aliases", "programs", "title", "identifiers", "tickers", "issuer_names",
                             "registrations", "parents", "dates", "addresses", "remarks", "curation"]

    /// A list file as declared, before any OFAC folder it pins is read.
    struct Declaration {
        var list: RestrictedList
        var ofac: OFACPin?
        /// The official list the entities are transcribed from (`ofac-consolidated`), when they are.
        var transcribes: String?
    }

    /// An OFAC folder with the SHA-256 each file must have.
    struct OFACPin {
        var directory: String
        /// File name → expected SHA-256, with the location of the pin for error messages.
        var files: [(name: String, sha256: String, location: SourceLocation)]
        var location: SourceLocation
    }

    static func read(_ object: YAMLObject, path: String) -> Declaration? {
        let id = object.string("id", required: true)
        let title = object.string("title", required: true)
        let provenance = Provenance.read(object.object("provenance", keys: Provenance.yamlKeys, required: true))
        if let id, !isIdentifier(id) {
            object.yaml.fail(.badValue, "list id '\(id)' should be lower-case letters, digits, '-' and '.'", at: object.node("id"))
        }
        let pin = object.object("ofac", keys: ["directory", "files"]).flatMap { readPin($0, listFile: path) }
        let transcribes = object.string("transcribes")
        if let transcribes, !isIdentifier(transcribes) {
            object.yaml.fail(.badValue, "'transcribes' should be a list id such as ofac-consolidated", at: object.node("transcribes"))
        }
        var entities: [ListEntity] = []
        var seen: [String: Int] = [:]
        for item in object.objects("entities", keys: entityKeys) {
            guard let entity = readEntity(item, listID: transcribes ?? id ?? "?", curated: provenance?.curated ?? false) else { continue }
            if let firstLine = seen[entity.sourceID] {
                object.yaml.fail(.duplicateEntry, "entity id '\(entity.sourceID)' appears twice: line \(firstLine) and line \(entity.location.line ?? 0)", at: item.node)
                continue
            }
            seen[entity.sourceID] = entity.location.line ?? 0
            entities.append(entity)
        }
        if pin == nil && !object.has("entities") {
            object.yaml.fail(.missingKey, "the list has neither 'entities' nor 'ofac'", at: object.node)
        }
        guard let id, let title, let provenance else { return nil }
        let list = RestrictedList(id: id, title: title, provenance: provenance, files: [], entities: entities, location: object.location)
        return Declaration(list: list, ofac: pin, transcribes: transcribes)
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    private static func readPin(_ object: YAMLObject, listFile: String) -> OFACPin? {
        let directory = object.string("directory", required: true)
        let allNames = OFACFileSet.allCases.flatMap(\.fileNames)
        guard let files = object.object("files", keys: allNames, required: true), let directory else { return nil }
        var pins: [(String, String, SourceLocation)] = []
        for name in allNames {
            guard let node = files.node(name), let hash = object.yaml.string(node, what: "the SHA-256 of \(name)") else { continue }
            let normalized = hash.lowercased()
            guard normalized.count == 64, normalized.allSatisfy(\.isHexDigit) else {
                object.yaml.fail(.badValue, "the SHA-256 of \(name) should be 64 hexadecimal digits", at: node)
                continue
            }
            pins.append((name, normalized, object.yaml.location(node)))
        }
        if pins.isEmpty { object.yaml.fail(.missingKey, "'files' pins no file", at: files.node) }
        let base = (listFile as NSString).deletingLastPathComponent
        let resolved = directory.hasPrefix("/") ? directory : (base as NSString).appendingPathComponent(directory)
        return OFACPin(directory: (resolved as NSString).standardizingPath, files: pins, location: object.location)
    }

    private static func readEntity(_ item: YAMLObject, listID: String, curated: Bool) -> ListEntity? {
        let id = item.string("id", required: true)
        let name = item.string("name", required: true)
        let type = item.choice("type", as: EntityType.self) ?? .organisation
        guard let id, let name else { return nil }
        var entity = ListEntity(listID: listID, sourceID: id, type: type, name: name, location: item.location)
        entity.programs = item.strings("programs") ?? []
        entity.title = item.string("title")
        entity.equityTickers = item.strings("tickers") ?? []
        entity.issuerNames = item.strings("issuer_names") ?? []
        entity.remarks = item.string("remarks")
        entity.aliases = readAliases(item)
        for identifier in item.objects("identifiers", keys: ["kind", "value"]) {
            guard let kind = identifier.choice("kind", required: true, as: IdentifierKind.self),
                  let value = identifier.string("value", required: true) else { continue }
            let listed = ListedIdentifier(kind: kind, published: value)
            if listed.parsed == nil {
                item.yaml.fail(.badValue, "'\(value)' is not shaped like a \(kind.rawValue.uppercased())", at: identifier.node("value"))
            }
            entity.identifiers.append(listed)
        }
        for registration in item.objects("registrations", keys: ["scheme", "value", "country", "note"]) {
            guard let scheme = registration.string("scheme", required: true), let value = registration.string("value", required: true) else { continue }
            entity.registrations.append(RegistrationNumber(scheme: scheme, value: value, country: registration.string("country"),
                                                           note: registration.string("note")))
        }
        for parent in item.objects("parents", keys: ["name", "entity", "ownership_percent", "controlled", "source", "origin", "relation"]) {
            guard let name = parent.string("name", required: true) else { continue }
            let origin = parent.choice("origin", as: ParentLink.Origin.self) ?? (curated ? .curated : .published)
            let source = parent.string("source")
            if origin == .curated && source == nil {
                item.yaml.fail(.missingKey, "a curated parent link needs a 'source'", at: parent.node)
            }
            entity.parents.append(ParentLink(name: name, entityReference: parent.string("entity"),
                                             ownershipPercent: parent.number("ownership_percent", in: 0...100),
                                             controlled: parent.boolean("controlled"),
                                             origin: origin, relation: parent.choice("relation", as: ParentLink.Relation.self) ?? .parent,
                                             source: source))
        }
        for dates in item.objects("dates", keys: ["program", "listing", "effective", "divestment"]) {
            guard let program = dates.string("program", required: true) else { continue }
            for kind in ProgramDate.Kind.allCases {
                if let date = dates.date(kind.rawValue) { entity.programDates.append(ProgramDate(program: program, kind: kind, date: date)) }
            }
        }
        for address in item.objects("addresses", keys: ["street", "city", "country", "remarks"]) {
            entity.addresses.append(EntityAddress(street: address.string("street"), cityStatePostalCode: address.string("city"),
                                                  country: address.string("country"), remarks: address.string("remarks"),
                                                  location: address.location))
        }
        if let curation = item.object("curation", keys: ["same_as", "reasoning", "sources"]) {
            let reasoning = curation.string("reasoning", required: true)
            let sources = curation.strings("sources", required: true)
            if let sources, sources.isEmpty { item.yaml.fail(.badValue, "'sources' is empty: curated entries need a source", at: curation.node("sources")) }
            if let reasoning, let sources {
                entity.curation = Curation(sameAs: curation.string("same_as"), reasoning: reasoning, sources: sources)
            }
        } else if curated {
            item.yaml.fail(.missingKey, "entity '\(id)' is in a curated list and needs 'curation' (reasoning and sources)", at: item.node)
        }
        return entity
    }

    private static func readAliases(_ item: YAMLObject) -> [EntityAlias] {
        guard let node = item.node("aliases"), let items = item.yaml.sequence(node, what: "'aliases'") else { return [] }
        var aliases: [EntityAlias] = []
        for alias in items {
            if case .scalar = alias {
                if let name = item.yaml.string(alias, what: "an alias") {
                    aliases.append(EntityAlias(name: name, location: item.yaml.location(alias)))
                }
                continue
            }
            guard let object = item.yaml.object(alias, keys: ["name", "kind", "strength", "remarks"], what: "an alias"),
                  let name = object.string("name", required: true) else { continue }
            aliases.append(EntityAlias(name: name, kind: object.choice("kind", as: EntityAlias.Kind.self) ?? .aka,
                                       strength: object.choice("strength", as: EntityAlias.Strength.self) ?? .strong,
                                       remarks: object.string("remarks"), location: object.location))
        }
        return aliases
    }
}
