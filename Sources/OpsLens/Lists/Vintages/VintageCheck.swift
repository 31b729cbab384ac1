import Foundation

/// Checks a folder of freshly copied OFAC files before it may become a vintage: all eight legacy
/// CSV files are there, none is empty (but the comments files, which OFAC may publish empty), an
/// HTML page, or cut short, every file parses, and each list has a plausible number of entries.
public enum VintageCheck {
    /// The eight files of a vintage, SDN first.
    public static let requiredFiles = OFACFileSet.allCases.flatMap(\.fileNames)

    /// How many entries make a list plausible.
    public struct Limits: Hashable, Sendable {
        /// Fewest entries per list (`ofac-sdn`: 1,000; `ofac-consolidated`: 100; OFAC publishes
        /// about 9,000 and 440).
        public var minimumEntries: [String: Int]
        /// A list may not shrink below this share of the previous vintage's count (a cut file that
        /// ends cleanly on a line break still parses).
        public var minimumShareOfPrevious: Double

        public init(minimumEntries: [String: Int] = ["ofac-sdn": 1_000, "ofac-consolidated": 100], minimumShareOfPrevious: Double = 0.5) {
            self.minimumEntries = minimumEntries
            self.minimumShareOfPrevious = minimumShareOfPrevious
        }
    }

    /// Checks `directory`, comparing entry counts with `previous` (list id → entries), when given.
    ///
    /// - Returns: the lists read, and every problem found (empty when the folder may be used).
    public static func check(directory: String, previous: [String: Int] = [:], limits: Limits = Limits()) -> OFACReadResult {
        var errors: [ListLoadError] = []
        for name in requiredFiles {
            if let problem = fileProblem(OFACListReader.path(directory, name), name: name) { errors.append(problem) }
        }
        guard errors.isEmpty else { return OFACReadResult(lists: [], errors: errors) }
        let result = OFACListReader.read(directory: directory)
        errors += result.errors
        for list in result.lists {
            let location = SourceLocation(file: OFACListReader.path(directory, list.fileSet.mainFile))
            let count = list.entities.count
            if let minimum = limits.minimumEntries[list.listID], count < minimum {
                errors.append(ListLoadError(.badValue, "\(list.fileSet.mainFile) has \(count) entries; \(list.listID) has at least \(minimum)", at: location))
            }
            if let before = previous[list.listID], Double(count) < Double(before) * limits.minimumShareOfPrevious {
                errors.append(ListLoadError(.badValue,
                                            "\(list.fileSet.mainFile) has \(count) entries where the previous vintage had \(before): a cut or partial file?",
                                            at: location))
            }
        }
        return OFACReadResult(lists: result.lists, errors: errors)
    }

    /// What is wrong with one file before parsing it: missing, empty, HTML, or not ending as OFAC's files end.
    static func fileProblem(_ path: String, name: String) -> ListLoadError? {
        let location = SourceLocation(file: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            return ListLoadError(.unreadableFile, "\(name) is missing", at: location)
        }
        guard !data.isEmpty else {
            let mayBeEmpty = OFACFileSet.allCases.contains { $0.commentsFile == name }
            return mayBeEmpty ? nil : ListLoadError(.unreadableFile, "\(name) is empty", at: location)
        }
        let start = data.prefix(512).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if start.first == UInt8(ascii: "<") {
            let head = String(decoding: start.prefix(40), as: UTF8.self).split(whereSeparator: \.isNewline).first ?? ""
            return ListLoadError(.badSyntax, "\(name) is an HTML or XML page, not OFAC's CSV (it starts with '\(head)')", at: location)
        }
        if let last = data.last, last != 0x0A, last != 0x1A {
            return ListLoadError(.badSyntax, "\(name) does not end with a line break or OFAC's end-of-file mark: the file is cut short", at: location)
        }
        return nil
    }
}
