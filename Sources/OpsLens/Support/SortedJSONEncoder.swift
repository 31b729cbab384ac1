/// Encodes any `Encodable` as JSON with sorted keys and unescaped slashes — the same bytes as
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted`
/// when `pretty`), several times faster: values are gathered into a light tree, then written by
/// `JSONWriter`. One schema, the types' `Codable` conformance, serves every JSON OpsLens writes.
///
/// `Date`, `Data` and `URL` are encoded by their own `Encodable` conformance (as `JSONEncoder`'s
/// default strategies would not all do); OpsLens's report model holds none of them.
public struct SortedJSONEncoder: Sendable {
    /// The strings written for non-finite numbers, as `JSONEncoder`'s `.convertToString`;
    /// `nil` makes a non-finite number an error, as `JSONEncoder` does by default.
    public struct NonFiniteStrings: Sendable {
        public var positiveInfinity: String
        public var negativeInfinity: String
        public var nan: String

        public init(positiveInfinity: String, negativeInfinity: String, nan: String) {
            self.positiveInfinity = positiveInfinity
            self.negativeInfinity = negativeInfinity
            self.nan = nan
        }
    }

    /// Two-space indentation and `"key" : value`, as `.prettyPrinted`.
    public var pretty: Bool
    public var nonFiniteStrings: NonFiniteStrings?

    public init(pretty: Bool = false, nonFiniteStrings: NonFiniteStrings? = nil) {
        self.pretty = pretty
        self.nonFiniteStrings = nonFiniteStrings
    }

    /// The JSON bytes of `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a non-finite number when no strings are set for
    ///   it, or what `value`'s own `encode(to:)` throws.
    public func encode(_ value: some Encodable) throws -> [UInt8] {
        var writer = JSONWriter(capacity: 4096, pretty: pretty)
        try encode(value, into: &writer)
        return writer.bytes
    }

    /// Writes `value` into `writer`, after what it holds (e.g. one value a line).
    public func encode(_ value: some Encodable, into writer: inout JSONWriter) throws {
        let node = try JSONTreeEncoder.node(for: value, nonFiniteStrings: nonFiniteStrings)
        node.write(to: &writer)
    }
}
