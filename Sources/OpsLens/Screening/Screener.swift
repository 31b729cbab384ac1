/// Applies the rules in force on one date to what holdings resolve to, and says what to do.
///
/// Made by `ScreeningEngine.screener(asOf:)` over the engine's index (built once for every
/// date); `findings(for:)` is pure, so holdings can be screened on any thread. A final class of
/// constants, shared by reference.
public final class Screener: Sendable {
    public let book: RuleBook
    public let index: ScreeningIndex
    public let asOf: CalendarDate
    /// The ownership links known on `asOf`, over entries, LEIs and names.
    let graph: OwnershipGraph<OwnershipParty>
    /// The network the graph was drawn from (for a holding's issuer LEIs).
    let network: OwnershipNetwork
    /// Per rule id: whom ownership brings into scope, and why (listed-only rules: to explain).
    let reach: [String: OwnershipAssessment<OwnershipParty>]

    /// Works out, per rule, whom ownership brings into scope on `asOf`.
    init(book: RuleBook, index: ScreeningIndex, network: OwnershipNetwork, asOf: CalendarDate) {
        self.book = book
        self.asOf = asOf
        self.index = index
        self.network = network
        let graph = network.graph(asOf: asOf)
        var reach: [String: OwnershipAssessment<OwnershipParty>] = [:]
        if !graph.links.isEmpty {
            // Only owners can bring others into scope: the rest of the list need not be looked at.
            let owners = Set(graph.links.compactMap { link -> Int? in if case .entry(let key) = link.parent { key } else { nil } })
            for rule in book.rules {
                let listed = owners.filter { rule.status(for: index[$0].entity, on: asOf, inList: index[$0].listID) != nil }
                reach[rule.id] = graph.assess(listed: listed.map(OwnershipParty.entry), scope: rule.subsidiaries)
            }
        }
        self.graph = graph
        self.reach = reach
    }

    /// The findings for one holding, given what it resolved to: the entries it matched, and what
    /// owns them or the issuer's LEIs.
    public func findings(for holding: Holding, matches: [EntityMatch]) -> [Finding] {
        let reference = HoldingReference(holding)
        var findings: [Finding] = []
        var seen = Set<String>()
        var direct = Set<String>()  // rules a matched entry is listed under
        for match in matches {
            let entry = index[match.entityKey]
            for rule in book.rules {
                guard let status = rule.status(for: entry.entity, on: asOf, inList: entry.listID) else { continue }
                direct.insert(rule.id)
                let finding = make(reference, rule, status, entry, match, ownership: nil)
                if seen.insert(finding.id).inserted { findings.append(finding) }
            }
        }
        guard !reach.isEmpty else { return findings }
        var notes: [String: Finding] = [:]
        for issuer in issuers(of: holding, matches: matches) {
            for rule in book.rules where !direct.contains(rule.id) {
                guard let assessment = reach[rule.id], assessment.isLinkedToListed(issuer.party) else { continue }
                let verdict = assessment.verdict(for: issuer.party)
                if verdict.isRestricted {
                    guard let path = verdict.paths.first, case .entry(let listedKey)? = path.listedParty,
                          let status = rule.status(for: index[listedKey].entity, on: asOf, inList: index[listedKey].listID) else { continue }
                    let match = issuer.evidence
                        ?? EntityMatch(entityKey: listedKey, method: .lei, score: 1, matchedValue: issuer.lei ?? "")
                    let finding = make(reference, rule, status, index[listedKey], match,
                                       ownership: (issuer.how, path, explanation(verdict, path, in: assessment)))
                    if seen.insert(finding.id).inserted { findings.append(finding) }
                } else if notes[rule.id] == nil, let note = ownershipNote(reference, rule, issuer, verdict, in: assessment) {
                    notes[rule.id] = note
                }
            }
        }
        let ruled = Set(findings.compactMap(\.rule?.id))
        for rule in book.rules where !ruled.contains(rule.id) {
            if let note = notes[rule.id], seen.insert(note.id).inserted { findings.append(note) }
        }
        return findings
    }

    /// A finding for a holding that matched `entry` (or, through ownership, is owned by it).
    private func make(_ holding: HoldingReference, _ rule: Rule, _ status: RestrictionStatus, _ entry: ScreeningIndex.Entry,
                      _ match: EntityMatch,
                      ownership: (how: String, path: OwnershipPath<OwnershipParty>, explanation: OwnershipExplanation)?) -> Finding {
        // A curated entry stands for a published one: report the published entry, explain the mapping.
        var listed = entry
        var method = ownership == nil ? match.method : .ownership
        var path: [String] = []
        if let sameAs = entry.entity.curation?.sameAs, let key = index.key(forReference: sameAs) {
            listed = index[key]
            if ownership == nil { method = .curated }
            path.append("holding \(match.method.rawValue) \(match.matchedValue) → \(entry.entity.name) (\(entry.entity.reference), curated)")
            path.append("curated as the same issuer as \(listed.entity.name) (\(listed.entity.reference)): \(entry.entity.curation!.reasoning)")
        }
        if let ownership {
            path.append("holding \(ownership.how)")
            path += ownership.path.links.map(step)
            path.append(ownership.explanation.reason)
        }
        let entityReference = EntityReference(id: listed.entity.reference, sourceId: listed.entity.sourceID,
                                              name: listed.entity.name, list: listed.listID)
        var severity = status.severity
        if match.needsReview && severity > .review { severity = .review }
        let explanation = MatchExplanation(method: method.rawValue, score: match.score, matchedName: match.matchedValue,
                                           path: path, notes: match.notes, ownership: ownership?.explanation)
        let provenance = FindingProvenance(
            publisher: rule.provenance.publisher, authority: rule.provenance.legalAuthority ?? "",
            program: rule.provenance.program ?? listed.entity.programs.joined(separator: ", "),
            sourceUrl: rule.provenance.sourceURL, listingDate: status.dates.listing,
            effectiveDate: status.dates.effective, divestmentDate: status.dates.divestment,
            phase: status.phase.rawValue)
        let action = match.needsReview
            ? "Review the name match (score \(ScoreFormat.decimal(match.score))) before acting. If confirmed: \(FindingAction.text(for: status))"
            : FindingAction.text(for: status)
        return Finding(id: Finding.fingerprint(ruleId: rule.id, holding: holding, entityId: entityReference.id),
                       severity: severity, holding: holding, entity: entityReference,
                       rule: RuleReference(id: rule.id, title: rule.title, kind: status.restriction.rawValue),
                       match: explanation, provenance: provenance, action: action)
    }

}

extension HoldingReference {
    /// The holding as a finding refers to it: identifiers as given.
    public init(_ holding: Holding) {
        var identifiers: [String: String] = [:]
        if let ticker = holding.ticker { identifiers["ticker"] = holding.mic.map { "\(ticker) \($0)" } ?? ticker }
        if let isin = holding.isin { identifiers["isin"] = isin }
        if let cusip = holding.cusip { identifiers["cusip"] = cusip }
        if let sedol = holding.sedol { identifiers["sedol"] = sedol }
        if let figi = holding.figi { identifiers["figi"] = figi }
        if let lei = holding.lei { identifiers["lei"] = lei }
        self.init(file: holding.file, line: holding.line, portfolio: holding.portfolio, name: holding.name,
                  identifiers: identifiers, quantity: holding.quantity, marketValue: holding.marketValue,
                  currency: holding.currency)
    }
}
