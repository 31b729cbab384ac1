import Foundation
import Yams

/// The size and nesting limits (`ReadLimits.yamlBytes`, `yamlNesting`) every YAML file OpsLens
/// reads is held to: rules, lists, waivers and holdings mappings.
///
/// The size is checked before a file is read; the nesting once libyaml has composed it (libyaml
/// itself refuses more than 1,000 levels, so composing cannot exhaust the stack).
extension YAMLTree {
    /// Why YAML text could not be composed within the limits.
    public enum Failure: Error, Sendable {
        /// The text does not parse.
        case syntax(SyntaxError)
        /// The text is larger, or nested deeper, than the limits allow; at the node too deep, when it is that.
        case tooLarge(problem: String, line: Int?, column: Int?)
    }

    /// The root node of `text`, or nil for an empty document, refusing text larger or more deeply nested
    /// than `limits` allow.
    ///
    /// - Throws: ``Failure``: a syntax error, or a limit broken.
    public static func compose(_ text: String, limits: ReadLimits) throws(Failure) -> Node? {
        if let problem = sizeProblem(bytes: text.utf8.count, limits: limits) {
            throw .tooLarge(problem: problem, line: nil, column: nil)
        }
        let root: Node?
        do throws(SyntaxError) { root = try compose(text) } catch { throw .syntax(error) }
        guard let root else { return nil }
        if let (node, problem) = nestingProblem(in: root, limits: limits) {
            throw .tooLarge(problem: problem, line: node.mark?.line, column: node.mark?.column)
        }
        return root
    }

    /// Why `source` is too large to read, or `nil` when it is not or its size is unknown before reading
    /// (standard input: `InputSource.readAll(limit:)` stops it).
    static func sizeProblem(of source: InputSource, limits: ReadLimits) -> String? {
        switch source.content {
        case .file(let path):
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
            return sizeProblem(bytes: size, limits: limits)
        case .bytes(let bytes): return sizeProblem(bytes: bytes.count, limits: limits)
        case .standardInput: return nil
        }
    }

    /// Why YAML of `bytes` bytes is too large to read, or `nil` when it is not.
    private static func sizeProblem(bytes: Int, limits: ReadLimits) -> String? {
        guard bytes > limits.yamlBytes else { return nil }
        return "the file is \(bytes) bytes, more than the \(describeBytes(limits.yamlBytes)) a YAML file may have"
    }

    /// The first node nested deeper than `limits.yamlNesting` levels of mappings and sequences,
    /// with the problem to report at it; `nil` when none is.
    private static func nestingProblem(in root: Node, limits: ReadLimits) -> (node: Node, problem: String)? {
        var stack: [(Node, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            if depth > limits.yamlNesting {
                return (node, "mappings and sequences nested more than \(limits.yamlNesting) levels deep")
            }
            switch node {
            case .mapping(let mapping): for (key, value) in mapping.reversed() { stack += [(value, depth + 1), (key, depth + 1)] }
            case .sequence(let sequence): for value in sequence.reversed() { stack.append((value, depth + 1)) }
            default: continue
            }
        }
        return nil
    }
}
