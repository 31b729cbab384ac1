import Testing
@testable import OpsLens

@Suite("Calibration")
struct CalibrationTests {
    @Test("counts precision, recall and F1 at each threshold")
    func counts() throws {
        let scored: [(score: Double, isMatch: Bool)] = [(0.95, true), (0.9, true), (0.8, false), (0.7, true), (0.2, false)]
        let calibration = Calibration(scored: scored, thresholds: [0.5, 0.75, 0.85])
        let middle = try #require(calibration.point(at: 0.75))
        #expect(middle.truePositives == 2 && middle.falsePositives == 1 && middle.falseNegatives == 1 && middle.trueNegatives == 1)
        #expect(abs(middle.precision - 2.0 / 3) < 1e-9)
        #expect(abs(middle.recall - 2.0 / 3) < 1e-9)
        let high = try #require(calibration.point(at: 0.85))
        #expect(high.precision == 1 && abs(high.recall - 2.0 / 3) < 1e-9)
        #expect(calibration.recommended?.threshold == 0.5)  // F1 0.857 beats 0.8 at 0.85
    }

    @Test("recommends the highest threshold among those with the best F1")
    func recommendsHighestOnTie() {
        let calibration = Calibration(scored: [(0.9, true), (0.3, false)], thresholds: [0.4, 0.6, 0.8])
        #expect(calibration.recommended?.threshold == 0.8)
    }

    @Test("tries 0.50 to 1.00 by default")
    func defaultThresholds() {
        #expect(Calibration.defaultThresholds.first == 0.5 && Calibration.defaultThresholds.last == 1)
        #expect(Calibration.defaultThresholds.contains(MatchThresholds.standard.match))
    }

    @Test("counts each kind of pair on its own, pairs without a kind as other")
    func byKind() throws {
        let scored: [(score: Double, isMatch: Bool, kind: String?)] = [
            (0.9, true, "typo"), (0.5, true, "typo"), (0.9, false, "hard-negative"), (0.1, false, "hard-negative"), (0.95, true, nil),
        ]
        let kinds = Calibration.byKind(scored, threshold: 0.85)
        #expect(kinds.map(\.kind) == ["hard-negative", "other", "typo"])
        let typo = try #require(kinds.last?.point)
        #expect(typo.truePositives == 1 && typo.falseNegatives == 1 && typo.recall == 0.5)
        let negatives = try #require(kinds.first?.point)
        #expect(negatives.falsePositives == 1 && negatives.trueNegatives == 1)
    }
}
