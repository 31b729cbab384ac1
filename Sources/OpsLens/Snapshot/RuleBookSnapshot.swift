import Foundation

/// A compiled rule book (`opslens rules compile`): the loaded rules and lists in a binary file
/// that loads in milliseconds instead of parsing OFAC's CSV files and the YAML under `Rules/`.
///
/// The file is a text header line — format, OpsLens version, the folders it was compiled from,
/// every source file with its SHA-256, the payload's size and checksum — then the payload (the
/// rule book, `PositionalEncoder`). Loading refuses a snapshot from another OpsLens version, one
/// whose source files changed, appeared or went away, and one whose bytes are damaged: a
/// snapshot is never used silently in place of what its sources say now.
public struct RuleBookSnapshot: Sendable {
    /// What the header records.
    public struct Header: Codable, Sendable, Equatable {
        public var format: Int
        public var version: String
        /// The rules folder and OFAC folders, as absolute paths.
        public var rulesDirectory: String?
        public var ofacDirectories: [String]
        /// Every file the rule book was read from, absolute, with its SHA-256.
        public var sources: [RestrictedList.File]
        public var payloadBytes: Int
        public var payloadChecksum: String
    }

    public static let magic = "OPSLENS-RULEBOOK-SNAPSHOT "
    /// Where `opslens rules compile` writes when not told otherwise.
    public static let defaultPath = ".opslens/rulebook.snapshot"
    public static let format = 1

    public var header: Header
    public var book: RuleBook

    /// The rule book as the snapshot stores it.
    private struct Payload: Codable {
        var rules: [Rule]
        var lists: [RestrictedList]
        var files: [RestrictedList.File]
        var warnings: [ListLoadError]
    }

    /// An engine over the compiled rule book, with the rules folder's default waivers.
    public func engine() throws -> ScreeningEngine {
        let waivers = try header.rulesDirectory.flatMap { try RulesFolder.waiverFile(in: $0) }.map { try WaiverFile(.file($0)) }
        return ScreeningEngine(book: book, defaultWaivers: waivers)
    }

    /// Loads the rules folder and OFAC folders and compiles them.
    ///
    /// - Throws: `ListLoadFailure` when the sources do not load.
    public static func compile(rulesDirectory: String?, ofacDirectories: [String]) throws -> RuleBookSnapshot {
        let book = try RuleBookLoader.load(rulesDirectory: rulesDirectory, ofacDirectories: ofacDirectories)
        var sources: [String: String] = [:]
        for file in book.files + book.lists.flatMap(\.files) { sources[absolute(file.path)] = file.sha256 }
        for path in rulesDirectory.map(yamlFiles(in:)) ?? [] where sources[path] == nil {
            sources[path] = FileDigest.sha256(ofFileAt: path) ?? ""
        }
        let header = Header(format: format, version: OpsLensVersion.current, rulesDirectory: rulesDirectory.map(absolute),
                            ofacDirectories: ofacDirectories.map(absolute),
                            sources: sources.keys.sorted().map { RestrictedList.File(path: $0, sha256: sources[$0]!) },
                            payloadBytes: 0, payloadChecksum: "")
        return RuleBookSnapshot(header: header, book: book)
    }

    /// The snapshot's bytes: the header line, then the payload.
    public func encoded() throws -> [UInt8] {
        let payload = try PositionalEncoder.encode(Payload(rules: book.rules, lists: book.lists, files: book.files,
                                                           warnings: book.warnings))
        var header = self.header
        header.payloadBytes = payload.count
        header.payloadChecksum = payload.withUnsafeBytes(Self.checksum)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((Self.magic + String(decoding: try encoder.encode(header), as: UTF8.self) + "\n").utf8) + payload
    }

    /// Reads a snapshot and checks it against its sources as they are now.
    ///
    /// - Throws: `InputError` (`.foreignSnapshot`, `.staleSnapshot`, `.corruptSnapshot`, `.unreadable`)
    ///   saying what differs and to run `opslens rules compile` again.
    public static func load(_ path: String) throws -> RuleBookSnapshot {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.unreadable, file: path, "cannot read the snapshot")
        }
        return try data.withUnsafeBytes { bytes in try decode(bytes, path: path) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, path: String) throws -> RuleBookSnapshot {
        let recompile = "; run `opslens rules compile` again"
        let magic = Array(Self.magic.utf8)
        guard bytes.count > magic.count, bytes.prefix(magic.count).elementsEqual(magic),
              let newline = bytes[magic.count...].firstIndex(of: 0x0A) else {
            throw InputError(.corruptSnapshot, file: path, "not an OpsLens rule-book snapshot" + recompile)
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(bytes[magic.count..<newline]))
        } catch {
            throw InputError(.corruptSnapshot, file: path, line: 1, "the snapshot's header is damaged" + recompile)
        }
        guard header.version == OpsLensVersion.current, header.format == format else {
            throw InputError(.foreignSnapshot, file: path, "the snapshot was compiled by OpsLens \(header.version) (format "
                             + "\(header.format)); this is OpsLens \(OpsLensVersion.current) (format \(format))" + recompile)
        }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[(newline + 1)...])
        guard payload.count == header.payloadBytes, checksum(payload) == header.payloadChecksum else {
            throw InputError(.corruptSnapshot, file: path, "the snapshot is damaged (its payload is "
                             + "\(payload.count == header.payloadBytes ? "changed" : "\(payload.count) bytes, not \(header.payloadBytes)"))"
                             + recompile)
        }
        try checkSources(header, path: path)
        let decoded: Payload
        do {
            decoded = try PositionalDecoder.decode(Payload.self, from: payload)
        } catch {
            throw InputError(.corruptSnapshot, file: path, "the snapshot cannot be decoded (\(error))" + recompile)
        }
        return RuleBookSnapshot(header: header, book: RuleBook(rules: decoded.rules, lists: decoded.lists,
                                                                files: decoded.files, warnings: decoded.warnings))
    }

    /// Throws when a source file changed or went away, or a rules file appeared.
    private static func checkSources(_ header: Header, path: String) throws {
        let recompile = "; run `opslens rules compile` again"
        for source in header.sources {
            guard let digest = FileDigest.sha256(ofFileAt: source.path) else {
                throw InputError(.staleSnapshot, file: path, "the snapshot's source \(source.path) is gone" + recompile)
            }
            guard digest == source.sha256 else {
                throw InputError(.staleSnapshot, file: path, "the snapshot's source \(source.path) changed since it was "
                                 + "compiled (SHA-256 \(digest.prefix(12))…, compiled from \(source.sha256.prefix(12))…)" + recompile)
            }
        }
        let known = Set(header.sources.map(\.path))
        if let added = header.rulesDirectory.map(yamlFiles(in:))?.first(where: { !known.contains($0) }) {
            throw InputError(.staleSnapshot, file: path, "\(added) was added to the rules folder after the snapshot was compiled"
                             + recompile)
        }
    }

    /// A 64-bit checksum of `bytes` (FNV-1a over 8-byte words), hex: fast enough to check on every load.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        for index in (words * 8)..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    /// Every `*.yaml`/`*.yml` file under `directory` the loader reads (not the waivers), absolute.
    static func yamlFiles(in directory: String) -> [String] {
        let root = absolute(directory)
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !RulesFolder.isWaiverFileName($0) }
            .map { (root as NSString).appendingPathComponent($0) }.sorted()
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
