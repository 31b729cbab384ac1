/// A dated event of a list entry under one program, such as the NS-CMIC listing date or the
/// effective date of an EO 14024 directive.
public struct ProgramDate: Hashable, Sendable, Codable {
    /// Which of an entry's dates this is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The day the entry was listed.
        case listing
        /// The day the prohibitions start.
        case effective
        /// The last day purchases or sales solely to divest are allowed (NS-CMIC).
        case divestment
    }

    /// The program named in the key's parentheses: `CMIC`, `EO 14024 Directive 3`, …
    public var program: String
    public var kind: Kind
    public var date: CalendarDate

    public init(program: String, kind: Kind, date: CalendarDate) {
        self.program = program
        self.kind = kind
        self.date = date
    }
}

/// The listing, effective and divestment dates of one entry under one program.
public struct ProgramDates: Hashable, Sendable, Codable {
    public var listing: CalendarDate?
    public var effective: CalendarDate?
    public var divestment: CalendarDate?

    public init(listing: CalendarDate? = nil, effective: CalendarDate? = nil, divestment: CalendarDate? = nil) {
        self.listing = listing
        self.effective = effective
        self.divestment = divestment
    }

    public var isEmpty: Bool { listing == nil && effective == nil && divestment == nil }
}
