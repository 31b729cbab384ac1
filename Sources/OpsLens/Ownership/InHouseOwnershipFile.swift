/// An in-house ownership file: links a compliance team researched itself, kept in the rules
/// folder as `*.ownership.csv` (see Rules/README.md).
///
/// Columns, found by name: `child` and `parent` (required; `lei:…`, `entry:LIST:ID` or
/// `name:…`), `percent` (0–100, empty when unknown), `controlled` (`true`/`false`, empty for
/// false), `source` (required: where the link was found) and `as_of` (`YYYY-MM-DD`, the date the
/// link was known to hold). A link needs a percentage or `controlled: true`.
public enum InHouseOwnershipFile {
    /// The file-name ending that marks an in-house ownership file in a rules folder.
    public static let suffix = ".ownership.csv"
    /// The columns a file may have.
    public static let columns = ["child", "parent", "percent", "controlled", "source", "as_of"]

    /// Reads the links of one file.
    ///
    /// - Throws: `InputError` naming the file, line and column of the first bad value, an
    ///   unknown or missing column, or a percentage outside 0–100.
    public static func read(_ source: InputSource) throws -> (links: [OwnershipLink<PartyReference>], file: FileStamp) {
        var positions: [String: Int]?
        var links: [OwnershipLink<PartyReference>] = []
        let sha256 = try CSVRecordStream.read(source) { row in
            guard let columns = positions else {
                positions = try header(row, file: source.name)
                return
            }
            func fail(_ column: String, _ message: String) -> InputError {
                InputError(.badOwnershipValue, file: source.name, line: row.line, column: columns[column].map { $0 + 1 }, message)
            }
            func value(_ column: String) -> String { columns[column].map { row.text($0) } ?? "" }
            func party(_ column: String) throws -> PartyReference {
                guard let party = PartyReference(prefixed: value(column)) else {
                    throw fail(column, "expected the \(column) as lei:<valid LEI>, entry:<list>:<id> or name:<name>, found '\(value(column))'")
                }
                return party
            }
            let child = try party("child"), parent = try party("parent")
            var percent: Double?
            if !value("percent").isEmpty {
                guard let number = Double(value("percent").replacingOccurrences(of: "%", with: "")), number.isFinite else {
                    throw fail("percent", "expected a percentage from 0 to 100, found '\(value("percent"))'")
                }
                guard (0...100).contains(number) else { throw fail("percent", "a percentage must be from 0 to 100, found \(value("percent"))") }
                percent = number
            }
            let controlled: Bool
            switch value("controlled").lowercased() {
            case "", "false", "no": controlled = false
            case "true", "yes": controlled = true
            default: throw fail("controlled", "expected true or false, found '\(value("controlled"))'")
            }
            guard percent != nil || controlled else { throw fail("percent", "a link needs a percent or controlled: true") }
            let origin = value("source")
            guard !origin.isEmpty else { throw fail("source", "expected where the link was found (a document, a URL)") }
            var asOf: CalendarDate?
            if !value("as_of").isEmpty {
                guard let date = CalendarDate(iso: value("as_of")) else { throw fail("as_of", "expected a date YYYY-MM-DD, found '\(value("as_of"))'") }
                asOf = date
            }
            guard child != parent else { throw fail("parent", "a party cannot own itself") }
            links.append(OwnershipLink(child: child, parent: parent, percent: percent, source: "in-house: \(origin)",
                                       isControl: controlled, location: SourceLocation(file: source.name, line: row.line), asOf: asOf))
        }
        guard positions != nil else { throw InputError(.empty, file: source.name, "expected a header: \(columns.joined(separator: ","))") }
        return (links, FileStamp(path: source.name, sha256: sha256))
    }

    /// Where each column is; every column must be known, `child`, `parent` and `source` present.
    private static func header(_ row: CSVRecordStream.Row, file: String) throws -> [String: Int] {
        var positions: [String: Int] = [:]
        for index in 0..<row.count {
            let name = row.text(index).lowercased()
            guard columns.contains(name) else {
                throw InputError(.missingColumn, file: file, line: row.line, column: index + 1,
                                 "unknown column '\(name)'\(Suggestion.didYouMean(name, among: columns)); "
                                    + "expected \(columns.joined(separator: ", "))")
            }
            positions[name] = index
        }
        for required in ["child", "parent", "source"] where positions[required] == nil {
            throw InputError(.missingColumn, file: file, line: row.line, "the header has no \(required) column")
        }
        return positions
    }
}
