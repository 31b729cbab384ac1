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

    /// Reads every file set in `directory`, collecting errors instead of throwing.
    public static func read(directory: String) -> OFACReadResult {
        let sets = OFACFileSet.allCases.filter {
            FileManager.default.fileExists(atPath: path(directory, $0.mainFile))
        }
        guard !sets.isEmpty else {
            let message = "no OFAC main file (sdn.csv or cons_prim.csv) in \(directory)"
            return OFACReadResult(lists: [], errors: [ListLoadError(.unreadableFile, message, at: SourceLocation(file: directory))])
        }
        var lists: [OFACList] = []
        var errors: [ListLoadError] = []
        for set in sets {
            var reader = SetReader(set: set, directory: directory)
            reader.read()
            errors += reader.errors
            lists.append(OFACList(fileSet: set, directory: directory, files: reader.files,
                                  entities: reader.entities, warnings: reader.warnings))
        }
        return OFACReadResult(lists: lists, errors: errors)
    }

    static func path(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}

/// Reads one file set; keeps the state of the load.
private struct SetReader {
    let set: OFACFileSet
    let directory: String
    var entities: [ListEntity] = []
    var indexByID: [String: Int] = [:]
    var rawRemarks: [String?] = []
    var files: [OFACList.File] = []
    var errors: [ListLoadError] = []
    var warnings: [ListLoadError] = []

    init(set: OFACFileSet, directory: String) {
        self.set = set
        self.directory = directory
    }

    mutating func read() {
        guard let main = open(set.mainFile, required: true) else { return }
        // An empty main file is a failed download, not a list without entries: screening against it would find nothing.
        guard !main.records.isEmpty else {
            errors.append(ListLoadError(.noEntries, "the file has no entries: expected OFAC's legacy CSV, one entry per line",
                                        at: SourceLocation(file: main.path, line: 1)))
            return
        }
        readMain(main)
        if let comments = open(set.commentsFile, required: false) { readComments(comments) }
        for index in entities.indices {
            guard let remarks = rawRemarks[index].flatMap(OFACCSVFile.value) else { continue }
            entities[index].remarks = remarks
            for problem in OFACRemarks.apply(remarks, to: &entities[index]) {
                let location = SourceLocation(file: entities[index].location.file, line: entities[index].location.line, column: 12)
                let error = ListLoadError(problem.code, problem.message, at: location, severity: problem.isError ? .error : .warning)
                if problem.isError { errors.append(error) } else { warnings.append(error) }
            }
        }
        if let aliases = open(set.aliasFile, required: false) { readAliases(aliases) }
        if let addresses = open(set.addressFile, required: false) { readAddresses(addresses) }
        for index in entities.indices where entities[index].aliases.contains(where: { $0.strength == .weak }) {
            let aliases = entities[index].aliases
            entities[index].aliases = aliases.filter { $0.strength == .strong } + aliases.filter { $0.strength == .weak }
        }
        ParentLinkResolver.resolve(&entities)
    }

    private mutating func open(_ name: String, required: Bool) -> OFACCSVFile? {
        let path = OFACListReader.path(directory, name)
        guard required || FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            var file = try OFACCSVFile(path: path)
            file.expectedColumns = set.columnCount(of: name)
            files.append(OFACList.File(path: path, sha256: file.sha256, records: file.records.count))
            return file
        } catch let error as ListLoadError {
            errors.append(error)
        } catch {
            errors.append(ListLoadError(.unreadableFile, "\(error)", at: SourceLocation(file: path)))
        }
        return nil
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
        guard field.contains("] [") || field.hasPrefix("[") else { return [field] }
        return field.components(separatedBy: "] [")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) }
            .filter { !$0.isEmpty }
    }
}
