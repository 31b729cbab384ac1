/// A postal address of a list entry, as published (OFAC add file columns).
public struct EntityAddress: Hashable, Sendable, Codable {
    /// The address's id in its source (OFAC `Add_num`), when it has one.
    public var sourceID: String?
    public var street: String?
    /// OFAC's combined `City/State/Province/Postal Code` column.
    public var cityStatePostalCode: String?
    public var country: String?
    public var remarks: String?
    public var location: SourceLocation?

    public init(sourceID: String? = nil, street: String? = nil, cityStatePostalCode: String? = nil,
                country: String? = nil, remarks: String? = nil, location: SourceLocation? = nil) {
        self.sourceID = sourceID
        self.street = street
        self.cityStatePostalCode = cityStatePostalCode
        self.country = country
        self.remarks = remarks
        self.location = location
    }

    /// Whether every column is null (OFAC writes such rows for entries without an address).
    public var isEmpty: Bool { street == nil && cityStatePostalCode == nil && country == nil && remarks == nil }
}
