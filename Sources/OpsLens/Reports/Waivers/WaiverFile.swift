import Foundation
import Yams

/// A waiver file (`Rules/waivers.yaml` or `--waivers FILE`): a YAML list of approved exceptions.
///
/// The list is the whole file, or the `waivers:` key of a file that declares `schema: opslens.waivers/v1`
/// like the other files under `Rules/` do. Each entry names the finding it waives either by fingerprint or
/// by portfolio, security and rule:
/// ```yaml
/// schema: opslens.waivers/v1       # optional, with the list under `waivers:`
/// waivers:
/// - id: W-2026-004                 # optional; defaults to "waivers.yaml:LINE"
///   finding: 3f9c2a0d41be7e8a91c0  # the finding's id …
///   justification: Passive breach; divestment order placed 2026-03-02.
///   approvedBy: cco@example.com
///   approvedAt: 2026-03-02
///   expires: 2026-06-30            # the last day the waiver applies
/// - portfolio: EM-ASIA             # … or portfolio + security + rule
///   security: "isin:US0378331005"  # isin|cusip|sedol|figi|lei|ticker|name : value
///   rule: ns-cmic
///   justification: …
///   approvedBy: …
///   approvedAt: 2026-03-02
///   expires: 2026-06-30
/// ```
/// Decoding is strict: unknown keys, values of the wrong shape, impossible dates and missing keys are errors
/// with the file, line and a did-you-mean suggestion. Values are read as written, so `NO` stays the text "NO".
public struct WaiverFile: Hashable, Sendable {
    /// The `schema:` of a waiver file written as a mapping.
    public static let schema = RulesFolder.waiverSchema
    /// The keys of a waiver file written as a mapping.
    public static let fileKeys = ["schema", "waivers"]
    /// The keys an entry may have.
    public static let keys = ["id", "finding", "portfolio", "security", "rule", "justification", "approvedBy",
                              "approvedAt", "expires"]
    /// The identifier kinds a `security:` key may name.
    public static let securityKinds = ["isin", "cusip", "sedol", "figi", "lei", "ticker", "name"]

    /// Where the waivers were read from.
    public var path: String
    /// The waivers, in file order.
    public var waivers: [Waiver]

    public init(path: String, waivers: [Waiver]) {
        self.path = path
        self.waivers = waivers
    }

    /// Reads and decodes the waiver file at `path`.
    ///
    /// - Throws: `WaiverFileError`.
    public init(contentsOf path: String, limits: ReadLimits = .standard) throws {
        try self.init(.file(path), limits: limits)
    }

    /// Reads and decodes a waiver file from a file, bytes or standard input.
    ///
    /// - Throws: `WaiverFileError`.
    public init(_ source: InputSource, limits: ReadLimits = .standard) throws {
        guard let text = String(validating: try source.readAll(limit: limits.yamlBytes), as: UTF8.self) else {
            throw WaiverFileError(.unreadable, file: source.name, "cannot read the waiver file as UTF-8 text")
        }
        try self.init(yaml: text, path: source.name, limits: limits)
    }

    /// Decodes waiver-file text.
    ///
    /// - Parameters:
    ///   - yaml: The file's text.
    ///   - path: The path to name in errors and default waiver ids.
    ///   - limits: How large and deeply nested the file may be.
    /// - Throws: `WaiverFileError`.
    public init(yaml: String, path: String, limits: ReadLimits = .standard) throws {
        self.path = path
        waivers = try Self.entries(yaml: yaml, path: path, format: .waivers, limits: limits)
    }

    /// How a file of approved exceptions is laid out: its schema, the key of its list and the words of its entries.
    struct Format: Sendable {
        var schema: String
        var listKey: String
        var dialect: WaiverEntryDecoder.Dialect

        static let waivers = Format(schema: WaiverFile.schema, listKey: "waivers", dialect: .waiver)
    }

    /// Decodes the entries of a file of approved exceptions laid out as `format` says, refusing
    /// a file larger or more deeply nested than `limits` allow.
    ///
    /// - Throws: `WaiverFileError`.
    static func entries(yaml: String, path: String, format: Format, limits: ReadLimits = .standard) throws -> [Waiver] {
        let root: Node?
        do throws(YAMLTree.Failure) {
            root = try YAMLTree.compose(yaml, limits: limits)
        } catch {
            switch error {
            case let .tooLarge(problem, line, column): throw WaiverFileError(.tooLarge, file: path, line: line, column: column, problem)
            case let .syntax(error): throw Self.syntaxError(error, file: path, noun: format.dialect.noun)
            }
        }
        guard let root, !YAMLTree.isNull(root) else { return [] }
        guard let list = try Self.list(in: root, file: path, format: format) else { return [] }
        var decoder = WaiverEntryDecoder(file: path, dialect: format.dialect)
        return try list.map { try decoder.decode($0) }
    }

    /// The list of entries: the root itself, or the `waivers:` of a `schema: opslens.waivers/v1` mapping.
    private static func list(in root: Node, file: String, format: Format) throws -> Node.Sequence? {
        func error(_ code: WaiverFileError.Code, at node: Node, _ message: String) -> WaiverFileError {
            WaiverFileError(code, file: file, line: node.mark?.line, column: node.mark?.column, message)
        }
        let noun = format.dialect.noun, schemaName = format.schema, listKey = format.listKey
        switch root {
        case let .sequence(entries):
            return entries
        case let .mapping(mapping):
            var schema: Node?
            var waivers: Node?
            for entry in YAMLTree.entries(mapping, allowed: ["schema", format.listKey]) {
                switch entry.key {
                case "schema": schema = entry.value
                case format.listKey: waivers = entry.value
                default:
                    throw error(.unknownKey, at: entry.keyNode, "unknown key \"\(entry.key)\" in a \(noun) file" + entry.didYouMean)
                }
            }
            guard let schema else {
                throw error(.missingKey, at: root, "a \(noun) file written as a mapping needs \"schema: \(schemaName)\"; "
                            + "otherwise write the \(listKey) as a list (entries starting with \"- \")")
            }
            guard let text = YAMLTree.text(schema), text == schemaName else {
                let given = YAMLTree.text(schema) ?? ""
                throw error(.wrongType, at: schema, "unknown schema \"\(given)\"; expected \"\(schemaName)\""
                            + Suggestion.didYouMean(given, among: [schemaName]))
            }
            guard let waivers, !YAMLTree.isNull(waivers) else { return nil }
            guard case let .sequence(entries) = waivers else {
                throw error(.wrongType, at: waivers, "\"\(listKey)\" is a list of \(listKey) (entries starting with \"- \")")
            }
            return entries
        default:
            throw error(.wrongType, at: root, "a \(noun) file is a list of \(listKey) (entries starting with \"- \"), "
                        + "or a mapping with \"schema: \(schemaName)\" and \"\(listKey):\"")
        }
    }

    private static func syntaxError(_ error: YAMLTree.SyntaxError, file: String, noun: String) -> WaiverFileError {
        let message = error.duplicateKeys.isEmpty
            ? "not valid YAML: " + (error.context.map { "\(error.problem) \($0)" } ?? error.problem)
            : "a \(noun) gives \(error.duplicateKeys.sorted().joined(separator: ", ")) more than once"
        return WaiverFileError(.syntax, file: file, line: error.line, column: error.column, message)
    }
}
