import Foundation

/// The bad-input corpus of the CLI tests (`Tests/OpsLensCLITests/BadInput`, outcomes in its
/// `manifest.txt`), read here so the service is tried on the very same files.
enum BadInputCorpus {
    static let folder = ServerFixture.packageRoot + "/Tests/OpsLensCLITests/BadInput"

    /// One file and the outcome the manifest gives it: `screens lines=L holdings=H rejected=R`
    /// or `error LINE:COLUMN TEXT`.
    struct Entry: CustomStringConvertible {
        var file: String
        var outcome: String
        var description: String { file }
        /// The name the file is uploaded under (`generated:` dropped).
        var name: String { file.hasPrefix("generated:") ? String(file.dropFirst("generated:".count)) : file }
    }

    static let entries: [Entry] = {
        let text = (try? String(contentsOfFile: folder + "/manifest.txt", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return Entry(file: parts[0], outcome: parts.count > 1 ? parts[1] : "")
        }
    }()

    /// The names of the files the manifest says a test writes, which `bytes(of:)` knows.
    static let generated: Set = ["ten-megabyte-field.csv", "hundred-thousand-columns.csv", "hundred-thousand-column-row.csv",
                                 "endless-line.csv"]

    /// The file's bytes: read from the corpus folder, or for `generated:` files written as
    /// `BadInputCorpusTests.path(of:)` in the CLI tests writes them.
    static func bytes(of entry: Entry) throws -> [UInt8] {
        guard entry.file.hasPrefix("generated:") else {
            return Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + entry.file)))
        }
        let header = "Ticker,Name,Shares,Market Value\n"
        switch entry.name {
        case "ten-megabyte-field.csv":
            return Array((header + "700,\"").utf8) + [UInt8](repeating: UInt8(ascii: "N"), count: 10 << 20)
                + Array("\",1,2\n941,CHINA MOBILE,2,3\n".utf8)
        case "hundred-thousand-columns.csv":
            return Array(((1...100_000).map { "C\($0)" }.joined(separator: ",") + "\nA,B\n").utf8)
        case "hundred-thousand-column-row.csv":
            return Array((header + "700" + String(repeating: ",x", count: 99_999) + "\n941,CHINA MOBILE,2,3\n").utf8)
        case "endless-line.csv":
            return [UInt8](repeating: UInt8(ascii: "x"), count: 20 << 20)
        default:
            throw CocoaError(.fileNoSuchFile)
        }
    }
}
