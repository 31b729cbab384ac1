/// One row of a name-pairs file: two names and, for calibration, whether they are the same party.
public struct NamePair: Sendable, Hashable, Codable {
    /// The first name.
    public var name1: String
    /// The second name.
    public var name2: String
    /// The label from an `is_match` column, when the file has one.
    public var isMatch: Bool?
    /// The kind of pair from a `kind` (or `category`) column, e.g. `typo` or `hard-negative`, when the file has one.
    public var kind: String?
    /// The 1-based physical line the row starts on.
    public var line: Int

    /// Creates a pair.
    public init(name1: String, name2: String, isMatch: Bool? = nil, kind: String? = nil, line: Int = 0) {
        self.name1 = name1
        self.name2 = name2
        self.isMatch = isMatch
        self.kind = kind
        self.line = line
    }
}

/// Why a name-pairs file could not be read (`.missingColumn`, `.badLabel`, `.unterminatedQuote`), with where.
public typealias NamePairsError = InputError

extension InputError.Code {
    /// An `is_match` value is not one of 1/0, true/false, yes/no, match/no-match.
    public static let badLabel = Self(name: "bad-label")
}

/// Reads CSV files of name pairs (header `name1,name2` and, for calibration, `is_match`).
public enum NamePairsFile {
    /// Parses `bytes` (UTF-8, with or without a byte-order mark) into pairs, in file order.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - requireLabels: whether the `is_match` column must be present.
    ///   - file: the name errors give the file.
    /// - Returns: the pairs; blank lines are skipped.
    /// - Throws: ``NamePairsError`` for a missing column, a bad label or an unterminated quote.
    public static func parse(_ bytes: [UInt8], requireLabels: Bool = false, file: String = "pairs file") throws -> [NamePair] {
        let table = CSVTable(bytes)
        if let line = table.unterminatedLine {
            throw NamePairsError(.unterminatedQuote, file: file, line: line, "a quoted field never closes")
        }
        let rows = table.rows
        guard let header = rows.first else {
            throw NamePairsError(.missingColumn, file: file, line: nil, "the file is empty; expected a header name1,name2\(requireLabels ? ",is_match" : "")")
        }
        let names = header.fields.map { CSVTable.trimmed($0).lowercased() }
        guard let first = names.firstIndex(of: "name1"), let second = names.firstIndex(of: "name2") else {
            throw NamePairsError(.missingColumn, file: file, line: header.line, "the header must name the columns name1 and name2")
        }
        let label = names.firstIndex(of: "is_match")
        let kind = names.firstIndex(of: "kind") ?? names.firstIndex(of: "category")
        if requireLabels, label == nil {
            throw NamePairsError(.missingColumn, file: file, line: header.line, "the header must name the column is_match")
        }
        return try rows.dropFirst().map { row in
            func field(_ index: Int) -> String { index < row.fields.count ? row.fields[index] : "" }
            var isMatch: Bool?
            if let label {
                isMatch = try parseLabel(field(label), file: file, line: row.line)
            }
            return NamePair(name1: field(first), name2: field(second), isMatch: isMatch,
                            kind: kind.map { CSVTable.trimmed(field($0)) }, line: row.line)
        }
    }

    private static func parseLabel(_ text: String, file: String, line: Int) throws -> Bool {
        switch CSVTable.trimmed(text).lowercased() {
        case "1", "true", "yes", "y", "match": return true
        case "0", "false", "no", "n", "no-match", "nomatch": return false
        default:
            throw NamePairsError(.badLabel, file: file, line: line, "is_match must be 1 or 0 (or true/false), not \"\(text)\"")
        }
    }
}
