import Foundation
import Yams

/// Decodes one entry of a waiver file from its YAML node, strictly.
struct WaiverEntryDecoder {
    let file: String
    private var seenIds: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    mutating func decode(_ node: Node) throws -> Waiver {
        let line = node.mark?.line
        guard case let .mapping(mapping) = node else {
            throw error(.wrongType, at: node, "a waiver is a set of \"key: value\" lines, not \(YAMLTree.shape(of: node))")
        }
        var values: [String: (text: String, node: Node)] = [:]
        for entry in YAMLTree.entries(mapping, allowed: WaiverFile.keys) {
            let key = entry.key, valueNode = entry.value
            guard YAMLTree.text(entry.keyNode) != nil else {
                throw error(.wrongType, at: entry.keyNode, "a waiver's keys are plain words")
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
                throw error(.missingKey, line: line, column: node.mark?.column, "the waiver has no \"\(key)\"")
            }
            return value
        }
        func date(_ key: String) throws -> String {
            let text = try required(key)
            guard Self.isDate(text) else {
                throw error(.badDate, at: values[key]!.node, "\"\(key)\" must be a date YYYY-MM-DD, not \"\(text)\"")
            }
            return text
        }

        let matchKeys = ["portfolio", "security", "rule"]
        let given = matchKeys.filter { values[$0] != nil }
        if values["finding"] != nil, !given.isEmpty {
            throw error(.badMatch, line: line, column: node.mark?.column,
                        "the waiver gives both \"finding\" and \(given.map { "\"\($0)\"" }.joined(separator: ", ")); "
                        + "use either the finding's id or portfolio + security + rule")
        }
        if values["finding"] == nil {
            if given.isEmpty {
                throw error(.badMatch, line: line, column: node.mark?.column,
                            "the waiver names no finding: give \"finding\" (its id) or portfolio + security + rule")
            }
            for key in matchKeys where values[key] == nil {
                throw error(.missingKey, line: line, column: node.mark?.column,
                            "the waiver has no \"\(key)\" (a waiver without \"finding\" needs portfolio + security + rule)")
            }
        }
        if let security = values["security"] {
            try checkSecurity(security.text, at: security.node)
        }

        let justification = try required("justification")
        let approvedBy = try required("approvedBy")
        let approvedAt = try date("approvedAt")
        let expires = try date("expires")
        if expires < approvedAt {
            throw error(.badDate, at: values["expires"]!.node, "the waiver expires (\(expires)) before it was approved (\(approvedAt))")
        }
        let id = values["id"]?.text ?? "\((file as NSString).lastPathComponent):\(line ?? 0)"
        if let first = seenIds[id] {
            throw error(.duplicateId, line: line, column: node.mark?.column, "waiver id \"\(id)\" is used at line \(first) too")
        }
        seenIds[id] = line ?? 0
        return Waiver(id: id, findingId: values["finding"]?.text, portfolio: values["portfolio"]?.text,
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

    /// Whether `text` is a real calendar date written YYYY-MM-DD.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    private func error(_ code: WaiverFileError.Code, at node: Node, _ message: String) -> WaiverFileError {
        WaiverFileError(code, file: file, line: node.mark?.line, column: node.mark?.column, message)
    }

    private func error(_ code: WaiverFileError.Code, line: Int?, column: Int?, _ message: String) -> WaiverFileError {
        WaiverFileError(code, file: file, line: line, column: column, message)
    }
}
