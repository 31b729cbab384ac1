import Testing
@testable import OpsLens

@Suite("Acronyms against their expansions")
struct AcronymTests {
    let scorer = NameScorer()

    @Test("matches an acronym to the initials of the distinctive words, legal forms and generic words optional", arguments: [
        ("CNOOC LTD", "CHINA NATIONAL OFFSHORE OIL CORPORATION"),
        ("CSSC", "CHINA STATE SHIPBUILDING CORPORATION"),
        ("AVIC", "AVIATION INDUSTRY CORPORATION OF CHINA, LTD."),
        ("MISA", "MEDAL INVERSIONES, S.A."),
        ("BCLA", "BANK OF COMMUNICATIONS LTD A"),
        ("PGCIL", "POWER GRID CORPORATION OF INDIA LT"),
        ("NITCRO", "N.I.T.C. REPRESENTATIVE OFFICE"),
        ("FOGCK", "FOURTEENTH OCEAN GMBH & CO. KG"),
    ])
    func matchesExpansions(acronym: String, expansion: String) {
        for (first, second) in [(acronym, expansion), (expansion, acronym)] {
            let comparison = scorer.compare(first, second)
            #expect(comparison.decision == .match, "\(first) ~ \(second): \(comparison.score) \(comparison.reasons)")
            #expect(comparison.pairs.first?.kind == .acronym)
        }
    }

    @Test("does not take a word for the acronym of a name it does not spell", arguments: [
        ("AVICOPTER PLC A", "AVIATION INDUSTRY CORPORATION OF CHINA, LTD."),
        ("CARVANA", "CHINA AVIATION RESOURCES"),
        ("CSSC", "CHINA SHIPPING CONTAINER LINES"),
        ("AB", "ALPHA BETA"),
    ])
    func rejects(word: String, name: String) {
        let comparison = scorer.compare(word, name)
        #expect(comparison.decision == .noMatch, "\(comparison.score) \(comparison.reasons)")
    }

    @Test("finds the expansion of a held acronym in the index, and the acronym of a held expansion")
    func indexFindsAcronyms() {
        let index = NameIndex(entries: [
            (key: 1, name: "CHINA NATIONAL OFFSHORE OIL CORPORATION", isWeak: false),
            (key: 2, name: "CSSC HOLDINGS LIMITED", isWeak: false),
            (key: 3, name: "CSSC", isWeak: false),
            (key: 4, name: "CHINA NATIONAL PETROLEUM CORPORATION", isWeak: false),
        ])
        let cnooc = index.query("CNOOC LTD")
        #expect(cnooc.map(\.key) == [1])
        #expect(cnooc.first?.decision == .match)
        #expect(index.query("CHINA STATE SHIPBUILDING CORPORATION").first?.key == 3)
        #expect(index.query("CNPC").first?.key == 4)
    }
}
