extension InputError.Code {
    /// A holdings snapshot has no date: the file states none and none was given.
    public static let undatedSnapshot = InputError.Code(name: "undated-snapshot")
    /// A holdings snapshot is dated after the report's period, or given twice.
    public static let snapshotOutsidePeriod = InputError.Code(name: "snapshot-outside-period")
    /// A previous report that cannot be read as a quarterly report.
    public static let unreadablePreviousReport = InputError.Code(name: "unreadable-previous-report")
}
