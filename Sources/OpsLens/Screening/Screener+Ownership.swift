extension Screener {
    /// A party a holding's issuer is, and how the holding was tied to it.
    struct Issuer {
        var party: OwnershipParty
        /// How the holding reached the party: `isin X → NAME (list:id)`, `lei L`, `isin X → issuer LEI L (…)`.
        var how: String
        /// The match that tied the holding to a list entry; `nil` for an issuer known only by LEI.
        var evidence: EntityMatch?
        var lei: String?
    }

    /// The parties a holding's issuer is: the entries it matched and the LEIs it has or maps to.
    func issuers(of holding: Holding, matches: [EntityMatch]) -> [Issuer] {
        var issuers = matches.map { match in
            Issuer(party: .entry(match.entityKey), how: "\(match.method.rawValue) \(match.matchedValue) → \(name(.entry(match.entityKey)))",
                   evidence: match, lei: nil)
        }
        for (lei, how) in network.issuerLEIs(of: holding) { issuers.append(Issuer(party: .lei(lei), how: how, evidence: nil, lei: lei)) }
        return issuers
    }

    /// An `info` finding for an issuer linked to a party listed under `rule` that the rule's scope
    /// does not reach (NS-CMIC: OFAC FAQ 857; 50% rule: less than 50% in the aggregate), saying why.
    func ownershipNote(_ holding: HoldingReference, _ rule: Rule, _ issuer: Issuer, _ verdict: OwnershipVerdict<OwnershipParty>,
                       in assessment: OwnershipAssessment<OwnershipParty>) -> Finding? {
        guard let path = verdict.paths.first(where: { !$0.links.allSatisfy { $0.source == OwnershipExplanation.sameParty } }),
              case .entry(let listedKey)? = path.listedParty else { return nil }
        let listed = index[listedKey].entity
        let explanation = explanation(verdict, path, in: assessment)
        let entity = EntityReference(id: listed.reference, sourceId: listed.sourceID, name: listed.name, list: index[listedKey].listID)
        let evidence = issuer.evidence
        return Finding(
            id: Finding.fingerprint(ruleId: rule.id + "#parent", holding: holding, entityId: entity.id),
            severity: .info, holding: holding, entity: entity,
            rule: RuleReference(id: rule.id, title: rule.title, kind: "explanation"),
            match: MatchExplanation(method: MatchMethod.ownership.rawValue, score: evidence?.score ?? 1,
                                    matchedName: evidence?.matchedValue ?? issuer.lei,
                                    path: ["holding \(issuer.how)"] + path.links.map(step) + [explanation.reason],
                                    notes: evidence?.notes ?? [], ownership: explanation),
            provenance: FindingProvenance(publisher: rule.provenance.publisher, authority: rule.provenance.legalAuthority ?? "",
                                          program: rule.provenance.program ?? "", sourceUrl: rule.provenance.sourceURL),
            action: "No action under \(rule.id): \(explanation.reason).")
    }

    /// The scope's judgement of `verdict`, and the links of `path`, for a finding or a note.
    func explanation(_ verdict: OwnershipVerdict<OwnershipParty>, _ path: OwnershipPath<OwnershipParty>,
                     in assessment: OwnershipAssessment<OwnershipParty>) -> OwnershipExplanation {
        var aggregate: Double?
        let reason: String
        switch verdict.basis {
        case .listed:
            reason = "the issuer is itself listed"
        case .aggregatedOwnership(let percent):
            aggregate = percent
            reason = "blocked persons own \(format(percent)) of the issuer in the aggregate\(owners(of: verdict, in: assessment)), "
                + "at or above 50%: blocked under the OFAC 50% rule (FAQ 398, 401), directly or indirectly"
        case .controlled:
            reason = "a listed party controls the issuer (more than 50% or a control link), directly or through "
                + "controlled subsidiaries: in scope of the in-house controlled-subsidiaries policy"
        case .notRestricted(let percent):
            switch verdict.scope {
            case .aggregatedOwnership:
                aggregate = percent ?? 0
                reason = "blocked persons own \(format(percent ?? 0)) of the issuer in the aggregate\(owners(of: verdict, in: assessment)), "
                    + "below 50%: not blocked under the 50% rule (it sums ownership, not control; a link without a share counts for nothing)"
            case .controlledSubsidiaries:
                reason = "linked to a listed party that does not control it (50% or less and no control link): "
                    + "outside the controlled-subsidiaries scope"
            case .listedOnly:
                reason = "the rule covers listed entities only (listed-only; NS-CMIC: OFAC FAQ 857), so the link "
                    + "explains the issuer's ties and does not widen the list"
            }
        }
        let steps = path.links.map { link in
            OwnershipExplanation.Step(child: name(link.child), parent: name(link.parent), percent: link.percent,
                                      control: link.isControl, relationship: link.source,
                                      file: link.location?.file, line: link.location?.line)
        }
        return OwnershipExplanation(scope: verdict.scope.rawValue, restricted: verdict.isRestricted, aggregatePercent: aggregate,
                                    threshold: verdict.scope == .aggregatedOwnership ? OwnershipScope.aggregationThreshold : nil,
                                    reason: reason, links: steps)
    }

    /// ` (30% by A + 25% by B)`: the direct stakes of blocked owners that make up the aggregate.
    private func owners(of verdict: OwnershipVerdict<OwnershipParty>, in assessment: OwnershipAssessment<OwnershipParty>) -> String {
        let stakes = graph.parents(of: verdict.node).filter { link in
            link.percent.map { $0 > 0 } ?? false && assessment.isRestricted(link.parent)
        }
        return stakes.isEmpty ? "" : " (" + stakes.map { "\(format($0.percent!)) by \(name($0.parent))" }.joined(separator: " + ") + ")"
    }

    /// One link as a sentence, with its source, file and line.
    func step(_ link: OwnershipLink<OwnershipParty>) -> String {
        let place = link.location.map { "; \($0)" } ?? ""
        if link.source == OwnershipExplanation.sameParty {
            return "\(name(link.child)) is \(name(link.parent)): \(OwnershipExplanation.sameParty)\(place)"
        }
        let share = link.percent.map { "\(format($0)) owned" + (link.isControl ? " and controlled" : "") }
            ?? (link.isControl ? "controlled" : "linked")
        let asOf = link.asOf.map { ", as of \($0)" } ?? ""
        return "\(name(link.child)) is \(share) by \(name(link.parent)) (source: \(link.source)\(place)\(asOf))"
    }

    /// `NAME (list:id)` for an entry, `LEI …` for a party known by LEI, the name for one known by name.
    func name(_ party: OwnershipParty) -> String {
        switch party {
        case .entry(let key): "\(index[key].entity.name) (\(index[key].entity.reference))"
        case .lei(let lei): index.identifiers.keys(for: lei, kind: .lei).first.map { "LEI \(lei) (\(index[$0].entity.name))" } ?? "LEI \(lei)"
        case .name(let name): name
        }
    }

    func format(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }
}
