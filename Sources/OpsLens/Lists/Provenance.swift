/// Where a list or rule comes from and on what authority.
public struct Provenance: Hashable, Sendable, Codable {
    /// Who publishes it: `U.S. Treasury OFAC`, `OpsLens team (curated)`, `Compliance, ACME AM`.
    public var publisher: String
    /// The legal or internal basis: `E.O. 13959 as amended by E.O. 14032; 31 CFR part 586`.
    public var legalAuthority: String?
    /// The program name: `NS-CMIC`, `SDN`, …
    public var program: String?
    public var sourceURL: String?
    /// The date the publisher published this version.
    public var publicationDate: CalendarDate?
    /// The date OpsLens's copy was taken, when different.
    public var retrievedDate: CalendarDate?
    /// Whether the content was put together by people other than the official publisher
    /// (a curated mapping is never presented as published by OFAC).
    public var curated: Bool

    public init(publisher: String, legalAuthority: String? = nil, program: String? = nil, sourceURL: String? = nil,
                publicationDate: CalendarDate? = nil, retrievedDate: CalendarDate? = nil, curated: Bool = false) {
        self.publisher = publisher
        self.legalAuthority = legalAuthority
        self.program = program
        self.sourceURL = sourceURL
        self.publicationDate = publicationDate
        self.retrievedDate = retrievedDate
        self.curated = curated
    }
}
