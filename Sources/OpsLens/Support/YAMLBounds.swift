import Foundation
import Yams

/// The size and nesting limits (`ReadLimits.yamlBytes`, `yamlNesting`) every YAML file OpsLens
/// reads is held to: rules, lists, waivers and holdings mappings.
///
/// The size is checked before a file is read; the nesting once libyaml has composed it (libyaml
/// itself refuses more than 1,000 levels, so composing cannot exhaust the stack).
enum YAMLBounds {
    /// Why the file at `path` is too large to read, or `nil` when it is not (or cannot be sized).
    static func sizeProblem(ofFile path: String, limits: ReadLimits) -> String? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
        return sizeProblem(bytes: size, limits: limits)
    }

    /// Why `source` is too large to read, or `nil` when it is not or its size is unknown before reading
    /// (standard input: `InputSource.readAll(limit:)` stops it).
    static func sizeProblem(of source: InputSource, limits: ReadLimits) -> String? {
        switch source.content {
        case .file(let path): sizeProblem(ofFile: path, limits: limits)
        case .bytes(let bytes): sizeProblem(bytes: bytes.count, limits: limits)
        case .standardInput: nil
        }
    }

    /// Why YAML of `bytes` bytes is too large to read, or `nil` when it is not.
    static func sizeProblem(bytes: Int, limits: ReadLimits) -> String? {
        guard bytes > limits.yamlBytes else { return nil }
        return "the file is \(bytes) bytes, more than the \(describeBytes(limits.yamlBytes)) a YAML file may have"
    }

    /// The first node nested deeper than `limits.yamlNesting` levels of mappings and sequences,
    /// with the problem to report at it; `nil` when none is.
    static func nestingProblem(in root: Node, limits: ReadLimits) -> (node: Node, problem: String)? {
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
