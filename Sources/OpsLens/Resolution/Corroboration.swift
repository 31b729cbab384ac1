/// What a holding's own facts say about a list entry its name matched, and what follows.
///
/// A name match is a judgement: `CARVANA` on NYSE and an Iranian `CARVANA COMPANY` are different
/// companies, while `HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO LTD` held in CNY is the listed one. The
/// facts compared: identifiers the list publishes, the countries of the holding's market (MIC or
/// exchange), location and currency (`CNY` ⇒ China, `HKD` ⇒ Hong Kong, which compares as China)
/// against the entry's addresses or program, the legal forms of the two names, the asset class, and
/// how distinctive the matched name is (how many listed names share its words).
public struct NameEvidence: Hashable, Sendable {
    /// Facts of the holding that agree with the entry, for a person (`currency CNY ⇒ CN`).
    public var agreements: [String] = []
    /// Facts of the holding that contradict the entry.
    public var contradictions: [String] = []
    /// Whether the words that paired make the name distinctive: a distinctive word of it, or all its paired
    /// words together, are in the names of at most ``NameEvidence/distinctiveNameLimit`` list entries
    /// (`sensetime`; `china mobile`; not `group`).
    public var isDistinctive = false
    /// Whether the name is distinctive through one rare distinctive word (`carvana`), not only through a
    /// rare combination of common words (`china mobile`): only such a name is worth a look when facts disagree,
    /// or makes a violation on the name alone.
    public var hasRareWord = false
    /// Whether a country of the holding (market, location or currency) is the entry's.
    public var countryAgrees = false
    /// Why the name is (or is not) distinctive, for a person.
    public var distinctiveness = ""

    /// The most list entries whose names may hold a word for it to make a name distinctive.
    public static let distinctiveNameLimit = 5
    /// The least score of an exact or near-exact name (a typo in a long word, a legal form written otherwise).
    public static let nearExactScore = 0.95

    /// What the evidence makes of a name match.
    public enum Verdict: Int, Sendable, Comparable {
        /// A violation at the rule's severity: an exact or near-exact, distinctive name, no fact against it,
        /// and a fact for it (or the name exact after normalisation and distinctive through a rare word).
        case violation = 2
        /// A person must look: the name alone, or facts that disagree with an exact name that has a rare word.
        case review = 1
        /// Noise: facts contradict a name that is not exact or has no rare word, or an inexact name that is
        /// neither distinctive nor in the entry's country.
        case drop = 0

        public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The verdict for a name match with `score` (see ``Verdict``).
    public func verdict(score: Double) -> Verdict {
        if !contradictions.isEmpty {
            return score >= 1 && hasRareWord ? .review : .drop
        }
        if score >= Self.nearExactScore, isDistinctive, !agreements.isEmpty || (score >= 1 && hasRareWord) { return .violation }
        if !isDistinctive, !countryAgrees, score < 1 { return .drop }
        return .review
    }
}

extension ScreeningIndex {
    /// The evidence for a name match of `holding` against `entity`, whose names compared as `comparison`.
    public func evidence(for holding: Holding, against entity: ListEntity, comparison: NameComparison) -> NameEvidence {
        var evidence = NameEvidence()
        if Self.hasIdentifiers(holding) && (!entity.isins.isEmpty || !entity.equityTickers.isEmpty) {
            let published = (entity.isins.map(\.value) + entity.equityTickers).prefix(4).joined(separator: ", ")
            evidence.contradictions.append("the list publishes \(published) for this entry; the holding's identifiers are not among them")
        }
        countryEvidence(holding, entity, into: &evidence)
        switch comparison.legalForms {
        case .agree:
            let shared = comparison.left.distinctiveLegalForms.filter { form in
                comparison.right.legalForms.contains { LegalForms.family(of: $0) == LegalForms.family(of: form) }
            }
            evidence.agreements.append("legal form \(shared.joined(separator: "/")) on both")
        case .differ:
            evidence.contradictions.append("legal forms differ (\(comparison.left.distinctiveLegalForms.joined(separator: "/")) vs "
                                           + "\(comparison.right.distinctiveLegalForms.joined(separator: "/")))")
        case .notCompared:
            let shared = comparison.left.legalForms.filter(comparison.right.legalForms.contains)
            if !shared.isEmpty { evidence.agreements.append("legal form \(shared.joined(separator: "/")) on both") }
        }
        if let assetClass = holding.assetClass, Self.isNotAnIssuersSecurity(assetClass) {
            evidence.contradictions.append("asset class \(assetClass) is not a security of an issuer")
        }
        distinctiveness(of: comparison, into: &evidence)
        return evidence
    }

    /// The holding's own facts the evidence reads, besides `hasIdentifiers`: a holding with the same
    /// values of these (and the same name) is judged the same, so judgements can be kept by them.
    static let evidenceFields: [HoldingText] = [.mic, .exchange, .currency, .location, .assetClass]

    /// Whether the holding carries an identifier the list could have published: an ISIN, CUSIP or
    /// SEDOL, or a ticker with its market.
    static func hasIdentifiers(_ holding: Holding) -> Bool {
        func has(_ field: HoldingText) -> Bool { holding.withUTF8(field) { _ in true } ?? false }
        return has(.isin) || has(.cusip) || has(.sedol) || (has(.ticker) && has(.mic))
    }

    /// Countries of the holding's market, location and currency against the entry's addresses (or program).
    private func countryEvidence(_ holding: Holding, _ entity: ListEntity, into evidence: inout NameEvidence) {
        var facts: [(fact: String, country: String)] = []
        if let mic = holding.mic, let market = MarketDirectory.market(mic: mic) {
            facts.append(("exchange \(mic)", market.country))
        } else if let exchange = holding.exchange, let market = MarketDirectory.market(exchangeName: exchange) {
            facts.append(("exchange \(exchange)", market.country))
        }
        if let location = holding.location, let code = CountryNames.code(location) { facts.append(("location \(location)", code)) }
        if let currency = holding.currency, let code = CountryNames.code(currency: currency) { facts.append(("currency \(currency)", code)) }
        var entityCountries = Set(entity.addresses.compactMap { $0.country.flatMap { CountryNames.code($0) } }.map(CountryNames.group))
        if entityCountries.isEmpty {
            entityCountries = Set(entity.programs.compactMap(CountryNames.code(ofProgram:)).map(CountryNames.group))
        }
        guard !facts.isEmpty, !entityCountries.isEmpty else { return }
        let agreeing = facts.filter { entityCountries.contains(CountryNames.group($0.country)) }
        if agreeing.isEmpty {
            let holdingCountries = Set(facts.map { CountryNames.group($0.country) }).sorted().joined(separator: "/")
            evidence.contradictions.append("the holding is in \(holdingCountries) (\(facts.map(\.fact).joined(separator: ", "))), "
                                           + "the list entry in \(entityCountries.sorted().joined(separator: "/"))")
        } else {
            evidence.countryAgrees = true
            for fact in agreeing { evidence.agreements.append("\(fact.fact) ⇒ \(fact.country), where the list entry is") }
        }
    }

    /// Whether the words that paired are rare: a distinctive word, or all the paired words together
    /// (`CHINA MOBILE`: two common words, two list entries), in the names of few list entries. A name that paired only
    /// generic words (`GROUP`, `CHINA`) is never distinctive.
    private func distinctiveness(of comparison: NameComparison, into evidence: inout NameEvidence) {
        let paired = comparison.pairs.filter { $0.kind != .acronym }.flatMap(\.right)
        guard paired.contains(where: { OrgWords.weight(of: $0) > OrgWords.genericWeight }) else {
            evidence.distinctiveness = "common name: only generic words paired"
            return
        }
        var rarest: (words: String, count: Int)?
        for word in paired where OrgWords.weight(of: word) >= OrgWords.distinctiveWeight {
            let count = names.keyCount(holding: [word])
            if count > 0, count < rarest?.count ?? .max { rarest = (word, count) }
        }
        evidence.hasRareWord = rarest.map { $0.count <= NameEvidence.distinctiveNameLimit } ?? false
        if !evidence.hasRareWord, paired.count >= 2 {
            let count = names.keyCount(holding: paired)
            if count > 0, count < rarest?.count ?? .max { rarest = (paired.joined(separator: " "), count) }
        }
        guard let rarest else {
            evidence.distinctiveness = "common name: no rare word paired"
            return
        }
        evidence.isDistinctive = rarest.count <= NameEvidence.distinctiveNameLimit
        let names = "the names of \(rarest.count) list entr\(rarest.count == 1 ? "y" : "ies")"
        evidence.distinctiveness = evidence.isDistinctive ? "distinctive name: \(rarest.words) in \(names)"
            : "common name: \(rarest.words) in \(names)"
    }

    /// Asset classes that no issuer list entry can be (`Cash`, `FX`, `Futures`).
    static func isNotAnIssuersSecurity(_ assetClass: String) -> Bool {
        let folded = assetClass.lowercased()
        return ["cash", "currency", "fx", "futures", "future", "money market", "cash collateral and margins", "index"].contains(folded)
    }
}
