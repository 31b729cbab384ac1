import Testing
import OpsLens

@Suite("Ownership graph: cycles and deep chains")
struct OwnershipGraphStressTests {
    /// A ring 0 → 1 → … → length-1 → 0 where each node owns `percent` of the next.
    static func ring(length: Int, percent: Double) -> OwnershipGraph<Int> {
        OwnershipGraph((0..<length).map { OwnershipLink(child: ($0 + 1) % length, parent: $0, percent: percent, source: "ring") })
    }

    @Test("cycles end, with or without a listed member", arguments: [2, 3, 7, 1_000])
    func cycles(length: Int) {
        for scope in OwnershipScope.allCases {
            let unlisted = Self.ring(length: length, percent: 60).assess(listed: [Int](), scope: scope)
            #expect(unlisted.restricted.isEmpty)
            #expect(!unlisted.verdict(for: length - 1).isRestricted)
            let listed = Self.ring(length: length, percent: 60).assess(listed: [0], scope: scope)
            let last = listed.verdict(for: length - 1)
            #expect(last.paths.first?.links.count == length - 1, "\(scope)")
            #expect(listed.restricted.count == (scope == .listedOnly ? 1 : length), "\(scope)")
        }
    }

    @Test("mutual 50% stakes among unlisted parties block nobody; a self-link is ignored")
    func mutualStakes() {
        let graph = OwnershipGraph([
            OwnershipLink(child: "X", parent: "Y", percent: 50, source: "s"),
            OwnershipLink(child: "Y", parent: "X", percent: 50, source: "s"),
            OwnershipLink(child: "Z", parent: "Z", percent: 100, source: "s"),
        ])
        #expect(graph.assess(listed: [String](), scope: .aggregatedOwnership).restricted.isEmpty)
        #expect(graph.links.count == 2)
        let listedY = graph.assess(listed: ["Y"], scope: .aggregatedOwnership)
        #expect(listedY.verdict(for: "X").paths.map(\.description) == ["X —50% (s)→ Y"])
    }

    @Test("a chain 100,000 links deep neither overflows nor loses the path", arguments: OwnershipScope.allCases)
    func deepChain(scope: OwnershipScope) throws {
        let depth = 100_000
        let graph = OwnershipGraph((1...depth).map { OwnershipLink(child: $0, parent: $0 - 1, percent: 100, source: "chain") })
        let assessment = graph.assess(listed: [0], scope: scope)
        let verdict = assessment.verdict(for: depth)
        #expect(verdict.isRestricted == (scope != .listedOnly))
        let path = try #require(verdict.paths.first)
        #expect(path.links.count == depth)
        #expect(path.listedParty == 0)
        #expect(assessment.restricted.count == (scope == .listedOnly ? 1 : depth + 1))
    }

    @Test("a wide lattice of stakes gives a bounded number of paths")
    func lattice() {
        // 30 layers of 4 parties, each owning 25% of every party in the next layer: 4^30 paths.
        var links: [OwnershipLink<Int>] = []
        for layer in 0..<30 {
            for owner in 0..<4 {
                for owned in 0..<4 {
                    links.append(OwnershipLink(child: (layer + 1) * 4 + owned, parent: layer * 4 + owner, percent: 25, source: "lattice"))
                }
            }
        }
        let assessment = OwnershipGraph(links).assess(listed: [0, 1, 2, 3], scope: .aggregatedOwnership)
        let verdict = assessment.verdict(for: 30 * 4, maxPaths: 5)
        #expect(verdict.basis == .aggregatedOwnership(percent: 100))
        #expect(verdict.paths.count == 5)
        #expect(verdict.paths.allSatisfy { $0.links.count == 30 })
    }
}
