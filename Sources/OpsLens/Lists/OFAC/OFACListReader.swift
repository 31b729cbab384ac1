import Foundation

/// Loads OFAC's legacy CSV files (SDN and Consolidated sets) from a directory into `ListEntity` values.
///
/// Decisions: a duplicate `ent_num`, a record with the wrong number of fields, a non-numeric
/// `ent_num`, a truncated file and an unparseable CMIC/directive date are errors; an alias, address
/// or comments row naming an entry the main file does not have is a **warning** and the row is
/// skipped (real OFAC extracts contain such rows, e.g. the 2019 comments file and the 2025-05 excerpt).
public enum OFACListReader {
    /// Loads every file set whose main file is in `directory`.
    ///
    /// - Parameter directory: a folder holding `sdn.csv` and/or `cons_prim.csv`, with the
    ///   optional alias, address and comments files beside them.
    /// - Returns: one `OFACList` per set found (SDN first).
    /// - Throws: `ListLoadFailure` listing every error, with file and line.
    public static func load(directory: String) throws -> [OFACList] {
        let result = read(directory: directory)
        if !result.errors.isEmpty { throw ListLoadFailure(errors: result.errors) }
        return result.lists
    }

    /// Reads every file set in `directory` (or only those in `only`), side by side, collecting errors instead of throwing.
    public static func read(directory: String, only: Set<OFACFileSet>? = nil) -> OFACReadResult {
        read(.directory(directory), only: only)
    }

    /// Reads every file set of `sources` (or only those in `only`), side by side, collecting errors instead of
    /// throwing; files, errors and hashes are named by each source's display name.
    public static func read(_ sources: OFACSources, only: Set<OFACFileSet>? = nil) -> OFACReadResult {
        let sets = sources.sets.filter { only?.contains($0) ?? true }
        guard !sets.isEmpty else {
            if only != nil { return OFACReadResult(lists: [], errors: []) }
            let message = "no OFAC main file (sdn.csv or cons_prim.csv) in \(sources.name)"
            return OFACReadResult(lists: [], errors: [ListLoadError(.unreadableFile, message, at: SourceLocation(file: sources.name))])
        }
        let readers = concurrently(sets.map { set in
            { () -> SetReader in
                var reader = SetReader(set: set, sources: sources)
                reader.read()
                return reader
            }
        })
        return OFACReadResult(
            lists: readers.map { OFACList(fileSet: $0.set, directory: sources.name, files: $0.files, entities: $0.entities, warnings: $0.warnings) },
            errors: readers.flatMap(\.errors))
    }

    /// The file sets whose main file is in `directory` (SDN first).
    public static func sets(in directory: String) -> [OFACFileSet] {
        OFACSources.directory(directory).sets
    }

    static func path(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}

/// Reads one file set; keeps the state of the load.
private struct SetReader {
    let set: OFACFileSet
    let sources: OFACSources
    var entities: [ListEntity] = []
    var indexByID: [String: Int] = [:]
    var rawRemarks: [String?] = []
    var files: [OFACList.File] = []
    var errors: [ListLoadError] = []
    var warnings: [ListLoadError] = []

    init(set: OFACFileSet, sources: OFACSources) {
        self.set = set
        self.sources = sources
    }

    /// Reads the set's files (parsed side by side), then the entries, remarks, aliases and addresses.
    mutating func read() {
        let names = [set.mainFile, set.commentsFile, set.aliasFile, set.addressFile]
        let parsed = concurrently(names.enumerated().map { position, name in { [self] in parse(name, required: position == 0) } })
        guard let main = record(parsed[0]) else { return }
        // An empty main file is a failed download, not a list without entries: screening against it would find nothing.
        guard !main.records.isEmpty else {
            errors.append(ListLoadError(.noEntries, "the file has no entries: expected OFAC's legacy CSV, one entry per line",
                                        at: SourceLocation(file: main.path, line: 1)))
            return
        }
        readMain(main)
        if let comments = record(parsed[1]) { readComments(comments) }
        applyRemarks()
        if let aliases = record(parsed[2]) { readAliases(aliases) }
        if let addresses = record(parsed[3]) { readAddresses(addresses) }
        for index in entities.indices where entities[index].aliases.contains(where: { $0.strength == .weak }) {
            let aliases = entities[index].aliases
            entities[index].aliases = aliases.filter { $0.strength == .strong } + aliases.filter { $0.strength == .weak }
        }
        ParentLinkResolver.resolve(&entities)
    }

    /// Reads each entry's remarks into it (on every core: entries do not depend on each other),
    /// recording the problems in entry order.
    private mutating func applyRemarks() {
        let applied = entities.indices.concurrentMap { index -> (ListEntity, [OFACRemarks.Problem])? in
            guard let remarks = rawRemarks[index].flatMap(OFACCSVFile.value) else { return nil }
            var entity = entities[index]
            entity.remarks = remarks
            let problems = OFACRemarks.apply(remarks, to: &entity)
            return (entity, problems)
        }
        for (index, result) in applied.enumerated() {
            guard let (entity, problems) = result else { continue }
            entities[index] = entity
            for problem in problems {
                let location = SourceLocation(file: entity.location.file, line: entity.location.line, column: 12)
                let error = ListLoadError(problem.code, problem.message, at: location, severity: problem.isError ? .error : .warning)
                if problem.isError { errors.append(error) } else { warnings.append(error) }
            }
        }
    }

    /// The file `name` of the set read into records; `nil` when it is optional and absent.
    private func parse(_ name: String, required: Bool) -> Result<OFACCSVFile, ListLoadError>? {
        guard let source = sources.files[name] else {
            guard required else { return nil }
            let path = sources.displayName(of: name)
            return .failure(ListLoadError(.unreadableFile, "cannot read \(path)", at: SourceLocation(file: path)))
        }
        do {
            var file = try OFACCSVFile(source)
            file.expectedColumns = set.columnCount(of: name)
            return .success(file)
        } catch {
            return .failure(error)
        }
    }

    /// Notes a parsed file among the set's files (or its error) and gives it back when it was read.
    private mutating func record(_ parsed: Result<OFACCSVFile, ListLoadError>?) -> OFACCSVFile? {
        switch parsed {
        case .success(let file)?:
            files.append(OFACList.File(path: file.path, sha256: file.sha256, records: file.records.count))
            return file
        case .failure(let error)?:
            errors.append(error)
            return nil
        case nil:
            return nil
        }
    }

    /// Checks the field count and the entry number of `record`; records an error when wrong.
    private mutating func entryNumber(of record: OFACCSVFile.Record, in file: OFACCSVFile) -> String? {
        let expected = file.expectedColumns
        guard record.fields.count == expected else {
            errors.append(ListLoadError(.wrongColumnCount,
                                        "expected \(expected) fields, found \(record.fields.count)",
                                        at: SourceLocation(file: file.path, line: record.line)))
            return nil
        }
        guard let number = record.fields[0], !number.isEmpty, number.utf8.allSatisfy({ (48...57).contains($0) }) else {
            errors.append(ListLoadError(.badEntryNumber,
                                        "entry number '\(record.fields[0] ?? "-0-")' is not a whole number",
                                        at: SourceLocation(file: file.path, line: record.line, column: 1)))
            return nil
        }
        return Int(number).map(String.init) ?? number
    }

    private mutating func readMain(_ file: OFACCSVFile) {
        entities.reserveCapacity(file.records.count)
        for record in file.records {
            guard let id = entryNumber(of: record, in: file) else { continue }
            let location = SourceLocation(file: file.path, line: record.line)
            if let first = indexByID[id] {
                let firstLine = entities[first].location.line.map(String.init) ?? "?"
                errors.append(ListLoadError(.duplicateEntry,
                                            "entry \(id) appears twice: line \(firstLine) and line \(record.line)",
                                            at: location))
                continue
            }
            let fields = record.fields
            guard let type = EntityType(ofac: fields[2]) else {
                errors.append(ListLoadError(.badValue, "entry \(id): unknown type '\(fields[2] ?? "")'",
                                            at: SourceLocation(file: file.path, line: record.line, column: 3)))
                continue
            }
            var entity = ListEntity(listID: set.listID, sourceID: id, type: type, name: fields[1] ?? "", location: location)
            if fields[1] == nil {
                warnings.append(ListLoadError(.badValue, "entry \(id) has no name",
                                              at: SourceLocation(file: file.path, line: record.line, column: 2), severity: .warning))
            }
            entity.programs = fields[3].map(OFACListReader.programs) ?? []
            entity.title = fields[4]
            let vessel = VesselDetails(callSign: fields[5], vesselType: fields[6], tonnage: fields[7],
                                       grossRegisteredTonnage: fields[8], flag: fields[9], owner: fields[10])
            entity.vessel = vessel.isEmpty ? nil : vessel
            indexByID[id] = entities.count
            entities.append(entity)
            rawRemarks.append(record.rawLastField)
        }
    }

    private mutating func readComments(_ file: OFACCSVFile) {
        for record in file.records {
            guard let id = entryNumber(of: record, in: file) else { continue }
            guard let index = index(of: id, record: record, file: file, what: "remarks continuation") else { continue }
            // Spill-over continues the remarks without a separator: the split can fall mid-token.
            rawRemarks[index] = (rawRemarks[index] ?? "") + record.rawLastField
        }
    }

    private mutating func readAliases(_ file: OFACCSVFile) {
        for record in file.records {
            guard let id = entryNumber(of: record, in: file) else { continue }
            guard let index = index(of: id, record: record, file: file, what: "alias") else { continue }
            let fields = record.fields
            guard let name = fields[3] else { continue }
            let kindText = fields[2]?.lowercased() ?? "aka"
            guard let kind = EntityAlias.Kind(rawValue: kindText) else {
                errors.append(ListLoadError(.badValue, "alias type '\(kindText)' is not aka, fka or nka",
                                            at: SourceLocation(file: file.path, line: record.line, column: 3)))
                continue
            }
            entities[index].aliases.append(EntityAlias(name: name, kind: kind, strength: .strong, sourceID: fields[1],
                                                       remarks: fields[4],
                                                       location: SourceLocation(file: file.path, line: record.line)))
        }
    }

    private mutating func readAddresses(_ file: OFACCSVFile) {
        for record in file.records {
            guard let id = entryNumber(of: record, in: file) else { continue }
            guard let index = index(of: id, record: record, file: file, what: "address") else { continue }
            let fields = record.fields
            let address = EntityAddress(sourceID: fields[1], street: fields[2], cityStatePostalCode: fields[3],
                                        country: fields[4], remarks: fields[5],
                                        location: SourceLocation(file: file.path, line: record.line))
            if !address.isEmpty { entities[index].addresses.append(address) }
        }
    }

    /// The index of entry `id`, or a warning that the row names an unknown entry.
    private mutating func index(of id: String, record: OFACCSVFile.Record, file: OFACCSVFile, what: String) -> Int? {
        if let index = indexByID[id] { return index }
        warnings.append(ListLoadError(.unknownEntry,
                                      "\(what) for entry \(id), which \(set.mainFile) does not have; row skipped",
                                      at: SourceLocation(file: file.path, line: record.line, column: 1), severity: .warning))
        return nil
    }
}

extension OFACListReader {
    /// Splits OFAC's program field (`SDGT] [NS-PLC`) into programs.
    static func programs(_ field: String) -> [String] {
        let bytes = Array(field.utf8)
        var pieces: [Range<Int>] = []
        var start = 0, index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "]") && bytes[index + 1] == UInt8(ascii: " ") && bytes[index + 2] == UInt8(ascii: "[") {
                pieces.append(start..<index)
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        guard !pieces.isEmpty || bytes.first == UInt8(ascii: "[") else { return [field] }
        pieces.append(start..<bytes.count)
        let isTrimmed = { (byte: UInt8) in byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: " ") }
        return pieces.compactMap { piece in
            var range = piece
            while let first = range.first, isTrimmed(bytes[first]) { range = range.dropFirst() }
            while let last = range.last, isTrimmed(bytes[last]) { range = range.dropLast() }
            return range.isEmpty ? nil : String(decoding: bytes[range], as: UTF8.self)
        }
    }
}
