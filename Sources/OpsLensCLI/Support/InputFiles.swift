import Foundation
import OpsLens

/// Expands the paths a user gives (files or folders) into the files to read, in a stable order.
enum InputFiles {
    static let extensions: Set<String> = ["csv", "txt", "tsv", "tab", "psv"]

    /// Files as given (`-` for standard input); folders are searched recursively for files with a delimited-text extension.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError(.notFound, file: path, "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            files += found
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .filter { !$0.split(separator: "/").contains(where: { $0.hasPrefix(".") }) }
                .sorted()
                .map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }
}

/// A user-facing error that stops the command with exit code 2: the input error family, printed `file: message`.
typealias CLIError = InputError

extension InputError.Code {
    /// A path given on the command line names nothing.
    static let notFound = Self(rawValue: "not-found")
    /// An output file cannot be written.
    static let unwritable = Self(rawValue: "unwritable")
    /// A command could not do its work, for a reason its message gives in full.
    static let failed = Self(rawValue: "failed")
}

extension InputError {
    /// An error whose message names what it is about itself (a URL, several files, an option).
    init(_ message: String) {
        self.init(.failed, file: "", message)
    }
}
