import Foundation

/// Where a command's rendered output goes: standard output, or a file given with `--output`.
enum ReportOutput {
    /// Writes `text` to `path`, or to standard output when `path` is `nil`.
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw CLIError(.unwritable, file: path, "cannot write the report")
        }
    }
}
