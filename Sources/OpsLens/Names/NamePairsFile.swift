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

/// Why a name-pairs file could not be read.
public struct NamePairsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }
        /// The header lacks `name1`, `name2` (or `is_match`, when labels are required).
        public static let missingColumn = Code(rawValue: "missing-column")
        /// An `is_match` value is not one of 1/0, true/false, yes/no, match/no-match.
        public static let badLabel = Code(rawValue: "bad-label")
        /// A quoted field never closes.
        public static let unterminatedQuote = Code(rawValue: "unterminated-quote")
    }

    /// The kind of problem.
    public var code: Code
    /// What is wrong, for a person.
    public var message: String
    /// The 1-based line, when the problem has one.
    public var line: Int?

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// Reads CSV files of name pairs (header `name1,name2` and, for calibration, `is_match`).
public enum NamePairsFile {
    /// Parses `bytes` (UTF-8, with or without a byte-order mark) into pairs, in file order.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - requireLabels: whether the `is_match` column must be present.
    /// - Returns: the pairs; blank lines are skipped.
    /// - Throws: ``NamePairsError`` for a missing column, a bad label or an unterminated quote.
    public static func parse(_ bytes: [UInt8], requireLabels: Bool = false) throws -> [NamePair] {
        let (rows, unterminated) = NameCSVRows.parse(bytes)
        if unterminated {
            throw NamePairsError(code: .unterminatedQuote, message: "a quoted field never closes", line: rows.last?.line)
        }
        guard let header = rows.first else {
            throw NamePairsError(code: .missingColumn, message: "the file is empty; expected a header name1,name2\(requireLabels ? ",is_match" : "")", line: nil)
        }
        let names = header.fields.map { NameCSVRows.trimmed($0).lowercased() }
        guard let first = names.firstIndex(of: "name1"), let second = names.firstIndex(of: "name2") else {
            throw NamePairsError(code: .missingColumn, message: "the header must name the columns name1 and name2", line: header.line)
        }
        let label = names.firstIndex(of: "is_match")
        let kind = names.firstIndex(of: "kind") ?? names.firstIndex(of: "category")
        if requireLabels, label == nil {
            throw NamePairsError(code: .missingColumn, message: "the header must name the column is_match", line: header.line)
        }
        return try rows.dropFirst().map { row in
            func field(_ index: Int) -> String { index < row.fields.count ? row.fields[index] : "" }
            var isMatch: Bool?
            if let label {
                isMatch = try parseLabel(field(label), line: row.line)
            }
            return NamePair(name1: field(first), name2: field(second), isMatch: isMatch,
                            kind: kind.map { NameCSVRows.trimmed(field($0)) }, line: row.line)
        }
    }

    private static func parseLabel(_ text: String, line: Int) throws -> Bool {
        switch NameCSVRows.trimmed(text).lowercased() {
        case "1", "true", "yes", "y", "match": return true
        case "0", "false", "no", "n", "no-match", "nomatch": return false
        default:
            throw NamePairsError(code: .badLabel, message: "is_match must be 1 or 0 (or true/false), not \"\(text)\"", line: line)
        }
    }
}
