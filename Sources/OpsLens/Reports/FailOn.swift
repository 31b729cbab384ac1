/// The lowest severity that fails a run (`--fail-on`), and the exit codes that follow from it.
///
/// The exit-code contract of `opslens screen`:
/// - `0`: no open (unwaived) finding at or above the `--fail-on` level;
/// - `1`: at least one open finding at or above it (default level `block`);
/// - `2`: a usage, configuration or input error: no report was produced (an unreadable CSV, unknown rule
///   keys, a list hash mismatch, a malformed waiver file).
///
/// Severities are never encoded as bit flags: the code says only pass, fail or could not run.
public enum FailOn: String, Hashable, Sendable, Codable, CaseIterable {
    /// Fail on open `block` findings (the default).
    case block
    /// Fail on open `warn` findings or worse.
    case warn
    /// Fail on open `review` findings (possible matches) or worse.
    case review
    /// Fail on open `data` findings (rows that could not be screened) or worse.
    case data
    /// Never fail because of findings; exit code 2 still reports errors.
    case never

    /// The lowest severity that fails, or `nil` for `never`.
    public var threshold: Severity? {
        switch self {
        case .block: .block
        case .warn: .warn
        case .review: .review
        case .data: .data
        case .never: nil
        }
    }

    /// Whether an open finding of `severity` fails the run at this level.
    public func fails(on severity: Severity) -> Bool {
        guard let threshold else { return false }
        return severity >= threshold
    }
}

/// The process exit codes of a screening run.
public enum ScreeningExitCode {
    /// No open finding at or above the `--fail-on` level.
    public static let passed: Int32 = 0
    /// Open findings at or above the `--fail-on` level.
    public static let failed: Int32 = 1
    /// A usage, configuration or input error: the run could not screen.
    public static let error: Int32 = 2
}

extension ScreeningReport {
    /// The open (unwaived) findings at or above `failOn`, in report order.
    public func failingFindings(_ failOn: FailOn) -> [Finding] {
        findings.filter { $0.status == .open && failOn.fails(on: $0.severity) }
    }

    /// Whether the report has an open (unwaived) finding at or above `failOn`.
    public func fails(_ failOn: FailOn) -> Bool {
        findings.contains { $0.status == .open && failOn.fails(on: $0.severity) }
    }

    /// `ScreeningExitCode.failed` when the report fails at `failOn`, else `ScreeningExitCode.passed`.
    public func exitCode(failOn: FailOn) -> Int32 {
        fails(failOn) ? ScreeningExitCode.failed : ScreeningExitCode.passed
    }
}
