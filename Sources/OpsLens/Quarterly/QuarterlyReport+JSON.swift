import Foundation

extension QuarterlyReport {
    /// The canonical JSON form: camelCase keys in sorted order, two-space indentation.
    public func canonicalJSON() -> Data {
        JSONReportFormat.data(self)
    }

    /// Reads a previous quarterly report (its JSON form) from a file or bytes.
    ///
    /// - Throws: `InputError` when it cannot be read or is not a quarterly report of this schema's major version.
    public init(_ source: InputSource) throws {
        let data = Data(try source.readAll(limit: 1 << 30))
        do {
            let decoder = JSONDecoder()
            let strings = JSONReportFormat.nonFiniteStrings
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(
                positiveInfinity: strings.positiveInfinity, negativeInfinity: strings.negativeInfinity, nan: strings.nan)
            self = try decoder.decode(QuarterlyReport.self, from: data)
        } catch {
            throw InputError(.unreadablePreviousReport, file: source.name,
                             "not an OpsLens quarterly report in JSON (opslens report --format json): \(error)")
        }
        guard schemaVersion.split(separator: ".").first == Self.currentSchemaVersion.split(separator: ".").first else {
            throw InputError(.unreadablePreviousReport, file: source.name,
                             "schema version \(schemaVersion) cannot be carried over into \(Self.currentSchemaVersion)")
        }
    }
}
