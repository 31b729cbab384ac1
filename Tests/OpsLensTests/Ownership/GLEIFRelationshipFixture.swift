/// A small synthetic file in the GLEIF RR-CDF golden-copy CSV layout (DOMAIN.md §2.1).
///
/// The LEIs are made up but carry valid MOD 97-10 check digits. Line by line: 1 header (with a
/// byte-order mark), 2 direct parent with a 75% quantifier, 3 ultimate parent, 4 inactive,
/// 5 branch, 6 blank, 7–8 fund manager with a quoted two-line field holding a comma, 9 annulled,
/// 10 no end node, 11 an end node that is not an LEI.
enum GLEIFRelationshipFixture {
    static let parent = "5493000PARENT000119"
    static let child = "5493000CHILD0000139"
    static let inactiveChild = "5493000CHILD0000236"
    static let ultimate = "5493000ULTIMATE0183"
    static let branch = "5493000BRANCH000158"
    static let fund = "5493000FUND00000115"
    static let manager = "5493000MANAGER00129"
    static let annulled = "5493000ANNULLED0159"

    static let header = [
        "Relationship.StartNode.NodeID", "Relationship.StartNode.NodeIDType",
        "Relationship.EndNode.NodeID", "Relationship.EndNode.NodeIDType",
        "Relationship.RelationshipType", "Relationship.RelationshipStatus",
        "Relationship.Period.1.startDate", "Relationship.Period.1.endDate", "Relationship.Period.1.periodType",
        "Relationship.Qualifiers.1.QualifierDimension", "Relationship.Qualifiers.1.QualifierCategory",
        "Relationship.Quantifiers.1.MeasurementMethod", "Relationship.Quantifiers.1.QuantifierAmount",
        "Relationship.Quantifiers.1.QuantifierUnits",
        "Registration.InitialRegistrationDate", "Registration.LastUpdateDate", "Registration.RegistrationStatus",
        "Registration.NextRenewalDate", "Registration.ManagingLOU", "Registration.ValidationSources",
        "Registration.ValidationDocuments", "Registration.ValidationReference",
    ].joined(separator: ",")

    static let csv = "\u{FEFF}" + header + "\n" + """
    \(child),LEI,\(parent),LEI,IS_DIRECTLY_CONSOLIDATED_BY,ACTIVE,2018-01-01T00:00:00Z,,ACCOUNTING_PERIOD,,,ACCOUNTING_CONSOLIDATION,75.00,PERCENTAGE,2018-03-01T00:00:00Z,2025-03-01T00:00:00Z,PUBLISHED,2026-03-01T00:00:00Z,5493001KJTIIGC8Y1R12,FULLY_CORROBORATED,ACCOUNTS_FILING,
    \(child),LEI,\(ultimate),LEI,IS_ULTIMATELY_CONSOLIDATED_BY,ACTIVE,2018-01-01T00:00:00Z,,ACCOUNTING_PERIOD,,,,,,2018-03-01T00:00:00Z,2025-03-01T00:00:00Z,PUBLISHED,2026-03-01T00:00:00Z,5493001KJTIIGC8Y1R12,FULLY_CORROBORATED,ACCOUNTS_FILING,
    \(inactiveChild),LEI,\(parent),LEI,IS_DIRECTLY_CONSOLIDATED_BY,INACTIVE,2015-01-01T00:00:00Z,2019-12-31T00:00:00Z,RELATIONSHIP_PERIOD,,,,,,2016-03-01T00:00:00Z,2020-03-01T00:00:00Z,RETIRED,2021-03-01T00:00:00Z,5493001KJTIIGC8Y1R12,FULLY_CORROBORATED,ACCOUNTS_FILING,
    \(branch),LEI,\(parent),LEI,IS_INTERNATIONAL_BRANCH_OF,ACTIVE,2020-06-01T00:00:00Z,,RELATIONSHIP_PERIOD,,,,,,2020-06-15T00:00:00Z,2025-06-15T00:00:00Z,PUBLISHED,2026-06-15T00:00:00Z,5493001KJTIIGC8Y1R12,FULLY_CORROBORATED,REGULATORY_FILING,

    \(fund),LEI,\(manager),LEI,IS_FUND-MANAGED_BY,ACTIVE,2021-01-01T00:00:00Z,,RELATIONSHIP_PERIOD,,,,,,2021-01-05T00:00:00Z,2025-01-05T00:00:00Z,PUBLISHED,2026-01-05T00:00:00Z,5493001KJTIIGC8Y1R12,PARTIALLY_CORROBORATED,OTHER_OFFICIAL_DOCUMENTS,"prospectus, section 4
    (fund manager)"
    \(annulled),LEI,\(parent),LEI,IS_DIRECTLY_CONSOLIDATED_BY,ACTIVE,2019-01-01T00:00:00Z,,ACCOUNTING_PERIOD,,,,,,2019-03-01T00:00:00Z,2019-04-01T00:00:00Z,ANNULLED,2020-03-01T00:00:00Z,5493001KJTIIGC8Y1R12,FULLY_CORROBORATED,ACCOUNTS_FILING,
    \(fund),LEI,,LEI,IS_FUND-MANAGED_BY,ACTIVE,,,,,,,,,,,PUBLISHED,,,,,
    \(fund),LEI,FUND-MANAGER-42,NATURAL_PERSON,IS_FUND-MANAGED_BY,ACTIVE,,,,,,,,,,,PUBLISHED,,,,,

    """
}
