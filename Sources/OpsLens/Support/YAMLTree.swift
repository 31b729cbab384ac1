import Yams

/// Strict YAML reading for every YAML file OpsLens reads (rules and lists, waivers, holdings mapping files).
/// ``StrictYAML`` walks rules and list files with it, collecting every problem; the waiver and mapping
/// readers stop at the first. `YAMLTree+Limits` holds every file to the size and nesting limits.
///
/// Each reader walks the node tree itself so that every problem names its line and column; this is what they
/// share: composing the tree with syntax errors located, telling a null, the text of a scalar as written (an
/// unquoted `NO` stays `"NO"`), what shape a node has, and a mapping's keys checked against the allowed ones.
public enum YAMLTree {
    /// Text that is not valid YAML, with where the parser stopped.
    public struct SyntaxError: Error, Sendable {
        /// The parser's words for the problem, e.g. "found unexpected end of stream".
        public var problem: String
        /// What the parser was reading when it stopped, e.g. "while scanning a quoted scalar", when known.
        public var context: String?
        /// The keys given twice in one mapping, when that is the problem.
        public var duplicateKeys: [String]
        /// 1-based line and column, when known.
        public var line: Int?
        public var column: Int?
    }

    /// A key of a mapping with its value, and whether the key is allowed.
    public struct Entry {
        /// The key's text ("" when the key is not a scalar).
        public var key: String
        public var keyNode: Node
        public var value: Node
        /// Whether `key` is one of the allowed keys.
        public var isAllowed: Bool
        /// `" (did you mean \"x\"?)"` for an unknown key close to an allowed one, or "".
        public var didYouMean: String
    }

    /// The root node of `text`, or nil for an empty document.
    ///
    /// - Throws: ``SyntaxError`` for text that does not parse or a mapping that gives a key twice.
    public static func compose(_ text: String) throws(SyntaxError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                throw SyntaxError(problem: problem, context: context?.text, duplicateKeys: [], line: mark.line, column: mark.column)
            case let .duplicatedKeysInMapping(duplicates, context):
                throw SyntaxError(problem: "duplicate keys", context: nil, duplicateKeys: duplicates,
                                  line: context.mark.line, column: context.mark.column)
            default:
                throw SyntaxError(problem: "\(error)", context: nil, duplicateKeys: [], line: nil, column: nil)
            }
        } catch {
            throw SyntaxError(problem: "\(error)", context: nil, duplicateKeys: [], line: nil, column: nil)
        }
    }

    /// Whether `node` is a plain null: nothing, `~` or `null`.
    public static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The text of a scalar exactly as written, or nil for other shapes.
    public static func text(_ node: Node) -> String? {
        node.scalar?.string
    }

    /// What `node` is, for messages: "a set of keys", "a list", "a single value", "an alias".
    public static func shape(of node: Node) -> String {
        switch node {
        case .mapping: "a set of keys"
        case .sequence: "a list"
        case .scalar: "a single value"
        case .alias: "an alias"
        }
    }

    /// The entries of `mapping` in file order, each with whether its key is in `allowed`.
    public static func entries(_ mapping: Node.Mapping, allowed: [String]) -> [Entry] {
        mapping.map { keyNode, value in
            let key = text(keyNode) ?? ""
            let isAllowed = allowed.contains(key)
            return Entry(key: key, keyNode: keyNode, value: value, isAllowed: isAllowed,
                         didYouMean: isAllowed ? "" : Suggestion.didYouMean(key, among: allowed))
        }
    }
}

extension InputError.Code {
    /// YAML that does not parse (rules and list files; waiver files say ``syntax``).
    public static let badSyntax = Self(name: "bad-syntax")
    /// The file, an entry or a value has the wrong shape (e.g. a list where text is expected).
    public static let wrongType = Self(name: "wrong-type")
    /// A key the format does not have.
    public static let unknownKey = Self(name: "unknown-key")
    /// A required key is absent or empty.
    public static let missingKey = Self(name: "missing-key")
    /// A value that is not one of the allowed ones.
    public static let badValue = Self(name: "bad-value")
    /// A date that is not a real YYYY-MM-DD date, or dates in the wrong order.
    public static let badDate = Self(name: "bad-date")
}
