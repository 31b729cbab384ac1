import Foundation

/// Which run a report was compared with, and how its findings changed since.
public struct BaselineComparison: Hashable, Sendable, Codable {
    /// The baseline run's as-of date (YYYY-MM-DD).
    public var asOf: CalendarDate
    /// The baseline run's start time (ISO 8601), which tells runs of the same date apart.
    public var startedAt: String
    /// The baseline's findings.
    public var findings: Int
    /// Current findings the baseline did not have.
    public var new: Int
    /// Current findings the baseline had too.
    public var unchanged: Int
    /// Baseline findings that no longer occur.
    public var resolved: Int

    public init(asOf: CalendarDate, startedAt: String, findings: Int, new: Int, unchanged: Int, resolved: Int) {
        self.asOf = asOf
        self.startedAt = startedAt
        self.findings = findings
        self.new = new
        self.unchanged = unchanged
        self.resolved = resolved
    }
}

/// A previous run's report, to tell new findings from known ones and list those that went away.
public struct Baseline: Hashable, Sendable {
    /// The previous run's report.
    public var report: ScreeningReport

    public init(report: ScreeningReport) {
        self.report = report
    }

    /// Reads a baseline from a previous run's JSON report in a file, bytes or standard input.
    ///
    /// - Throws: `InputError` when it cannot be read, `BaselineError` when it is not a compatible report.
    public init(_ source: InputSource) throws {
        try self.init(json: Data(try source.readAll(limit: 1 << 30)), file: source.name)
    }

    /// Decodes a baseline from a previous run's JSON report.
    ///
    /// - Parameters:
    ///   - data: The JSON report's bytes.
    ///   - file: The path to name in errors.
    /// - Throws: `BaselineError` when the bytes are not a report of a compatible schema version.
    public init(json data: Data, file: String) throws {
        let report: ScreeningReport
        do {
            let decoder = JSONDecoder()
            let strings = JSONReportFormat.nonFiniteStrings
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(
                positiveInfinity: strings.positiveInfinity, negativeInfinity: strings.negativeInfinity, nan: strings.nan)
            report = try decoder.decode(ScreeningReport.self, from: data)
        } catch let error as DecodingError {
            throw BaselineError(.notAReport, file: file, "not an OpsLens JSON report: \(Self.describe(error))")
        } catch {
            throw BaselineError(.notAReport, file: file, "not an OpsLens JSON report: \(error)")
        }
        let major = { (version: String) in version.split(separator: ".").first.map(String.init) ?? version }
        guard major(report.schemaVersion) == major(ScreeningReport.currentSchemaVersion) else {
            throw BaselineError(.notAReport, file: file, "schema version \(report.schemaVersion) cannot be compared with "
                                + "\(ScreeningReport.currentSchemaVersion)")
        }
        self.report = report
    }

    /// Marks each finding of `current` `new` or `unchanged` by fingerprint and lists the baseline's findings
    /// that are gone as `resolved`.
    ///
    /// `firstSeen` is carried forward: an unchanged finding keeps the baseline's (or the baseline's as-of
    /// date, when the baseline had none); a new finding is first seen on this run's as-of date.
    ///
    /// - Parameter current: The report of this run.
    /// - Returns: `current` with `change` and `firstSeen` set on every finding, `resolved` and `baseline`
    ///   filled in.
    public func compare(_ current: ScreeningReport) -> ScreeningReport {
        var previous: [String: Finding] = [:]
        for finding in report.findings where previous[finding.id] == nil { previous[finding.id] = finding }
        let present = Set(current.findings.map(\.id))
        var result = current
        for index in result.findings.indices {
            if let earlier = previous[result.findings[index].id] {
                result.findings[index].change = .unchanged
                result.findings[index].firstSeen = earlier.firstSeen ?? report.run.asOf
            } else {
                result.findings[index].change = .new
                result.findings[index].firstSeen = current.run.asOf
            }
        }
        var gone = Set<String>()
        result.resolved = report.findings.filter { !present.contains($0.id) && gone.insert($0.id).inserted }.map {
            var finding = $0
            finding.change = .resolved
            finding.firstSeen = finding.firstSeen ?? report.run.asOf
            return finding
        }
        let new = result.findings.filter { $0.change == .new }.count
        result.baseline = BaselineComparison(asOf: report.run.asOf, startedAt: report.run.startedAt,
                                             findings: report.findings.count, new: new,
                                             unchanged: result.findings.count - new, resolved: result.resolved.count)
        result.refreshSummary()
        return result
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? "" : " at \(path.hasPrefix(".") ? String(path.dropFirst()) : path)"
        }
        switch error {
        case let .keyNotFound(key, context): return "missing \"\(key.stringValue)\"\(path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context): return context.debugDescription + path(context)
        case let .dataCorrupted(context): return context.debugDescription + path(context)
        @unknown default: return "\(error)"
        }
    }
}

/// A baseline report that cannot be used (`.notAReport`), printed `file: message`.
public typealias BaselineError = InputError

extension InputError.Code {
    /// The file is not an OpsLens JSON report of a schema version this one can compare with.
    public static let notAReport = Self(name: "not-a-report")
}
