import Foundation

/// A compiled rule book (`opslens rules compile`): the loaded rules and lists, and what indexing
/// them produced, in a binary file that loads in milliseconds instead of parsing OFAC's CSV files
/// and the YAML under `Rules/`.
///
/// The file is a text header line — format, OpsLens version, the folders it was compiled from,
/// every source file with its SHA-256, the sizes of the payload's parts and its checksum — then
/// the payload: the rules, lists and index parts (`ScreeningIndex.Parts`), every entry encoded on
/// its own so that a check decodes only the entries it meets, the name-index rows and the
/// entries' references (`PositionalEncoder` throughout). Loading refuses a snapshot from another
/// OpsLens version, one whose source files changed, appeared or went away, and one whose bytes
/// are damaged: a snapshot is never used silently in place of what its sources say now.
public struct RuleBookSnapshot: Sendable {
    /// What the header records.
    public struct Header: Codable, Sendable, Equatable {
        public var format: Int
        public var version: String
        /// The rules folder and OFAC folders, as absolute paths.
        public var rulesDirectory: String?
        public var ofacDirectories: [String]
        /// The OFAC vintage folders the rules folder supplied (its newest), as absolute paths.
        public var vintageDirectories: [String]
        /// Every file the rule book was read from, absolute, with its SHA-256.
        public var sources: [RestrictedList.File]
        /// The sizes of the payload's parts: head, entries, names, references.
        public var partBytes: [Int]
        public var payloadChecksum: String
    }

    public static let magic = "OPSLENS-RULEBOOK-SNAPSHOT "
    /// Where `opslens rules compile` writes when not told otherwise.
    public static let defaultPath = ".opslens/rulebook.snapshot"
    /// Bump it whenever a type the payload encodes changes its stored properties: the payload is
    /// positional, so an old layout must be refused, not read.
    public static let format = 5

    public let header: Header
    /// The rules, the lists without their entries, and the index parts but names and references.
    private let head: Head
    private let file: MappedFile
    /// Where each part starts in `bytes`.
    private let partStarts: [Int]

    private struct Head: Codable {
        var rules: [Rule]
        /// The lists, their `entities` left empty: entries are stored one by one.
        var lists: [RestrictedList]
        var entityCounts: [Int]
        var files: [RestrictedList.File]
        var warnings: [ListLoadError]
        /// The index parts, `names` and `keys` left empty (they are parts of their own).
        var parts: ScreeningIndex.Parts
        /// Where each entry starts in the entries part, and where the last one ends.
        var entryOffsets: [Int]
    }

    /// The rules compiled.
    public var rules: [Rule] { head.rules }

    /// Compiles `book`, loaded from the rules folder and OFAC folders given, into a snapshot's bytes.
    public static func compile(_ book: RuleBook, rulesDirectory: String?, ofacDirectories: [String]) throws -> (header: Header, bytes: [UInt8]) {
        var sources: [String: String] = [:]
        for file in book.files + book.lists.flatMap(\.files) { sources[absolute(file.path)] = file.sha256 }
        for path in rulesDirectory.map(yamlFiles(in:)) ?? [] where sources[path] == nil {
            sources[path] = FileDigest.sha256(ofFileAt: path) ?? ""
        }
        let (entries, parts) = ScreeningIndex.Parts.of(book.lists)
        var entryBytes: [UInt8] = []
        var offsets: [Int] = []
        for entry in entries {
            offsets.append(entryBytes.count)
            entryBytes += try PositionalEncoder.encode(entry.entity)
        }
        offsets.append(entryBytes.count)
        var headParts = parts
        headParts.names = []
        headParts.keys = []
        let head = Head(rules: book.rules, lists: book.lists.map { var list = $0; list.entities = []; return list },
                        entityCounts: book.lists.map(\.entities.count), files: book.files, warnings: book.warnings,
                        parts: headParts, entryOffsets: offsets)
        let payloadParts = [try PositionalEncoder.encode(head), entryBytes, try PositionalEncoder.encode(parts.names),
                            try PositionalEncoder.encode(parts.keys)]
        let payload = payloadParts.flatMap { $0 }
        let header = Header(format: format, version: OpsLensVersion.current, rulesDirectory: rulesDirectory.map(absolute),
                            ofacDirectories: ofacDirectories.map(absolute),
                            vintageDirectories: RuleBookLoader.defaultOFACDirectories(rulesDirectory: rulesDirectory).map(absolute),
                            sources: sources.keys.sorted().map { RestrictedList.File(path: $0, sha256: sources[$0]!) },
                            partBytes: payloadParts.map(\.count), payloadChecksum: payload.withUnsafeBytes(checksum))
        return (header, Array(magic.utf8) + (try SortedJSONEncoder().encode(header)) + Array("\n".utf8) + payload)
    }

    /// Reads a snapshot and checks it against its sources as they are now.
    ///
    /// - Throws: `InputError` (`.foreignSnapshot`, `.staleSnapshot`, `.corruptSnapshot`, `.unreadable`)
    ///   saying what differs and to run `opslens rules compile` again.
    public static func load(_ path: String) throws -> RuleBookSnapshot {
        guard let file = MappedFile(path: path) else {
            throw InputError(.unreadable, file: path, "cannot read the snapshot")
        }
        return try RuleBookSnapshot(file, path: path)
    }

    private init(_ file: MappedFile, path: String) throws {
        let recompile = "; run `opslens rules compile` again"
        let (header, payloadStart) = try { () throws -> (Header, Int) in
            let bytes = file.bytes
            let magic = Array(Self.magic.utf8)
            guard bytes.count > magic.count, bytes.prefix(magic.count).elementsEqual(magic),
                  let newline = bytes[magic.count...].firstIndex(of: 0x0A) else {
                throw InputError(.corruptSnapshot, file: path, "not an OpsLens rule-book snapshot" + recompile)
            }
            // Format and version first: a header of another format may not decode as this one's.
            struct Stamp: Decodable { var format: Int; var version: String }
            let line = Data(bytes[magic.count..<newline])
            guard let stamp = try? JSONDecoder().decode(Stamp.self, from: line) else {
                throw InputError(.corruptSnapshot, file: path, line: 1, "the snapshot's header is damaged" + recompile)
            }
            guard stamp.version == OpsLensVersion.current, stamp.format == Self.format else {
                throw InputError(.foreignSnapshot, file: path, "the snapshot was compiled by OpsLens \(stamp.version) (format "
                                 + "\(stamp.format)); this is OpsLens \(OpsLensVersion.current) (format \(Self.format))" + recompile)
            }
            guard let header = try? JSONDecoder().decode(Header.self, from: line) else {
                throw InputError(.corruptSnapshot, file: path, line: 1, "the snapshot's header is damaged" + recompile)
            }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[(newline + 1)...])
            let expected = header.partBytes.reduce(0, +)
            guard header.partBytes.count == 4, payload.count == expected, Self.checksum(payload) == header.payloadChecksum else {
                throw InputError(.corruptSnapshot, file: path, "the snapshot is damaged (its payload is "
                                 + "\(payload.count == expected ? "changed" : "\(payload.count) bytes, not \(expected)"))" + recompile)
            }
            return (header, newline + 1)
        }()
        try Self.checkSources(header, path: path)
        var starts = [payloadStart]
        for size in header.partBytes.dropLast() { starts.append(starts.last! + size) }
        let head: Head
        do {
            head = try PositionalDecoder.decode(Head.self, from: UnsafeRawBufferPointer(rebasing: file.bytes[starts[0]..<starts[1]]))
        } catch {
            throw InputError(.corruptSnapshot, file: path, "the snapshot cannot be decoded (\(error))" + recompile)
        }
        guard head.entryOffsets.count == head.entityCounts.reduce(0, +) + 1, head.entryOffsets.last == header.partBytes[1] else {
            throw InputError(.corruptSnapshot, file: path, "the snapshot's entries do not add up" + recompile)
        }
        self.header = header
        self.head = head
        self.file = file
        self.partStarts = starts
    }

    /// An index over the compiled entries: lookups by identifier and ticker are ready at once;
    /// entries, names and references are decoded when first needed.
    public func index(thresholds: MatchThresholds = .standard) -> ScreeningIndex {
        var listIDs: [String] = []
        for (list, count) in zip(head.lists, head.entityCounts) { listIDs += repeatElement(list.id, count: count) }
        let entries = CompiledEntries(file: file, offsets: head.entryOffsets.map { $0 + partStarts[1] }, listIDs: listIDs)
        let file = self.file
        let names = partStarts[2]..<partStarts[3], keys = partStarts[3]..<file.bytes.count
        return ScreeningIndex(entries: EntryStore(storage: .decodedOnUse(count: entries.count, entry: entries.entry)), parts: head.parts,
                              names: LazyValue { Self.decode([ScreeningIndex.Parts.NameRow].self, file, names) },
                              keys: LazyValue { Self.decode([ScreeningIndex.Parts.KeyRow].self, file, keys) },
                              thresholds: thresholds)
    }

    /// The part of `file` in `range`, decoded; the checksum matched on load, so a part that does not decode is a bug.
    private static func decode<T: Decodable>(_ type: T.Type, _ file: MappedFile, _ range: Range<Int>) -> T {
        do { return try PositionalDecoder.decode(T.self, from: UnsafeRawBufferPointer(rebasing: file.bytes[range])) } catch {
            fatalError("compiled rule book: bytes \(range) do not decode: \(error)")
        }
    }

    /// The whole rule book, every entry decoded (what `screen` reports on).
    public func book() -> RuleBook {
        let entries = index().entries
        var lists = head.lists
        var key = 0
        for (position, count) in head.entityCounts.enumerated() {
            lists[position].entities = (key..<key + count).map { entries[$0].entity }
            key += count
        }
        return RuleBook(rules: head.rules, lists: lists, files: head.files, warnings: head.warnings)
    }

    /// An engine over the compiled rule book.
    ///
    /// - Parameter decodingEntriesOnUse: Whether entries are decoded as they are met, for a
    ///   pre-trade check (milliseconds to start; the engine's `book` holds the lists without
    ///   entries, and no default waivers: orders have overrides), rather than all at once with
    ///   the rules folder's default waivers, for a screening run (whose report counts every
    ///   list's entries).
    public func engine(decodingEntriesOnUse: Bool = false) throws -> ScreeningEngine {
        if decodingEntriesOnUse {
            let rulesOnly = RuleBook(rules: head.rules, lists: head.lists, files: head.files, warnings: head.warnings)
            return ScreeningEngine(book: rulesOnly, index: index())
        }
        let waivers = try header.rulesDirectory.flatMap { try RulesFolder.waiverFile(in: $0) }.map { try WaiverFile(.file($0)) }
        return ScreeningEngine(book: book(), defaultWaivers: waivers)
    }

    /// Throws when a source file changed or went away, or a rules file appeared.
    private static func checkSources(_ header: Header, path: String) throws {
        let recompile = "; run `opslens rules compile` again"
        for source in header.sources {
            guard let digest = MappedFile(path: source.path).map({ FileDigest.sha256($0.bytes) }) else {
                throw InputError(.staleSnapshot, file: path, "the snapshot's source \(source.path) is gone" + recompile)
            }
            guard digest == source.sha256 else {
                throw InputError(.staleSnapshot, file: path, "the snapshot's source \(source.path) changed since it was "
                                 + "compiled (SHA-256 \(digest.prefix(12))…, compiled from \(source.sha256.prefix(12))…)" + recompile)
            }
        }
        let vintages = RuleBookLoader.defaultOFACDirectories(rulesDirectory: header.rulesDirectory).map(absolute)
        if vintages != header.vintageDirectories {
            throw InputError(.staleSnapshot, file: path, "the rules folder's newest OFAC vintage is now "
                             + "\(vintages.first ?? "none"), not \(header.vintageDirectories.first ?? "none") as when compiled" + recompile)
        }
        let known = Set(header.sources.map(\.path))
        if let added = header.rulesDirectory.map(yamlFiles(in:))?.first(where: { !known.contains($0) }) {
            throw InputError(.staleSnapshot, file: path, "\(added) was added to the rules folder after the snapshot was compiled"
                             + recompile)
        }
    }

    /// A 64-bit checksum of `bytes`, hex: FNV-1a-style over 8-byte words in four interleaved lanes,
    /// fast enough to check on every load (a few milliseconds for the full OFAC lists).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> String {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4, 0x9ce4_cbf2_2325_8422, 0x2325_8422_9ce4_cbf2)
        let blocks = bytes.count / 32
        for block in 0..<blocks {
            let offset = block * 32
            lanes.0 = (lanes.0 ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            lanes.1 = (lanes.1 ^ bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
            lanes.2 = (lanes.2 ^ bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
            lanes.3 = (lanes.3 ^ bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
            lanes.0 ^= lanes.0 >> 29
            lanes.1 ^= lanes.1 >> 29
            lanes.2 ^= lanes.2 >> 29
            lanes.3 ^= lanes.3 >> 29
        }
        var hash = UInt64(bytes.count)
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { hash = (hash ^ lane) &* prime }
        for index in (blocks * 32)..<bytes.count { hash = (hash ^ UInt64(bytes[index])) &* prime }
        return String(hash, radix: 16)
    }

    /// Every `*.yaml`/`*.yml` file under `directory` the loader reads (not the waivers), absolute.
    /// The rules folder's rule and list files, by absolute path.
    static func yamlFiles(in directory: String) -> [String] {
        RulesFolder.ruleFiles(in: absolute(directory))
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return url.standardizedFileURL.path
    }
}

extension InputError.Code {
    /// A snapshot written by another OpsLens version or format.
    public static let foreignSnapshot = Self(name: "foreign-snapshot")
    /// A snapshot whose source files changed, went away or were added to.
    public static let staleSnapshot = Self(name: "stale-snapshot")
    /// A snapshot whose bytes are damaged.
    public static let corruptSnapshot = Self(name: "corrupt-snapshot")
}
