import Foundation

/// One OFAC folder's legacy CSV files, each as a named ``InputSource``: a folder on disk, or files
/// uploaded or held in memory.
///
/// Reading from sources is the one way OFAC files are read; ``directory(_:)`` gathers a folder's files.
public struct OFACSources: Hashable, Sendable {
    /// The folder's name in reports and messages (the directory, for files on disk).
    public var name: String
    /// The sources by OFAC file name (`sdn.csv`, `cons_alt.csv`, …): the files the folder has.
    public var files: [String: InputSource]
    /// The vintage the folder is, whose manifest the files read are checked against; `nil` when it is none.
    public var vintage: ListVintage?

    /// A folder named `name` holding `files` (OFAC file name → source).
    public init(name: String, files: [String: InputSource], vintage: ListVintage? = nil) {
        self.name = name
        self.files = files
        self.vintage = vintage
    }

    /// The OFAC files in `directory` on disk, each named by its path, and the vintage the folder is, if any.
    public static func directory(_ directory: String) -> OFACSources {
        var files: [String: InputSource] = [:]
        for name in OFACFileSet.allCases.flatMap(\.fileNames) {
            let path = OFACListReader.path(directory, name)
            if FileManager.default.fileExists(atPath: path) { files[name] = .file(path) }
        }
        return OFACSources(name: directory, files: files, vintage: ListVintage.at(directory))
    }

    /// The file sets whose main file is given (SDN first).
    public var sets: [OFACFileSet] {
        OFACFileSet.allCases.filter { files[$0.mainFile] != nil }
    }

    /// The name a file of the folder is given in messages when it is missing.
    func displayName(of file: String) -> String {
        files[file]?.name ?? OFACListReader.path(name, file)
    }
}
