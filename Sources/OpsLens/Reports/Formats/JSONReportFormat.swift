import Foundation

/// The canonical JSON report: camelCase keys in sorted order, two-space indentation, versioned by
/// `schemaVersion`. The same report always gives byte-identical JSON, and `ScreeningReport` decodes it back.
enum JSONReportFormat {
    /// How non-finite numbers are written, and read back by `Baseline`.
    static let nonFiniteStrings = (positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")

    static func render(_ report: ScreeningReport) -> String {
        String(decoding: bytes(report), as: UTF8.self) + "\n"
    }

    /// The JSON bytes of `report` (a screening or quarterly report), without a final line break.
    static func data(_ report: some Encodable) -> Data {
        Data(bytes(report))
    }

    static func bytes(_ report: some Encodable) -> [UInt8] {
        let strings = nonFiniteStrings
        let encoder = SortedJSONEncoder(pretty: true, nonFiniteStrings: .init(
            positiveInfinity: strings.positiveInfinity, negativeInfinity: strings.negativeInfinity, nan: strings.nan))
        // Encoding plain value types cannot fail; non-finite numbers are written as strings.
        do {
            return try encoder.encode(report)
        } catch {
            preconditionFailure("a report always encodes: \(error)")
        }
    }
}

extension ScreeningReport {
    /// The canonical JSON form of the report (see `ReportFormat.json`).
    public func canonicalJSON() -> Data {
        JSONReportFormat.data(self)
    }
}
