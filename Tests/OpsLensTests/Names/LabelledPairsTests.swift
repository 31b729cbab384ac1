import Foundation
import Testing
@testable import OpsLens

/// The labelled pairs in Fixtures/name-pairs.csv, scored at the standard thresholds.
@Suite("The labelled name pairs")
struct LabelledPairsTests {
    let pairs: [NamePair]
    let categories: [String]
    let scored: [(score: Double, isMatch: Bool)]

    init() throws {
        let bytes = Array(try Data(contentsOf: NameFixtures.labelledPairs))
        pairs = try NamePairsFile.parse(bytes, requireLabels: true)
        categories = CSVTable(bytes).rows.dropFirst().map { $0.fields[3] }
        let scorer = NameScorer()
        scored = pairs.map { (scorer.compare($0.name1, $0.name2).score, $0.isMatch!) }
    }

    @Test("has at least 300 pairs, about half of them true matches, in every category")
    func coversTheCategories() {
        #expect(pairs.count >= 300)
        let matches = pairs.filter { $0.isMatch == true }.count
        #expect(matches >= 150 && pairs.count - matches >= 150)
        for category in ["legal-form", "abbreviation", "reordering", "typo", "share-class", "avic-subsidiary", "cmic-issuer",
                         "person", "han-script", "complaint", "avic-trap", "generic-words", "number", "similar-spelling",
                         "legal-form-differs"] {
            #expect(categories.contains(category), "no pair in \(category)")
        }
    }

    @Test("reaches precision 1.000 and recall 0.979 at the match threshold")
    func precisionAndRecall() throws {
        let calibration = Calibration(scored: scored, thresholds: [MatchThresholds.standard.match])
        let point = try #require(calibration.points.first)
        // Measured: 188 TP, 0 FP, 4 FN, 158 TN on 350 pairs (192 match, 158 no-match); the matcher of issue #11
        // gave up one (`LUKOIL OAO` against a name that adds `OIL COMPANY`: review) for typos anywhere.
        #expect(point.precision >= 0.99)
        #expect(point.recall >= 0.975)
        #expect(point.falsePositives == 0)
    }

    @Test("leaves no true match below review except the documented short-word typo")
    func reviewBandCatchesTheRest() {
        let missed = zip(pairs, scored).filter { $0.1.isMatch && $0.1.score < MatchThresholds.standard.review }.map(\.0.name1)
        #expect(missed == ["XIAMEN MEIYA PICCO INFORMATION"])
    }
}

/// The generated organisation-name pairs (make_org_pairs.py): the held-out part, never tuned on.
@Suite("The held-out organisation-name pairs")
struct HeldOutPairsTests {
    @Test("reach precision 0.98 and F1 0.87 at the match threshold; look-alike letters, number words and punctuation all match")
    func heldOut() throws {
        let pairs = try NamePairsFile.parse(Array(try Data(contentsOf: NameFixtures.heldOutPairs)), requireLabels: true)
        #expect(pairs.count > 2_000)
        let scorer = NameScorer()
        let scored = pairs.map { (score: scorer.compare($0.name1, $0.name2).score, isMatch: $0.isMatch!, kind: $0.kind) }
        let overall = try #require(Calibration(scored: scored.map { ($0.score, $0.isMatch) }, thresholds: [MatchThresholds.standard.match]).points.first)
        // Measured: P 0.989, R 0.783, F1 0.874 (issue #11's first matcher: P 0.988, R 0.707, F1 0.824; before it:
        // P 0.958, R 0.427, F1 0.590).
        #expect(overall.precision >= 0.98)
        #expect(overall.f1 >= 0.87)
        let kinds = Dictionary(uniqueKeysWithValues: Calibration.byKind(scored, threshold: MatchThresholds.standard.match).map { ($0.kind, $0.point) })
        for kind in ["confusable", "obfuscated", "number-words", "punctuation"] {
            #expect(kinds[kind]?.recall == 1, "\(kind)")
        }
        #expect(kinds["legal-form"].map { $0.recall >= 0.95 } == true)
        // Romanisation-aware keys and acronyms spelt with optional words: 0.435 and 0.511 before, 0.954 and 0.967 now;
        // typos 0.626 before, 0.670 now.
        #expect(kinds["cyrillic"].map { $0.recall >= 0.95 } == true)
        #expect(kinds["acronym"].map { $0.recall >= 0.95 } == true)
        #expect(kinds["typo"].map { $0.recall >= 0.65 } == true)
        #expect(kinds["issuer-distinct"]?.falsePositives == 0)
    }
}
