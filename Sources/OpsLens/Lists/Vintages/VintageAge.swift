/// How old the OFAC vintage behind loaded lists is, so stale lists are said out loud.
public struct VintageAge: Hashable, Sendable {
    public var vintage: VintageStamp
    /// Whole days from the vintage's date to the day asked about.
    public var days: Int

    public init(vintage: VintageStamp, days: Int) {
        self.vintage = vintage
        self.days = days
    }

    /// The oldest vintage any of `lists` was read from, with its age on `today`; `nil` when no
    /// list comes from a vintage (e.g. only `--ofac` folders without a manifest).
    public static func oldest(in lists: [RestrictedList], on today: CalendarDate) -> VintageAge? {
        lists.compactMap(\.vintage).compactMap { stamp in
            CalendarDate(iso: stamp.date).map { VintageAge(vintage: stamp, days: today.dayNumber - $0.dayNumber) }
        }.max { $0.days < $1.days }
    }

    /// `the OFAC lists in use are the vintage of 2025-12-19 (Rules/ofac/2025-12-19), 350 days old`.
    public var description: String {
        "the OFAC lists in use are the vintage of \(vintage.date) (\(vintage.directory)), \(days) day\(days == 1 ? "" : "s") old"
    }
}
