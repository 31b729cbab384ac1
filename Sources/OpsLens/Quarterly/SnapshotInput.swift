/// One holdings file of a quarterly report, and the date its positions are as of.
public struct SnapshotInput: Sendable, Hashable {
    public var source: InputSource
    /// The date given for the file (`--holdings-date FILE=DATE`); `nil` takes the date the file states
    /// above its header (iShares' `Fund Holdings as of`).
    public var date: CalendarDate?

    public init(source: InputSource, date: CalendarDate? = nil) {
        self.source = source
        self.date = date
    }
}

/// A holdings file as the report used it: its date, where the date came from, and what it held.
public struct SnapshotStamp: Hashable, Sendable, Codable {
    public var file: String
    public var sha256: String
    /// YYYY-MM-DD: the date the positions were screened as of.
    public var date: String
    /// `file` when the file states it, `given` when `--holdings-date` gave it.
    public var dateSource: String
    public var portfolios: [String]
    public var holdings: Int
    public var rejected: Int
    /// Findings at the snapshot's date, by severity (waived ones included).
    public var findingsBySeverity: [String: Int]
}
