/// Applies the rules in force on one date to what holdings resolve to, and says what to do.
///
/// Made by `ScreeningEngine.screener(asOf:)` over the engine's index (built once for every
/// date); `findings(for:)` is pure, so holdings can be screened on any thread. A final class of
/// constants, shared by reference.
public final class Screener: Sendable {
    public let book: RuleBook
    public let index: ScreeningIndex
    public let asOf: CalendarDate
    /// For rules that reach unlisted subsidiaries: the restricted entries and why, by rule id.
    let reach: [String: OwnershipAssessment<Int>]

    /// Works out, per rule, whom ownership brings into scope on `asOf`.
    init(book: RuleBook, index: ScreeningIndex, asOf: CalendarDate) {
        self.book = book
        self.asOf = asOf
        self.index = index
        var reach: [String: OwnershipAssessment<Int>] = [:]
        for rule in book.rules where rule.subsidiaries != .listedOnly && !index.ownership.links.isEmpty {
            // Only owners can bring others into scope: the rest of the list need not be looked at.
            let owners = Set(index.ownership.links.map(\.parent)).sorted()
            let listed = owners.filter { rule.status(for: index[$0].entity, on: asOf, inList: index[$0].listID) != nil }
            reach[rule.id] = index.ownership.assess(listed: listed, scope: rule.subsidiaries)
        }
        self.reach = reach
    }

    /// The findings for one holding, given what it resolved to.
    public func findings(for holding: Holding, matches: [EntityMatch]) -> [Finding] {
        let reference = HoldingReference(holding)
        var findings: [Finding] = []
        var seen = Set<String>()
        for match in matches {
            let entry = index[match.entityKey]
            var covered = false
            for rule in book.rules {
                if let status = rule.status(for: entry.entity, on: asOf, inList: entry.listID) {
                    covered = true
                    let finding = make(reference, rule, status, entry, match, ownershipPath: nil)
                    if seen.insert(finding.id).inserted { findings.append(finding) }
                } else if let assessment = reach[rule.id], assessment.isRestricted(match.entityKey) {
                    covered = true
                    let verdict = assessment.verdict(for: match.entityKey)
                    guard let path = verdict.paths.first, let listedKey = path.listedParty,
                          let status = rule.status(for: index[listedKey].entity, on: asOf, inList: index[listedKey].listID) else { continue }
                    let finding = make(reference, rule, status, index[listedKey], match, ownershipPath: (path, verdict))
                    if seen.insert(finding.id).inserted { findings.append(finding) }
                }
            }
            if !covered, let note = unlistedSubsidiaryNote(reference, match, entry) {
                if seen.insert(note.id).inserted { findings.append(note) }
            }
        }
        return findings
    }

    /// A finding for a holding that matched `entry` (or, through ownership, is owned by it).
    private func make(_ holding: HoldingReference, _ rule: Rule, _ status: RestrictionStatus, _ entry: ScreeningIndex.Entry,
                      _ match: EntityMatch, ownershipPath: (OwnershipPath<Int>, OwnershipVerdict<Int>)?) -> Finding {
        // A curated entry stands for a published one: report the published entry, explain the mapping.
        var listed = entry
        var method = ownershipPath == nil ? match.method : .ownership
        var path: [String] = []
        if let sameAs = entry.entity.curation?.sameAs, let key = index.key(forReference: sameAs) {
            listed = index[key]
            if ownershipPath == nil { method = .curated }
            path.append("holding \(match.method.rawValue) \(match.matchedValue) → \(entry.entity.name) (\(entry.entity.reference), curated)")
            path.append("curated as the same issuer as \(listed.entity.name) (\(listed.entity.reference)): \(entry.entity.curation!.reasoning)")
        }
        if let (ownership, verdict) = ownershipPath {
            let matched = index[match.entityKey].entity
            path.append("holding \(match.method.rawValue) \(match.matchedValue) → \(matched.name) (\(matched.reference))")
            for link in ownership.links {
                let share = link.percent.map { "\(formatPercent($0)) owned" } ?? (link.isControl ? "controlled" : "linked")
                path.append("\(index[link.child].entity.name) is \(share) by \(index[link.parent].entity.name) (source: \(link.source))")
            }
            if case .aggregatedOwnership(let percent) = verdict.basis {
                path.append("blocked persons own \(formatPercent(percent)) in aggregate (OFAC 50% rule, FAQ 398/401)")
            }
        }
        let entityReference = EntityReference(id: listed.entity.reference, sourceId: listed.entity.sourceID,
                                              name: listed.entity.name, list: listed.listID)
        var severity = status.severity
        if match.needsReview && severity > .review { severity = .review }
        let explanation = MatchExplanation(method: method.rawValue, score: match.score, matchedName: match.matchedValue,
                                           path: path, notes: match.notes)
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

    /// An `info` finding for a holding whose issuer is linked to a listed parent but is not itself
    /// listed, under a rule that does not reach subsidiaries (NS-CMIC: OFAC FAQ 857).
    private func unlistedSubsidiaryNote(_ holding: HoldingReference, _ match: EntityMatch, _ entry: ScreeningIndex.Entry) -> Finding? {
        for parent in index.ownership.parents(of: match.entityKey) {
            let parentEntry = index[parent.parent]
            guard let rule = book.rules.first(where: { $0.status(for: parentEntry.entity, on: asOf, inList: parentEntry.listID) != nil }) else {
                continue
            }
            let share = parent.percent.map { "\(formatPercent($0)) owned" } ?? "linked"
            let path = ["holding \(match.method.rawValue) \(match.matchedValue) → \(entry.entity.name) (\(entry.entity.reference))",
                        "\(entry.entity.name) is \(share) by \(parentEntry.entity.name) (\(parentEntry.entity.reference); source: \(parent.source))"]
            let entityReference = EntityReference(id: parentEntry.entity.reference, sourceId: parentEntry.entity.sourceID,
                                                  name: parentEntry.entity.name, list: parentEntry.listID)
            return Finding(
                id: Finding.fingerprint(ruleId: rule.id + "#parent", holding: holding, entityId: entityReference.id),
                severity: .info, holding: holding, entity: entityReference,
                rule: RuleReference(id: rule.id, title: rule.title, kind: "explanation"),
                match: MatchExplanation(method: MatchMethod.ownership.rawValue, score: match.score,
                                        matchedName: match.matchedValue, path: path, notes: match.notes),
                provenance: FindingProvenance(publisher: rule.provenance.publisher, authority: rule.provenance.legalAuthority ?? "",
                                              program: rule.provenance.program ?? "", sourceUrl: rule.provenance.sourceURL),
                action: "No action: \(entry.entity.name) is not itself listed and \(rule.id) covers listed entities only "
                    + "(\(rule.subsidiaries.rawValue)); the parent link is shown to explain the name, not to widen the list.")
        }
        return nil
    }

    private func formatPercent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\(value)%"
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
