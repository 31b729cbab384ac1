import Yams

extension HoldingsReadOptions {
    /// Reads a mapping file for layouts OpsLens cannot guess.
    ///
    /// ```yaml
    /// delimiter: ";"          # , ; | or "\t"
    /// encoding: Windows-1252  # UTF-8, UTF-16LE, UTF-16BE, Windows-1252
    /// decimalSeparator: ","
    /// headerLine: 3           # 0 for a file with no header
    /// portfolio: Fund A
    /// columns:
    ///   ticker: Sec Code      # header text …
    ///   name: 2               # … or 1-based position
    /// ```
    /// - Throws: `HoldingsError` naming the file and line of anything unknown or malformed.
    public init(mappingFile path: String, yaml: String) throws(HoldingsError) {
        self.init()
        let root: Node?
        do throws(YAMLTree.Failure) {
            root = try YAMLTree.compose(yaml, limits: limits)
        } catch {
            switch error {
            case let .tooLarge(problem, line, column):
                throw HoldingsError(.tooLarge, file: path, line: line, column: column, problem)
            case let .syntax(error):
                let problem = error.duplicateKeys.isEmpty ? error.problem : "\(error.duplicateKeys.sorted().joined(separator: ", ")) given more than once"
                throw HoldingsError(.badMapping, file: path, line: error.line, column: error.column, "not valid YAML: \(problem)")
            }
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw HoldingsError(.badMapping, file: path, line: root.mark.map { $0.line }, "expected a mapping of settings")
        }
        let keys = ["delimiter", "encoding", "decimalSeparator", "headerLine", "portfolio", "columns"]
        for entry in YAMLTree.entries(mapping, allowed: keys) {
            let key = entry.key, valueNode = entry.value
            let line = entry.keyNode.mark?.line
            func fail(_ message: String) -> HoldingsError { HoldingsError(.badMapping, file: path, line: line, message) }
            guard entry.isAllowed else { throw fail("unknown setting \"\(key)\"\(entry.didYouMean); settings are \(keys.joined(separator: ", "))") }
            let text = YAMLTree.text(valueNode) ?? ""
            switch key {
            case "delimiter":
                let delimiter: Character? = text == "\\t" || text == "tab" ? "\t" : (text.count == 1 ? text.first : nil)
                guard let delimiter, ",;|\t".contains(delimiter) else { throw fail("delimiter must be one of , ; | or \\t, not \"\(text)\"") }
                self.delimiter = delimiter
            case "encoding":
                guard let encoding = TextEncoding.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
                    throw fail("encoding must be one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"")
                }
                self.encoding = encoding
            case "decimalSeparator":
                guard text == "." || text == "," else { throw fail("decimalSeparator must be \".\" or \",\", not \"\(text)\"") }
                decimalSeparator = text.first
            case "headerLine":
                guard let number = Int(text), number >= 0 else { throw fail("headerLine must be a line number (0 for no header), not \"\(text)\"") }
                headerLine = number
            case "portfolio":
                portfolio = text
            case "columns":
                guard let columnMapping = valueNode.mapping else { throw fail("columns must map roles to header texts or positions") }
                let roles = HoldingColumn.allCases.map(\.rawValue)
                for role in YAMLTree.entries(columnMapping, allowed: roles) {
                    guard let column = HoldingColumn(rawValue: role.key) else {
                        throw HoldingsError(.badMapping, file: path, line: role.keyNode.mark?.line,
                                            "unknown column role \"\(role.key)\"\(role.didYouMean); roles are \(roles.joined(separator: ", "))")
                    }
                    columns[column] = ColumnReference(YAMLTree.text(role.value) ?? "")
                }
            default:
                break
            }
        }
    }

    /// Parses `ROLE=HEADER` or `ROLE=POSITION`, as the `--column` option takes it.
    public static func columnAssignment(_ text: String) throws(HoldingsError) -> (HoldingColumn, ColumnReference) {
        guard let equals = text.firstIndex(of: "="), let column = HoldingColumn(rawValue: String(text[..<equals])) else {
            let role = String(text.prefix(while: { $0 != "=" }))
            throw HoldingsError(.badMapping, file: "--column",
                                "expected ROLE=HEADER or ROLE=POSITION with a role among \(HoldingColumn.allCases.map(\.rawValue).joined(separator: ", "))"
                                + "; got \"\(text)\"\(Suggestion.didYouMean(role, among: HoldingColumn.allCases.map(\.rawValue)))")
        }
        return (column, ColumnReference(String(text[text.index(after: equals)...])))
    }
}
