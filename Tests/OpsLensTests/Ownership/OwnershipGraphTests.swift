import Testing
import OpsLens

@Suite("Ownership graph")
struct OwnershipGraphTests {
    /// Synthetic shares around AVIC (DOMAIN.md §1.3): two subsidiaries OFAC lists, two it does not.
    static let avic = OwnershipGraph([
        OwnershipLink(child: "AVIC XI'AN AIRCRAFT", parent: "AVIC", percent: 55, source: "synthetic"),
        OwnershipLink(child: "AVIC JONHON", parent: "AVIC", percent: 37, source: "synthetic"),
        OwnershipLink(child: "AVICHINA INDUSTRY & TECHNOLOGY", parent: "AVIC", percent: 56, source: "synthetic"),
        OwnershipLink(child: "AVICOPTER", parent: "AVICHINA INDUSTRY & TECHNOLOGY", percent: 51, source: "synthetic"),
    ])
    static let avicListed = ["AVIC", "AVIC XI'AN AIRCRAFT", "AVIC JONHON"]

    @Test("listed-only: an unlisted subsidiary of a listed parent is not restricted, but the path explains it")
    func avicListedOnly() throws {
        let assessment = Self.avic.assess(listed: Self.avicListed, scope: .listedOnly)
        let avicopter = assessment.verdict(for: "AVICOPTER")
        #expect(!avicopter.isRestricted)
        #expect(avicopter.basis == .notRestricted(blockedOwnership: nil))
        let path = try #require(avicopter.paths.first)
        #expect(path.links.map(\.parent) == ["AVICHINA INDUSTRY & TECHNOLOGY", "AVIC"])
        #expect(path.description == "AVICOPTER —51% (synthetic)→ AVICHINA INDUSTRY & TECHNOLOGY —56% (synthetic)→ AVIC")
        #expect(!assessment.isRestricted("AVICHINA INDUSTRY & TECHNOLOGY"))
        #expect(assessment.verdict(for: "AVIC JONHON").basis == .listed)
        #expect(assessment.restricted == Set(Self.avicListed))
        #expect(!assessment.isRestricted("MTU AERO ENGINES"))
        #expect(assessment.verdict(for: "MTU AERO ENGINES").paths.isEmpty)
    }

    @Test("the same links widen under the 50% rule and the control policy")
    func avicOtherScopes() {
        for scope in [OwnershipScope.aggregatedOwnership, .controlledSubsidiaries] {
            let assessment = Self.avic.assess(listed: Self.avicListed, scope: scope)
            #expect(assessment.isRestricted("AVICOPTER"), "\(scope)")
            #expect(assessment.verdict(for: "AVICOPTER").paths.first?.listedParty == "AVIC", "\(scope)")
        }
    }

    @Test("two blocked owners of 25% each block; 25% and 24% do not", arguments: [(25.0, true), (24.0, false), (24.999, false), (30.0, true)])
    func aggregation(second: Double, blocked: Bool) {
        let graph = OwnershipGraph([
            OwnershipLink(child: "X", parent: "A", percent: 25, source: "filing 1"),
            OwnershipLink(child: "X", parent: "B", percent: second, source: "filing 2"),
            OwnershipLink(child: "X", parent: "C", percent: 40, source: "filing 3"),
        ])
        let verdict = graph.assess(listed: ["A", "B"], scope: .aggregatedOwnership).verdict(for: "X")
        #expect(verdict.isRestricted == blocked)
        #expect(verdict.basis == (blocked ? .aggregatedOwnership(percent: 25 + second) : .notRestricted(blockedOwnership: 25 + second)))
        #expect(Set(verdict.paths.compactMap(\.listedParty)) == ["A", "B"])
    }

    @Test("indirect: a 50%-owned subsidiary is blocked and its stakes count")
    func indirect() throws {
        let graph = OwnershipGraph([
            OwnershipLink(child: "T", parent: "S", percent: 30, source: "register"),
            OwnershipLink(child: "T", parent: "A", percent: 20, source: "register"),
            OwnershipLink(child: "S", parent: "A", percent: 50, source: "register"),
            OwnershipLink(child: "U", parent: "S", percent: 50, source: "register"),
            OwnershipLink(child: "V", parent: "U", percent: 50, source: "register"),
        ])
        let assessment = graph.assess(listed: ["A"], scope: .aggregatedOwnership)
        #expect(assessment.restricted == ["A", "S", "T", "U", "V"])
        let t = assessment.verdict(for: "T")
        #expect(t.basis == .aggregatedOwnership(percent: 50))
        #expect(Set(t.paths.map(\.description)) == [
            "T —30% (register)→ S —50% (register)→ A",
            "T —20% (register)→ A",
        ])
        let v = assessment.verdict(for: "V")
        #expect(v.paths.first?.links.count == 3)
        #expect(v.paths.first?.effectivePercent == 12.5)
    }

    @Test("the fixed point does not depend on the order of the links")
    func orderIndependence() {
        let links = [
            OwnershipLink(child: "X", parent: "A", percent: 30, source: "s"),
            OwnershipLink(child: "X", parent: "S", percent: 20, source: "s"),
            OwnershipLink(child: "S", parent: "R", percent: 50, source: "s"),
            OwnershipLink(child: "R", parent: "B", percent: 60, source: "s"),
        ]
        for ordering in [links, links.reversed(), [links[2], links[0], links[3], links[1]]] {
            let assessment = OwnershipGraph(ordering).assess(listed: ["A", "B"], scope: .aggregatedOwnership)
            #expect(assessment.restricted == ["A", "B", "R", "S", "X"])
        }
    }

    @Test("a stake reported by two sources counts once; control alone does not count as ownership")
    func duplicatesAndControl() {
        let graph = OwnershipGraph([
            OwnershipLink(child: "X", parent: "A", percent: 30, source: "GLEIF"),
            OwnershipLink(child: "X", parent: "A", percent: 30, source: "annual report"),
            OwnershipLink(child: "Y", parent: "A", source: "GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY", isControl: true),
        ])
        let aggregated = graph.assess(listed: ["A"], scope: .aggregatedOwnership)
        #expect(aggregated.verdict(for: "X").basis == .notRestricted(blockedOwnership: 30))
        #expect(!aggregated.isRestricted("Y"))
        let controlled = graph.assess(listed: ["A"], scope: .controlledSubsidiaries)
        #expect(controlled.verdict(for: "Y").basis == .controlled)
        #expect(!controlled.isRestricted("X"))
    }

    @Test("controlled subsidiaries: more than 50% or a control link, through controlled subsidiaries")
    func controlled() throws {
        let graph = OwnershipGraph([
            OwnershipLink(child: "X", parent: "A", source: "policy", isControl: true),
            OwnershipLink(child: "Y", parent: "X", percent: 60, source: "register"),
            OwnershipLink(child: "Z", parent: "Y", percent: 50, source: "register"),
            OwnershipLink(child: "W", parent: "Y", percent: 50.5, source: "register"),
        ])
        let assessment = graph.assess(listed: ["A"], scope: .controlledSubsidiaries)
        #expect(assessment.restricted == ["A", "X", "Y", "W"])
        #expect(assessment.verdict(for: "W").paths.first?.description
            == "W —50.5% (register)→ Y —60% (register)→ X —control (policy)→ A")
        let z = assessment.verdict(for: "Z")
        #expect(!z.isRestricted)
        #expect(z.paths.first?.listedParty == "A")  // explained, not restricted
    }

    @Test("a party no link mentions is judged by the listing alone", arguments: OwnershipScope.allCases)
    func unknownParty(scope: OwnershipScope) {
        let assessment = Self.avic.assess(listed: ["NOBODY"], scope: scope)
        #expect(assessment.verdict(for: "NOBODY").basis == .listed)
        #expect(!assessment.verdict(for: "ELSE").isRestricted)
    }
}
