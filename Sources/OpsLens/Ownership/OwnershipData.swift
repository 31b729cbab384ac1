import Foundation

/// The ownership data a screening engine is loaded with, besides the links the lists publish:
/// GLEIF relationship files, GLEIF's ISIN→LEI mapping and the rules folder's in-house
/// ownership files.
public struct OwnershipData: Sendable {
    /// Every link read, parties as the files name them.
    public var links: [OwnershipLink<PartyReference>] = []
    /// The issuer LEIs of ISINs, when a mapping file was given.
    public var isinLEI: ISINLEIMap?
    /// Every file read, with its SHA-256, for the report's provenance.
    public var files: [FileStamp] = []

    public init() {}

    /// Whether there is nothing to screen through.
    public var isEmpty: Bool { links.isEmpty && isinLEI == nil }

    /// Reads GLEIF relationship files, an ISIN→LEI file and the rules folder's `*.ownership.csv` files.
    ///
    /// - Throws: `InputError` for the first file that does not read (file, line, column, what
    ///   was expected): nothing is screened with less ownership data than was asked for.
    public static func load(gleifFiles: [String] = [], isinLEIFile: String? = nil, rulesDirectory: String? = nil) throws -> OwnershipData {
        var data = OwnershipData()
        for path in gleifFiles {
            let (relationships, file) = try GLEIFRelationshipReader.read(.file(path))
            data.links += relationships.links.map { link in
                OwnershipLink(child: .lei(link.child), parent: .lei(link.parent), percent: link.percent, source: link.source,
                              isControl: link.isControl, location: link.location)
            }
            data.files.append(file)
        }
        for path in rulesDirectory.map(RulesFolder.ownershipFiles(in:)) ?? [] {
            let (links, file) = try InHouseOwnershipFile.read(.file(path))
            data.links += links
            data.files.append(file)
        }
        if let isinLEIFile {
            let map = try ISINLEIMap(.file(isinLEIFile))
            data.isinLEI = map
            data.files.append(map.file)
        }
        return data
    }
}

extension RulesFolder {
    /// The in-house ownership files (`*.ownership.csv`) below `directory`, outside `examples/`, sorted.
    public static func ownershipFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative == "examples" { enumerator.skipDescendants(); continue }
            if relative.hasSuffix(InHouseOwnershipFile.suffix) { files.append((directory as NSString).appendingPathComponent(relative)) }
        }
        return files.sorted()
    }
}
