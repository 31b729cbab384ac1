import Foundation

/// A pre-trade overrides file (`--overrides FILE`), laid out and decoded strictly like a waiver file:
/// ```yaml
/// schema: opslens.overrides/v1
/// overrides:
///   - id: OVR-2022-007
///     order: T-20220301-0042          # the order's id …
///     reason: Sale to divest, settles before the divestment date.
///     approvedBy: cco@example.com
///     approvedAt: 2022-03-01
///     expires: 2022-03-02             # the last day the override applies
///   - portfolio: GLOBAL-EQ-02         # … or portfolio + security + rule
///     security: "ticker:20 XHKG"
///     rule: ns-cmic
///     reason: …
///     approvedBy: …
///     approvedAt: 2022-03-01
///     expires: 2022-06-30
/// ```
public struct OverrideFile: Hashable, Sendable {
    /// The `schema:` of an overrides file written as a mapping.
    public static let schema = "opslens.overrides/v1"

    public var path: String
    public var overrides: [OrderOverride]

    /// Reads and decodes the overrides file at `path`.
    ///
    /// - Throws: `InputError` with the file, line and column of the problem.
    public init(contentsOf path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(.unreadable, file: path, "cannot read the overrides file as UTF-8 text")
        }
        try self.init(yaml: text, path: path)
    }

    /// Decodes overrides-file text.
    public init(yaml: String, path: String) throws {
        self.path = path
        let format = WaiverFile.Format(schema: Self.schema, listKey: "overrides",
                                       dialect: .init(noun: "override", targetKey: "order", reasonKey: "reason"))
        overrides = try WaiverFile.entries(yaml: yaml, path: path, format: format).map { entry in
            OrderOverride(id: entry.id, orderId: entry.findingId, portfolio: entry.portfolio, security: entry.security,
                          rule: entry.rule, reason: entry.justification, approvedBy: entry.approvedBy,
                          approvedAt: entry.approvedAt, expiresAt: entry.expiresAt)
        }
    }
}
