/// What else, besides a name, says a holding is (or is not) the listed entry.
///
/// A name match is a judgement: `ALDAR PROPERTIES` on Abu Dhabi's exchange and an SDN entry of
/// the same name may be different companies. Identifiers the list publishes and countries on
/// both sides either back the name up or contradict it.
public enum Corroboration: Hashable, Sendable {
    /// A country on both sides agrees and no identifier disagrees.
    case agrees(String)
    /// The list's identifiers or countries disagree with the holding's.
    case contradicts(String)
    /// Nothing to compare.
    case unknown
}

extension ScreeningIndex {
    /// Compares a holding with a name-matched entry on identifiers and country.
    public func corroboration(of holding: Holding, with entity: ListEntity) -> Corroboration {
        let holdingHasIdentifiers = holding.isin != nil || holding.cusip != nil || holding.sedol != nil
            || (holding.ticker != nil && holding.mic != nil)
        if holdingHasIdentifiers && (!entity.isins.isEmpty || !entity.equityTickers.isEmpty) {
            let published = (entity.isins.map(\.value) + entity.equityTickers).prefix(4).joined(separator: ", ")
            return .contradicts("the list publishes \(published) for this entry; the holding's identifiers are not among them")
        }
        let holdingCountries = Set(([holding.mic.flatMap { MarketDirectory.market(mic: $0)?.country }, holding.location.flatMap { CountryNames.code($0) }]
            .compactMap { $0 }).map(CountryNames.group))
        var entityCountries = Set(entity.addresses.compactMap { $0.country.flatMap { CountryNames.code($0) } }.map(CountryNames.group))
        if entityCountries.isEmpty {
            entityCountries = Set(entity.programs.compactMap(CountryNames.code(ofProgram:)).map(CountryNames.group))
        }
        guard !holdingCountries.isEmpty, !entityCountries.isEmpty else { return .unknown }
        if let shared = holdingCountries.intersection(entityCountries).first {
            return .agrees("both in \(shared)")
        }
        return .contradicts("the holding is in \(holdingCountries.sorted().joined(separator: "/")), "
                            + "the list entry in \(entityCountries.sorted().joined(separator: "/"))")
    }
}
