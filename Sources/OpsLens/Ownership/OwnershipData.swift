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

    /// Reads GLEIF relationship files, in-house ownership files (`*.ownership.csv`) and an ISIN→LEI file.
    ///
    /// - Throws: `InputError` for the first file that does not read (file, line, column, what
    ///   was expected): nothing is screened with less ownership data than was asked for.
    public static func load(gleifFiles: [String] = [], isinLEIFile: String? = nil, inHouseFiles: [String]) throws -> OwnershipData {
        var data = OwnershipData()
        for path in gleifFiles {
            let (relationships, file) = try GLEIFRelationshipReader.read(.file(path))
            data.links += relationships.links.map { link in
                OwnershipLink(child: .lei(link.child), parent: .lei(link.parent), percent: link.percent, source: link.source,
                              isControl: link.isControl, location: link.location)
            }
            data.files.append(file)
        }
        for path in inHouseFiles {
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
