import Foundation

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

extension OwnershipData {
    /// Reads GLEIF relationship files, the rules folder's in-house ownership files and an ISIN→LEI file.
    ///
    /// - Throws: `InputError` for the first file that does not read.
    public static func load(gleifFiles: [String] = [], isinLEIFile: String? = nil, rulesDirectory: String? = nil) throws -> OwnershipData {
        try load(gleifFiles: gleifFiles, isinLEIFile: isinLEIFile, inHouseFiles: rulesDirectory.map(RulesFolder.ownershipFiles(in:)) ?? [])
    }
}
