import Foundation
import Yams

/// Decodes one entry of a waiver file from its YAML node, strictly.
struct WaiverEntryDecoder {
    /// The words an approved-exception file uses: waivers name a `finding` and give a
    /// `justification`; pre-trade overrides name an `order` and give a `reason`.
    struct Dialect: Sendable {
        /// What one entry is called in messages.
        var noun: String
        /// The key naming the one thing an entry covers (instead of portfolio + security + rule).
        var targetKey: String
        /// The key holding why the exception was approved.
        var reasonKey: String

        static let waiver = Dialect(noun: "waiver", targetKey: "finding", reasonKey: "justification")

        /// The keys an entry may have.
        var keys: [String] {
            ["id", targetKey, "portfolio", "security", "rule", reasonKey, "approvedBy", "approvedAt", "expires"]
        }
    }

    let file: String
    let dialect: Dialect
    private var seenIds: [String: Int] = [:]

    init(file: String, dialect: Dialect = .waiver) {
        self.file = file
        self.dialect = dialect
    }

    mutating func decode(_ node: Node) throws -> Waiver {
        let line = node.mark?.line
        guard case let .mapping(mapping) = node else {
            throw error(.wrongType, at: node, "a \(dialect.noun) is a set of \"key: value\" lines, not \(YAMLTree.shape(of: node))")
        }
        var values: [String: (text: String, node: Node)] = [:]
        for entry in YAMLTree.entries(mapping, allowed: dialect.keys) {
            let key = entry.key, valueNode = entry.value
            guard YAMLTree.text(entry.keyNode) != nil else {
                throw error(.wrongType, at: entry.keyNode, "a \(dialect.noun)'s keys are plain words")
            }
            guard entry.isAllowed else {
                throw error(.unknownKey, at: entry.keyNode, "unknown key \"\(key)\"" + entry.didYouMean)
            }
            if YAMLTree.isNull(valueNode) { continue }
            guard let value = YAMLTree.text(valueNode) else {
                throw error(.wrongType, at: valueNode, "\"\(key)\" must be text, not \(YAMLTree.shape(of: valueNode))")
            }
            let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { values[key] = (text, valueNode) }
        }

        func required(_ key: String) throws -> String {
            guard let value = values[key]?.text else {
                throw error(.missingKey, line: line, column: node.mark?.column, "the \(dialect.noun) has no \"\(key)\"")
            }
            return value
        }
        func date(_ key: String) throws -> CalendarDate {
            let text = try required(key)
            guard let date = CalendarDate(iso: text) else {
                throw error(.badDate, at: values[key]!.node, "\"\(key)\" must be a date YYYY-MM-DD, not \"\(text)\"")
            }
            return date
        }

        let matchKeys = ["portfolio", "security", "rule"]
        let given = matchKeys.filter { values[$0] != nil }
        let target = dialect.targetKey
        if values[target] != nil, !given.isEmpty {
            throw error(.badMatch, line: line, column: node.mark?.column,
                        "the \(dialect.noun) gives both \"\(target)\" and \(given.map { "\"\($0)\"" }.joined(separator: ", ")); "
                        + "use either the \(target)'s id or portfolio + security + rule")
        }
        if values[target] == nil {
            if given.isEmpty {
                throw error(.badMatch, line: line, column: node.mark?.column,
                            "the \(dialect.noun) names no \(target): give \"\(target)\" (its id) or portfolio + security + rule")
            }
            for key in matchKeys where values[key] == nil {
                throw error(.missingKey, line: line, column: node.mark?.column,
                            "the \(dialect.noun) has no \"\(key)\" (a \(dialect.noun) without \"\(target)\" needs portfolio + security + rule)")
            }
        }
        if let security = values["security"] {
            try checkSecurity(security.text, at: security.node)
        }

        let justification = try required(dialect.reasonKey)
        let approvedBy = try required("approvedBy")
        let approvedAt = try date("approvedAt")
        let expires = try date("expires")
        if expires < approvedAt {
            throw error(.badDate, at: values["expires"]!.node, "the \(dialect.noun) expires (\(expires)) before it was approved (\(approvedAt))")
        }
        let id = values["id"]?.text ?? "\((file as NSString).lastPathComponent):\(line ?? 0)"
        if let first = seenIds[id] {
            throw error(.duplicateId, line: line, column: node.mark?.column, "\(dialect.noun) id \"\(id)\" is used at line \(first) too")
        }
        seenIds[id] = line ?? 0
        return Waiver(id: id, findingId: values[target]?.text, portfolio: values["portfolio"]?.text,
                      security: values["security"]?.text, rule: values["rule"]?.text, justification: justification,
                      approvedBy: approvedBy, approvedAt: approvedAt, expiresAt: expires)
    }

    private func checkSecurity(_ text: String, at node: Node) throws {
        guard let colon = text.firstIndex(of: ":"), !text[text.index(after: colon)...].isEmpty else {
            throw error(.badMatch, at: node, "\"security\" must be KIND:VALUE, e.g. \"isin:US0378331005\" "
                        + "(KIND is one of \(WaiverFile.securityKinds.joined(separator: ", ")))")
        }
        let kind = text[..<colon].lowercased()
        guard WaiverFile.securityKinds.contains(kind) else {
            throw error(.badMatch, at: node, "unknown security kind \"\(text[..<colon])\""
                        + Suggestion.didYouMean(kind, among: WaiverFile.securityKinds))
        }
    }


    private func error(_ code: WaiverFileError.Code, at node: Node, _ message: String) -> WaiverFileError {
        WaiverFileError(code, file: file, line: node.mark?.line, column: node.mark?.column, message)
    }

    private func error(_ code: WaiverFileError.Code, line: Int?, column: Int?, _ message: String) -> WaiverFileError {
        WaiverFileError(code, file: file, line: line, column: column, message)
    }
}
