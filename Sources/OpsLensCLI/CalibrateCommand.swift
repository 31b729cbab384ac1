import ArgumentParser
import OpsLens

/// `opslens calibrate`: precision, recall and F1 at each threshold on the user's labelled pairs.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Measure precision, recall and F1 at each threshold on labelled name pairs, and recommend one.",
        discussion: """
        The file's header is name1,name2,is_match (is_match: 1 or 0). A pair counts as predicted a \
        match when its score is at or above the threshold. The recommended threshold has the best F1 \
        (the highest such threshold on a tie). When the file has a `kind` (or `category`) column, the \
        figures per kind at the current match threshold follow (Tests/OpsLensTests/Names/Fixtures holds \
        org-pairs-tuning.csv and the held-out org-pairs-heldout.csv, with kinds).
        """
    )

    @Option(name: .long, help: "A CSV file with the header name1,name2,is_match.")
    var pairs: String

    func run() throws {
        let rows = try PairsInput.read(pairs, requireLabels: true)
        let scorer = NameScorer()
        let scoredWithKinds = rows.map { (score: scorer.compare($0.name1, $0.name2).score, isMatch: $0.isMatch ?? false, kind: $0.kind) }
        let scored = scoredWithKinds.map { (score: $0.score, isMatch: $0.isMatch) }
        let calibration = Calibration(scored: scored)
        let positives = scored.filter(\.isMatch).count
        print("pairs: \(scored.count) (\(positives) labelled match, \(scored.count - positives) labelled no-match)")
        print("threshold  precision  recall  f1     tp   fp   fn   tn")
        for point in calibration.points {
            print([pad(fixed(point.threshold), 9), pad(fixed(point.precision), 10), pad(fixed(point.recall), 7), pad(fixed(point.f1), 6),
                   pad("\(point.truePositives)", 4), pad("\(point.falsePositives)", 4), pad("\(point.falseNegatives)", 4), "\(point.trueNegatives)"]
                .joined(separator: " "))
        }
        if let best = calibration.recommended {
            print("recommended threshold: \(fixed(best.threshold)) (precision \(fixed(best.precision)), recall \(fixed(best.recall)), f1 \(fixed(best.f1)))")
        }
        print("current threshold: \(fixed(MatchThresholds.standard.match)) (review from \(fixed(MatchThresholds.standard.review)))")
        guard rows.contains(where: { $0.kind != nil }) else { return }
        print("")
        print("by kind at \(fixed(MatchThresholds.standard.match)):")
        print("kind                        pairs  precision  recall  f1     tp   fp   fn   tn")
        for entry in Calibration.byKind(scoredWithKinds, threshold: MatchThresholds.standard.match) {
            let point = entry.point
            let count = point.truePositives + point.falsePositives + point.falseNegatives + point.trueNegatives
            print([pad(entry.kind, 27), pad("\(count)", 6), pad(fixed(point.precision), 10), pad(fixed(point.recall), 7), pad(fixed(point.f1), 6),
                   pad("\(point.truePositives)", 4), pad("\(point.falsePositives)", 4), pad("\(point.falseNegatives)", 4), "\(point.trueNegatives)"]
                .joined(separator: " "))
        }
    }

    private func fixed(_ value: Double) -> String {
        ScoreFormat.fixed(value, places: 3)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
