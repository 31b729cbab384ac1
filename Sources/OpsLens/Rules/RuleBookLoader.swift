import Foundation
import Yams

/// Loads a rules folder (every `*.yaml`/`*.yml`, recursively) and `--ofac` folders into a `RuleBook`.
///
/// Each YAML file declares its `schema`: `opslens.rule/v1` (one rule) or `opslens.list/v1` (a native
/// list, possibly pinning an official OFAC folder by SHA-256). Every problem is collected with its
/// file and line, so `opslens rules validate` can show them all at once.
public enum RuleBookLoader {
    /// Reads everything, collecting errors instead of throwing.
    ///
    /// - Parameters:
    ///   - rulesDirectory: the `Rules/` folder, or `nil` for presets only.
    ///   - ofacDirectories: OFAC folders whose file sets get the built-in presets. The newest vintage
    ///     under `<rulesDirectory>/ofac/` (see ``ListVintage``), if there is one, supplies the sets
    ///     (SDN, Consolidated) these folders do not have.
    ///   - limits: How large and deeply nested a YAML file may be.
    public static func read(rulesDirectory: String?, ofacDirectories: [String] = [], limits: ReadLimits = .standard) -> RuleBookReadResult {
        read(RuleBookSources(rulesDirectory: rulesDirectory, ofacDirectories: ofacDirectories), limits: limits)
    }

    /// Reads a rule book from sources (files, uploads, bytes), collecting errors instead of throwing; every
    /// file, hash and error is named by its source's display name.
    ///
    /// - Parameters:
    ///   - sources: the rules and list files and OFAC folders.
    ///   - limits: How large and deeply nested a YAML file may be.
    public static func read(_ sources: RuleBookSources, limits: ReadLimits = .standard) -> RuleBookReadResult {
        var loader = Loader(limits: limits)
        loader.errors = sources.problems
        for source in sources.rules { loader.readFile(source) }
        // Every folder's sets are read side by side; a fallback folder only for the sets that neither a folder
        // given nor a list pinning OFAC files (read with the rules) supplies.
        var supplied = Set(loader.ofacSources.keys).union(sources.ofac.flatMap(\.sets))
        var reads: [(folder: OFACSources, only: Set<OFACFileSet>?)] = sources.ofac.map { ($0, nil) }
        for folder in sources.fallbackOFAC {
            let missing = Set(folder.sets).subtracting(supplied)
            supplied.formUnion(missing)
            reads.append((folder, missing))
        }
        let results = concurrently(reads.map { read in { OFACListReader.read(read.folder, only: read.only) } })
        for (read, result) in zip(reads, results) { loader.add(result, from: read.folder, missingSetsOnly: read.only != nil) }
        loader.reconcileTranscriptions()
        loader.addPresets()
        loader.checkReferences()
        return loader.result
    }

    /// The OFAC folders used when none is given: the newest vintage of the rules folder, if any.
    public static func defaultOFACDirectories(rulesDirectory: String?) -> [String] {
        guard let rulesDirectory, let vintage = ListVintage.newest(in: ListVintage.root(ofRules: rulesDirectory)) else { return [] }
        return [vintage.directory]
    }

    /// Loads everything.
    ///
    /// - Throws: `ListLoadFailure` listing every error.
    public static func load(rulesDirectory: String?, ofacDirectories: [String] = []) throws -> RuleBook {
        try load(RuleBookSources(rulesDirectory: rulesDirectory, ofacDirectories: ofacDirectories))
    }

    /// Loads everything from sources.
    ///
    /// - Throws: `ListLoadFailure` listing every error.
    public static func load(_ sources: RuleBookSources, limits: ReadLimits = .standard) throws -> RuleBook {
        let result = read(sources, limits: limits)
        if !result.errors.isEmpty { throw ListLoadFailure(errors: result.errors) }
        return result.book
    }
}

/// Test access to the transcription check.
enum RuleBookLoaderTesting {
    static func differences(transcribed: ListEntity, published: ListEntity) -> [String] {
        Loader.differences(transcribed: transcribed, published: published)
    }
}

private struct Loader {
    let limits: ReadLimits
    var book = RuleBook()
    var errors: [ListLoadError] = []
    /// OFAC sets given with `--ofac`, which get presets.
    var presetSets: [OFACFileSet] = []
    /// Native lists whose entities transcribe an official list: list id → official list id.
    var transcriptions: [String: String] = [:]
    /// Where each OFAC set came from, to reject loading one twice.
    var ofacSources: [OFACFileSet: String] = [:]
    /// The native list that pins each OFAC set, when one does.
    var pinnedBy: [OFACFileSet: String] = [:]

    var result: RuleBookReadResult {
        RuleBookReadResult(book: book, errors: errors)
    }

    /// Reads one rules or list file, recording its hash and its problems.
    mutating func readFile(_ source: InputSource) {
        let path = source.name
        if let problem = YAMLTree.sizeProblem(of: source, limits: limits) {
            errors.append(ListLoadError(.tooLarge, problem, at: SourceLocation(file: path)))
            return
        }
        let bytes: [UInt8]
        do { bytes = try source.readAll(limit: limits.yamlBytes) } catch {
            let message = error.code == .tooLarge ? error.message : "cannot read \(path)"
            errors.append(ListLoadError(error.code == .tooLarge ? .tooLarge : .unreadableFile, message, at: SourceLocation(file: path)))
            return
        }
        book.files.append(RestrictedList.File(path: path, sha256: bytes.withUnsafeBytes(FileDigest.sha256)))
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            errors.append(ListLoadError(.badSyntax, "the file is not UTF-8 text", at: SourceLocation(file: path)))
            return
        }
        let yaml = StrictYAML(file: path, limits: limits)
        defer { errors += yaml.errors }
        guard let root = yaml.parse(text) else { return }
        guard case let .mapping(mapping) = root else {
            yaml.fail(.wrongType, "the file should be a mapping starting with 'schema: opslens.rule/v1' or 'schema: opslens.list/v1'", at: root)
            return
        }
        let schemas = [RuleFileReader.schema, ListFileReader.schema]
        guard let schemaNode = mapping["schema"] else {
            yaml.fail(.missingKey, "missing 'schema' (\(schemas.joined(separator: " or ")))", at: root)
            return
        }
        switch yaml.string(schemaNode, what: "'schema'") {
        case RuleFileReader.schema:
            if let object = yaml.object(root, keys: RuleFileReader.keys, what: "the rule"), let rule = RuleFileReader.read(object) {
                add(rule)
            }
        case ListFileReader.schema:
            if let object = yaml.object(root, keys: ListFileReader.keys, what: "the list"),
               let declaration = ListFileReader.read(object, path: path) {
                add(declaration, path: path, yaml: yaml)
            }
        case RulesFolder.waiverSchema:
            break  // a waivers file under another name: read by the screening run
        case let other?:
            var message = "unknown schema '\(other)'; expected \(schemas.joined(separator: " or "))"
            if let suggestion = Suggestion.closest(to: other, in: schemas) { message += "; did you mean '\(suggestion)'?" }
            yaml.fail(.badValue, message, at: schemaNode)
        case nil:
            break
        }
    }

    private mutating func add(_ rule: Rule) {
        if let existing = book.rule(id: rule.id) {
            errors.append(ListLoadError(.duplicateEntry, "rule id '\(rule.id)' is also defined at \(existing.location)", at: rule.location))
            return
        }
        book.rules.append(rule)
    }

    private mutating func add(_ declaration: ListFileReader.Declaration, path: String, yaml: StrictYAML) {
        var list = declaration.list
        if let existing = book.lists.first(where: { $0.id == list.id }) {
            errors.append(ListLoadError(.duplicateEntry, "list id '\(list.id)' is also defined at \(existing.location)", at: list.location))
            return
        }
        list.files = [RestrictedList.File(path: path, sha256: book.files.last?.sha256 ?? "")]
        if let official = declaration.transcribes { transcriptions[list.id] = official }
        if let pin = declaration.ofac, let pinned = readPinned(pin) {
            for ofac in pinned {
                if let other = ofacSources[ofac.fileSet] {
                    errors.append(ListLoadError(.duplicateEntry, "\(ofac.listID) is already loaded from \(other)", at: pin.location))
                    continue
                }
                ofacSources[ofac.fileSet] = pin.directory
                pinnedBy[ofac.fileSet] = list.id
                list.entities += ofac.entities
                list.files += ofac.files.map { RestrictedList.File(path: $0.path, sha256: $0.sha256) }
                book.warnings += ofac.warnings
            }
        }
        book.lists.append(list)
    }

    /// Checks every pinned hash, and that no unpinned OFAC file sits in the folder, then reads it.
    private mutating func readPinned(_ pin: ListFileReader.OFACPin) -> [OFACList]? {
        var ok = true
        for file in pin.files {
            let path = OFACListReader.path(pin.directory, file.name)
            guard let actual = FileDigest.sha256(ofFileAt: path) else {
                errors.append(ListLoadError(.unreadableFile, "\(file.name): cannot read \(path)", at: file.location))
                ok = false
                continue
            }
            if actual != file.sha256 {
                errors.append(ListLoadError(.hashMismatch,
                                            "\(file.name): SHA-256 of \(path) is \(actual), but the list pins \(file.sha256)",
                                            at: file.location))
                ok = false
            }
        }
        let pinnedNames = Set(pin.files.map(\.name))
        for name in OFACFileSet.allCases.flatMap(\.fileNames) where !pinnedNames.contains(name) {
            if FileManager.default.fileExists(atPath: OFACListReader.path(pin.directory, name)) {
                errors.append(ListLoadError(.hashMismatch, "\(name) is in \(pin.directory) but has no pinned SHA-256", at: pin.location))
                ok = false
            }
        }
        guard ok else { return nil }
        let result = OFACListReader.read(directory: pin.directory)
        errors += result.errors
        return result.errors.isEmpty ? result.lists : nil
    }

    /// Adds the OFAC sets read from `directory`; with `missingSetsOnly`, only those no folder supplied yet.
    mutating func add(_ result: OFACReadResult, from folder: OFACSources, missingSetsOnly: Bool = false) {
        let directory = folder.name
        var result = result
        if missingSetsOnly {
            result.lists.removeAll { ofacSources[$0.fileSet] != nil }
            if result.lists.isEmpty { return }
        }
        errors += result.errors
        let vintage = folder.vintage
        if let vintage { errors += vintage.verify(result.lists.flatMap(\.files)) }
        let vintageStamp = vintage?.stamp
        for ofac in result.lists {
            if let pinned = pinnedBy[ofac.fileSet], let pinnedIndex = book.lists.firstIndex(where: { $0.id == pinned }) {
                pinnedBy[ofac.fileSet] = nil
                // `--ofac` replaces the pinned copy, so a past vintage can be replayed against the same rules.
                book.lists[pinnedIndex].entities.removeAll { $0.listID == ofac.listID }
                book.lists[pinnedIndex].files.removeAll { $0.path.hasPrefix(ofac.directory) }
                book.warnings.append(ListLoadError(.duplicateEntry,
                                                   "\(ofac.listID) from --ofac \(directory) replaces the copy pinned by this list",
                                                   at: book.lists[pinnedIndex].location, severity: .warning))
            } else if let other = ofacSources[ofac.fileSet] {
                errors.append(ListLoadError(.duplicateEntry, "\(ofac.listID) is already loaded from \(other)", at: SourceLocation(file: directory)))
                continue
            }
            ofacSources[ofac.fileSet] = directory
            presetSets.append(ofac.fileSet)
            book.warnings += ofac.warnings
            book.lists.append(RestrictedList(id: ofac.listID, title: OFACPresets.title(for: ofac.fileSet),
                                             provenance: OFACPresets.provenance(for: ofac.fileSet),
                                             files: ofac.files.map { RestrictedList.File(path: $0.path, sha256: $0.sha256) },
                                             entities: ofac.entities, location: SourceLocation(file: directory),
                                             vintage: vintageStamp))
        }
    }

    /// When the official list a native list transcribes is loaded too, checks each transcribed entry
    /// against the official one (a difference is a warning) and keeps only the official entry.
    mutating func reconcileTranscriptions() {
        for (index, list) in book.lists.enumerated() {
            guard let officialID = transcriptions[list.id] else { continue }
            var official: [String: ListEntity] = [:]
            for other in book.lists where other.id != list.id {
                for entity in other.entities where entity.listID == officialID { official[entity.sourceID] = entity }
            }
            guard !official.isEmpty else { continue }
            for entity in list.entities {
                guard let published = official[entity.sourceID] else {
                    warn("entry \(entity.sourceID) (\(entity.name)) is not in the loaded \(officialID) list; kept as transcribed", at: entity.location)
                    continue
                }
                for difference in Self.differences(transcribed: entity, published: published) {
                    warn("entry \(entity.sourceID): \(difference) (the loaded \(officialID) list is used)", at: entity.location)
                }
            }
            book.lists[index].entities.removeAll { official[$0.sourceID] != nil }
        }
    }

    private mutating func warn(_ message: String, at location: SourceLocation) {
        book.warnings.append(ListLoadError(.transcriptionDiffers, message, at: location, severity: .warning))
    }

    /// What a transcription gets wrong, field by field (only fields the transcription states).
    static func differences(transcribed: ListEntity, published: ListEntity) -> [String] {
        var differences: [String] = []
        if transcribed.name != published.name { differences.append("name '\(transcribed.name)' differs from '\(published.name)'") }
        if transcribed.type != published.type { differences.append("type \(transcribed.type.rawValue) differs from \(published.type.rawValue)") }
        if !transcribed.programs.isEmpty, transcribed.programs != published.programs {
            differences.append("programs \(transcribed.programs) differ from \(published.programs)")
        }
        for date in transcribed.programDates where !published.programDates.isEmpty && !published.programDates.contains(date) {
            differences.append("\(date.kind.rawValue) date \(date.date) (\(date.program)) is not published")
        }
        let strong = { (entity: ListEntity) in Set(entity.aliases.filter { $0.strength == .strong }.map(\.name)) }
        if !transcribed.aliases.isEmpty, published.aliases.contains(where: { $0.strength == .strong }), strong(transcribed) != strong(published) {
            differences.append("strong aliases \(strong(transcribed).sorted()) differ from \(strong(published).sorted())")
        }
        return differences
    }

    /// Adds the presets for `--ofac` sets unless a rule in `Rules/` already covers the same list and programs.
    mutating func addPresets() {
        for preset in OFACPresets.rules(for: presetSets) {
            let covered = book.rules.contains { rule in
                rule.lists.contains(preset.lists[0]) && (rule.programs.isEmpty || (!preset.programs.isEmpty && Set(preset.programs).isSubset(of: rule.programs)))
            }
            if !covered && book.rule(id: preset.id) == nil { book.rules.append(preset) }
        }
    }

    /// Rules must name loaded lists; programs should occur in them; entity references must resolve.
    mutating func checkReferences() {
        let listIDs = Set(book.lists.map(\.id) + book.lists.flatMap { Set($0.entities.map(\.listID)) })
        var programsByList: [String: Set<String>] = [:]
        var references = Set<String>()
        for list in book.lists {
            for entity in list.entities {
                programsByList[list.id, default: []].formUnion(entity.programs)
                programsByList[entity.listID, default: []].formUnion(entity.programs)
                references.insert(entity.reference)
            }
        }
        for rule in book.rules where rule.location.file != "preset" {
            for list in rule.lists where !listIDs.contains(list) {
                var message = "rule '\(rule.id)' names list '\(list)', which is not loaded"
                if let suggestion = Suggestion.closest(to: list, in: Array(listIDs)) { message += "; did you mean '\(suggestion)'?" }
                else if list.hasPrefix("ofac-") { message += " (give its folder with --ofac DIR or pin it in a list file)" }
                errors.append(ListLoadError(.unresolvedReference, message, at: rule.location))
            }
            let known = rule.lists.reduce(into: Set<String>()) { $0.formUnion(programsByList[$1] ?? []) }
            for program in rule.programs where !known.contains(program) && rule.lists.allSatisfy(listIDs.contains) {
                var message = "rule '\(rule.id)': no entry of \(rule.lists.joined(separator: ", ")) carries program '\(program)'"
                if let suggestion = Suggestion.closest(to: program, in: Array(known)) { message += "; did you mean '\(suggestion)'?" }
                book.warnings.append(ListLoadError(.unresolvedReference, message, at: rule.location, severity: .warning))
            }
        }
        for list in book.lists {
            for entity in list.entities where entity.listID == list.id {
                let targets = entity.parents.compactMap(\.entityReference) + [entity.curation?.sameAs].compactMap { $0 }
                for target in targets where !references.contains(target) {
                    let targetList = String(target.split(separator: ":").first ?? "")
                    if listIDs.contains(targetList) {
                        errors.append(ListLoadError(.unresolvedReference,
                                                    "entity '\(entity.sourceID)' refers to '\(target)', which \(targetList) does not have",
                                                    at: entity.location))
                    } else {
                        book.warnings.append(ListLoadError(.unresolvedReference,
                                                           "entity '\(entity.sourceID)' refers to '\(target)'; not checked because \(targetList) is not loaded",
                                                           at: entity.location, severity: .warning))
                    }
                }
            }
        }
        errors.sort { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
    }
}
