import Foundation

/// What a rule book is read from: rules and list YAML files and OFAC folders, each file a named
/// ``InputSource`` — files on disk, uploads or bytes in memory.
///
/// ``init(rulesDirectory:ofacDirectories:)`` gathers them from a rules folder and `--ofac` folders;
/// ``RuleBookLoader`` reads any sources the same way, so bytes and the same files on disk give the same
/// rule book, hashes and errors (named by each source's display name).
public struct RuleBookSources: Sendable {
    /// Rule (`opslens.rule/v1`) and list (`opslens.list/v1`) YAML files, read in this order. A list's
    /// `ofac: directory:` pin is a folder on disk, relative to the folder of the list source's name.
    public var rules: [InputSource]
    /// OFAC folders whose sets get the built-in presets (`--ofac`).
    public var ofac: [OFACSources]
    /// OFAC folders read only for the sets neither `ofac` nor a pinning list supplies: a rules folder's newest vintage.
    public var fallbackOFAC: [OFACSources]
    /// Problems met while gathering the sources (a rules folder that does not exist), reported with the load's.
    var problems: [ListLoadError] = []

    /// Rules and list files, OFAC folders with presets, and folders read only for sets nothing else supplies.
    public init(rules: [InputSource] = [], ofac: [OFACSources] = [], fallbackOFAC: [OFACSources] = []) {
        self.rules = rules
        self.ofac = ofac
        self.fallbackOFAC = fallbackOFAC
    }

    /// Every `*.yaml`/`*.yml` file below `rulesDirectory` (sorted, outside `examples/`, without the waivers
    /// file), the OFAC folders `ofacDirectories`, and the rules folder's newest vintage (see ``ListVintage``)
    /// for the sets those do not supply.
    ///
    /// - Parameter rulesDirectory: the `Rules/` folder, or `nil` for presets only.
    public init(rulesDirectory: String?, ofacDirectories: [String] = []) {
        self.init(ofac: ofacDirectories.map(OFACSources.directory),
                  fallbackOFAC: RuleBookLoader.defaultOFACDirectories(rulesDirectory: rulesDirectory).map(OFACSources.directory))
        guard let rulesDirectory else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rulesDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            problems.append(ListLoadError(.unreadableFile, "the rules folder \(rulesDirectory) does not exist", at: SourceLocation(file: rulesDirectory)))
            return
        }
        // Waivers live beside the rules but are read by the screening run (RulesFolder), not by the loader.
        rules = RulesFolder.ruleFiles(in: rulesDirectory).map(InputSource.file)
    }
}
