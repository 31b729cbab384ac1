import Foundation

/// What a rules folder holds besides rules and lists: its default waivers file.
///
/// The rules loader skips the waivers file and the screening engine reads it, so both ask here
/// which file that is: `waivers.yaml` or `waivers.yml`, or any YAML file declaring the waivers schema.
public enum RulesFolder {
    /// The names of a rules folder's default waivers file, in the order they are looked for.
    public static let waiverFileNames = ["waivers.yaml", "waivers.yml"]
    /// The `schema:` of a waivers file written as a mapping.
    public static let waiverSchema = "opslens.waivers/v1"

    /// The sub-folder of a rules folder that is not read: example lists kept for documentation and tests.
    public static let examplesFolder = "examples"

    /// The rules and list files of the rules folder `directory`, sorted: every YAML file below it
    /// but the examples and the waivers file. The loader reads these, and a compiled snapshot
    /// records and checks these.
    public static func ruleFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative == examplesFolder {
                enumerator.skipDescendants()
                continue
            }
            if (relative.hasSuffix(".yaml") || relative.hasSuffix(".yml")) && !isWaiverFileName(relative) {
                paths.append((directory as NSString).appendingPathComponent(relative))
            }
        }
        return paths.sorted()
    }

    /// Whether `path` names a default waivers file (`waivers.yaml` or `waivers.yml`).
    public static func isWaiverFileName(_ path: String) -> Bool {
        waiverFileNames.contains((path as NSString).lastPathComponent)
    }

    /// The default waivers file of the rules folder `directory`, when it has one.
    ///
    /// - Throws: `InputError` when the folder holds both `waivers.yaml` and `waivers.yml`: which one
    ///   applies would be a guess.
    public static func waiverFile(in directory: String) throws -> String? {
        let present = waiverFileNames.map { (directory as NSString).appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0) }
        if present.count > 1 {
            throw InputError(.ambiguousWaivers, file: directory,
                             "the rules folder holds both \(present.map { ($0 as NSString).lastPathComponent }.joined(separator: " and ")); keep one")
        }
        return present.first
    }
}

extension InputError.Code {
    /// A rules folder holds more than one default waivers file.
    public static let ambiguousWaivers = Self(name: "ambiguous-waivers")
}
