import Testing
import OpsLens

@Suite("Scores as text")
struct ScoreFormatTests {
    @Test("rounds to the nearest, not down: two thirds is 0.667 wherever it is printed")
    func roundsToNearest() {
        #expect(ScoreFormat.decimal(2.0 / 3) == "0.667")
        #expect(ScoreFormat.rounded(2.0 / 3) == 0.667)
        #expect(ScoreFormat.fixed(2.0 / 3, places: 2) == "0.67")
        #expect(ScoreFormat.fixed(2.0 / 3, places: 3) == "0.667")
    }

    @Test("drops trailing zeros in decimals and keeps them in fixed places")
    func trailingZeros() {
        #expect(ScoreFormat.decimal(1) == "1")
        #expect(ScoreFormat.decimal(0.9) == "0.9")
        #expect(ScoreFormat.decimal(0.85) == "0.85")
        #expect(ScoreFormat.fixed(1, places: 2) == "1.00")
        #expect(ScoreFormat.fixed(0.05, places: 3) == "0.050")
        #expect(ScoreFormat.fixed(-0.004, places: 2) == "0.00")
        #expect(ScoreFormat.fixed(-0.5, places: 2) == "-0.50")
    }
}
