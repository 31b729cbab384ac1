extension ScreeningIndex {
    /// The list entries a holding refers to: by identifier, by ticker on its market, and — when
    /// neither finds anything — by issuer name.
    ///
    /// A ticker without a market never matches on its own (`1211` is BYD in Hong Kong and
    /// Saudi Arabian Mining in Riyadh). Name matches carry their score and, in the review band,
    /// `needsReview`; weak aliases match only exactly.
    public func resolve(_ holding: Holding) -> [EntityMatch] {
        resolve(holding, byName: { holding in holding.name.map { nameEntityMatches(holding, nameMatches($0)) } ?? [] })
    }

    /// `resolve(_:)` with what the holding's name resolves to taken from `byName` (a cache:
    /// holdings repeat issuers), asked only when the identifiers and ticker find nothing.
    func resolve(_ holding: Holding, byName: (Holding) -> [EntityMatch]) -> [EntityMatch] {
        let matches = identifierMatches(holding)
        return matches.isEmpty ? byName(holding) : matches
    }

    /// The entries a holding's identifiers and ticker (on its market) name.
    func identifierMatches(_ holding: Holding) -> [EntityMatch] {
        var matches: [EntityMatch] = []
        func add(_ keys: [Int], _ method: MatchMethod, _ value: String) {
            for key in keys where !matches.contains(where: { $0.entityKey == key }) {
                let published = entries[key].entity.identifiers.first { $0.value == value }
                let notes = published.flatMap(\.problem).map { ["the list publishes \(value) although \($0); matched as published"] } ?? []
                matches.append(EntityMatch(entityKey: key, method: method, score: 1, matchedValue: value, notes: notes))
            }
        }
        // Per holding, so from the holding's bytes: a value is made a `String` only when it matched.
        for (field, kind, method) in Self.identifierColumns {
            let keys = holding.withUTF8(field) { identifiers.keys(forUTF8: $0, kind: kind) } ?? []
            if !keys.isEmpty, let value = holding.withUTF8(field, { String(decoding: $0, as: UTF8.self) }) { add(keys, method, value) }
        }
        // By market position rather than `Market` values (copying one costs more than the
        // lookup), and the ticker's description only for a ticker that matched.
        let parsed = holding.withUTF8(.ticker) { bytes in
            TickerParser.parse(bytes, exchange: holding.micMarketIndex)
                ?? TickerParser.parse(bytes, exchange: holding.exchange.flatMap(MarketDirectory.index(exchangeName:)))
        }
        if let ticker = parsed?.map(Ticker.init), ticker.marketIndex != nil {
            let keys = tickers.keys(for: ticker)
            if !keys.isEmpty { add(keys, .ticker, ticker.description) }
        }
        return matches
    }

    /// The identifier columns looked up, in order.
    private static let identifierColumns: [(HoldingText, IdentifierKind, MatchMethod)] = [
        (.isin, .isin, .isin), (.cusip, .cusip, .cusip), (.sedol, .sedol, .sedol), (.figi, .figi, .figi), (.lei, .lei, .lei),
    ]

    /// The entries a holding's name matched, judged on the holding's facts (``NameEvidence``): a violation
    /// when an exact or near-exact distinctive name is backed and not contradicted, a review when a person
    /// must look, nothing when the facts or the words say it is another party.
    func nameEntityMatches(_ holding: Holding, _ nameMatches: [NameMatch],
                           nameLengthCompared: Int = ReadLimits.standard.nameCharacters) -> [EntityMatch] {
        guard let name = holding.name else { return [] }
        let compared = Self.comparedName(name, limit: nameLengthCompared)
        var matches: [EntityMatch] = []
        for match in nameMatches {
            // A weak alias (OFAC: "does not expect persons to screen for" it) must be the whole name:
            // `PPL CORP` is not `PPL`.
            if match.isWeak && Self.folded(name) != Self.folded(match.name) { continue }
            let comparison = names.explain(compared.text, against: match)
            let evidence = evidence(for: holding, against: entries[match.key].entity, comparison: comparison)
            let verdict = match.isWeak || match.decision != .match ? min(evidence.verdict(score: match.score), .review)
                : evidence.verdict(score: match.score)
            guard verdict != .drop else { continue }
            var notes: [String] = []
            if !evidence.agreements.isEmpty { notes.append("agreed: " + evidence.agreements.joined(separator: "; ")) }
            if !evidence.contradictions.isEmpty { notes.append("contradicted: " + evidence.contradictions.joined(separator: "; ")) }
            if evidence.agreements.isEmpty && evidence.contradictions.isEmpty { notes.append("name only: no fact of the holding to compare") }
            notes.append(evidence.distinctiveness)
            if comparison.left.isObfuscated {
                notes.append("obfuscated: the holding's name is written with look-alike, full-width or invisible characters")
            }
            notes.append(Self.wordPairing(comparison))
            if compared.isCut { notes.append(Self.nameCutNote(name, compared: compared.text, limit: nameLengthCompared)) }
            notes.append(verdict == .violation ? "verdict: violation (exact or near-exact distinctive name, no fact against it)"
                : "verdict: review (a person must confirm)")
            let method: MatchMethod = match.isWeak ? .weakAlias : (match.score >= 1 ? .nameExact : .nameFuzzy)
            matches.append(EntityMatch(entityKey: match.key, method: method, score: match.score,
                                       needsReview: verdict != .violation, matchedValue: match.name, notes: notes))
        }
        // A name that is a violation for one entry is that entry: other entries it resembles are not reviewed.
        if matches.contains(where: { !$0.needsReview }) { matches.removeAll { $0.needsReview } }
        return matches
    }

    /// The words a name comparison paired, and what stayed unpaired, in one line.
    static func wordPairing(_ comparison: NameComparison) -> String {
        let pairs = comparison.pairs.map { pair in
            let sign = pair.kind == .exact ? "=" : "~"
            return "\(pair.left.joined(separator: " ")) \(sign) \(pair.right.joined(separator: " "))"
                + (pair.kind == .exact ? "" : " (\(pair.kind.rawValue))")
        }
        var text = "words paired: " + (pairs.isEmpty ? "none" : pairs.joined(separator: ", "))
        let unpaired = comparison.unpairedLeft.map(\.text) + comparison.unpairedRight.map(\.text)
        if !unpaired.isEmpty { text += "; unpaired: " + unpaired.joined(separator: ", ") }
        text += "; legal forms \(comparison.legalForms.rawValue)"
        return text
    }

    /// Upper-case words of letters and digits, for exact comparison of weak aliases.
    static func folded(_ name: String) -> String {
        name.uppercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// The name index's matches for `name` (match and review decisions, best first); of a very
    /// long name, only the first `nameLengthCompared` characters are compared.
    public func nameMatches(_ name: String, nameLengthCompared: Int = ReadLimits.standard.nameCharacters) -> [NameMatch] {
        names.query(Self.comparedName(name, limit: nameLengthCompared).text)
    }
}
