/// Precision, recall and F1 of a scorer on labelled pairs, at a range of thresholds.
public struct Calibration: Sendable, Hashable, Codable {
    /// The figures at one threshold, counting a pair as predicted a match when its score is at or above it.
    public struct Point: Sendable, Hashable, Codable {
        public var threshold: Double
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
        public var trueNegatives: Int
        /// TP / (TP + FP); 1 when nothing is predicted a match.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// TP / (TP + FN); 1 when there is no true match.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// The figures at each threshold, ascending.
    public var points: [Point]

    /// The thresholds tried by default: 0.50 to 1.00 in steps of 0.01.
    public static let defaultThresholds: [Double] = stride(from: 50, through: 100, by: 1).map { Double($0) / 100 }

    /// Computes the figures for `scored` (score, label) pairs at each of `thresholds`.
    public init(scored: [(score: Double, isMatch: Bool)], thresholds: [Double] = Calibration.defaultThresholds) {
        points = thresholds.sorted().map { threshold in
            var point = Point(threshold: threshold, truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0)
            for (score, isMatch) in scored {
                switch (score >= threshold - 1e-9, isMatch) {
                case (true, true): point.truePositives += 1
                case (true, false): point.falsePositives += 1
                case (false, true): point.falseNegatives += 1
                case (false, false): point.trueNegatives += 1
                }
            }
            return point
        }
    }

    /// The threshold with the best F1; among equals, the highest (fewer false positives).
    public var recommended: Point? {
        points.max { ($0.f1, $0.threshold) < ($1.f1, $1.threshold) }
    }

    /// The figures at `threshold`, when it is one of ``points``.
    public func point(at threshold: Double) -> Point? {
        points.first { abs($0.threshold - threshold) < 1e-9 }
    }
}
