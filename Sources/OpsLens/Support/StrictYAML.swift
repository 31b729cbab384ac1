import Yams

/// Walks a Yams node tree by hand (with ``YAMLTree``) so that every problem carries the file and line it is on,
/// collecting every problem (rules and list files report them all at once, as `opslens rules validate` shows).
///
/// Strictness: unknown keys (with a "did you mean" suggestion), missing required keys, values of
/// the wrong YAML type, bad dates and values outside a closed set are all errors. Scalars are read
/// as the text written, so an unquoted `NO` (Norway) stays `"NO"` and never becomes `false`.
final class StrictYAML {
    let file: String
    let limits: ReadLimits
    private(set) var errors: [InputError] = []

    init(file: String, limits: ReadLimits = .standard) {
        self.file = file
        self.limits = limits
    }

    /// Parses `text` into its root node; a syntax error is recorded with its line.
    func parse(_ text: String) -> Node? {
        do throws(YAMLTree.Failure) {
            guard let root = try YAMLTree.compose(text, limits: limits) else {
                fail(.missingKey, "the file is empty", at: nil)
                return nil
            }
            return root
        } catch {
            switch error {
            case let .tooLarge(problem, line, column):
                errors.append(InputError(.tooLarge, problem, at: SourceLocation(file: file, line: line, column: column)))
            case let .syntax(error):
                let keys = error.duplicateKeys
                let problem = keys.isEmpty ? error.problem
                    : "duplicate key\(keys.count == 1 ? "" : "s") \(keys.map { "'\($0)'" }.joined(separator: ", ")) in one mapping"
                errors.append(InputError(.badSyntax, "YAML syntax: \(problem)",
                                            at: SourceLocation(file: file, line: error.line, column: error.column)))
            }
            return nil
        }
    }

    func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line, column: node?.mark?.column)
    }

    func fail(_ code: InputError.Code, _ message: String, at node: Node?) {
        errors.append(InputError(code, message, at: location(node)))
    }

    /// A mapping whose keys are all in `keys`; unknown keys are reported with a suggestion.
    func object(_ node: Node?, keys: [String], what: String) -> YAMLObject? {
        guard let node else { return nil }
        guard case let .mapping(mapping) = node else {
            fail(.wrongType, "\(what) should be a mapping of keys to values, not \(kind(of: node))", at: node)
            return nil
        }
        var values: [String: Node] = [:]
        for entry in YAMLTree.entries(mapping, allowed: keys) {
            guard YAMLTree.text(entry.keyNode) != nil else {
                fail(.wrongType, "keys in \(what) should be plain words", at: entry.keyNode)
                continue
            }
            guard entry.isAllowed else {
                var message = "unknown key '\(entry.key)' in \(what)"
                if let suggestion = Suggestion.closest(to: entry.key, in: keys) { message += "; did you mean '\(suggestion)'?" }
                message += " (allowed: \(keys.joined(separator: ", ")))"
                fail(.unknownKey, message, at: entry.keyNode)
                continue
            }
            values[entry.key] = entry.value
        }
        return YAMLObject(node: node, values: values, what: what, yaml: self)
    }

    /// The text of a scalar; other node kinds are reported.
    func string(_ node: Node, what: String) -> String? {
        if case let .scalar(scalar) = node {
            if scalar.style == .plain, scalar.string == "~" || scalar.string == "null" || scalar.string.isEmpty {
                fail(.wrongType, "\(what) is empty", at: node)
                return nil
            }
            return scalar.string
        }
        fail(.wrongType, "\(what) should be a single value, not \(kind(of: node))", at: node)
        return nil
    }

    /// The items of a sequence; a single scalar is not accepted where a list is expected.
    func sequence(_ node: Node, what: String) -> [Node]? {
        if case let .sequence(sequence) = node { return Array(sequence) }
        fail(.wrongType, "\(what) should be a list (`- item` lines or `[a, b]`), not \(kind(of: node))", at: node)
        return nil
    }

    private func kind(of node: Node) -> String {
        YAMLTree.text(node).map { "the value '\($0)'" } ?? YAMLTree.shape(of: node)
    }
}

/// A YAML mapping checked against its allowed keys, read key by key.
struct YAMLObject {
    let node: Node
    let values: [String: Node]
    let what: String
    let yaml: StrictYAML

    func has(_ key: String) -> Bool { values[key] != nil }

    func node(_ key: String, required: Bool = false) -> Node? {
        if let value = values[key] { return value }
        if required { yaml.fail(.missingKey, "\(what) is missing the required key '\(key)'", at: node) }
        return nil
    }

    func string(_ key: String, required: Bool = false) -> String? {
        node(key, required: required).flatMap { yaml.string($0, what: "'\(key)'") }
    }

    func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let value = node(key, required: required), let items = yaml.sequence(value, what: "'\(key)'") else { return nil }
        return items.compactMap { yaml.string($0, what: "an item of '\(key)'") }
    }

    func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let value = node(key, required: required), let text = yaml.string(value, what: "'\(key)'") else { return nil }
        guard let date = CalendarDate(iso: text) else {
            yaml.fail(.badDate, "'\(key)' is '\(text)', which is not a date like 2021-12-10", at: value)
            return nil
        }
        return date
    }

    func number(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let value = node(key), let text = yaml.string(value, what: "'\(key)'") else { return nil }
        guard let number = Double(text), range.contains(number) else {
            yaml.fail(.badValue, "'\(key)' is '\(text)', which is not a number from \(range.lowerBound) to \(range.upperBound)", at: value)
            return nil
        }
        return number
    }

    func boolean(_ key: String) -> Bool? {
        guard let value = node(key), let text = yaml.string(value, what: "'\(key)'") else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            yaml.fail(.badValue, "'\(key)' is '\(text)'; write true or false", at: value)
            return nil
        }
    }

    /// A value from a closed set (`T`'s raw values), with a suggestion when misspelt.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false, as type: T.Type = T.self) -> T?
    where T.RawValue == String {
        guard let value = node(key, required: required), let text = yaml.string(value, what: "'\(key)'") else { return nil }
        if let choice = T(rawValue: text) { return choice }
        let allowed = T.allCases.map(\.rawValue)
        var message = "'\(key)' is '\(text)', which is not one of: \(allowed.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: text, in: allowed) { message += "; did you mean '\(suggestion)'?" }
        yaml.fail(.badValue, message, at: value)
        return nil
    }

    func object(_ key: String, keys: [String], required: Bool = false) -> YAMLObject? {
        yaml.object(node(key, required: required), keys: keys, what: "'\(key)'")
    }

    func objects(_ key: String, keys: [String], required: Bool = false) -> [YAMLObject] {
        guard let value = node(key, required: required), let items = yaml.sequence(value, what: "'\(key)'") else { return [] }
        return items.enumerated().compactMap { index, item in
            yaml.object(item, keys: keys, what: "item \(index + 1) of '\(key)'")
        }
    }

    var location: SourceLocation { yaml.location(node) }
}
