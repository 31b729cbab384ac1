extension Calibration {
    /// The figures of one kind of pair (`typo`, `hard-negative`) at one threshold.
    public struct KindPoint: Sendable, Hashable, Codable {
        /// The kind, as the pairs file names it.
        public var kind: String
        /// The figures for the pairs of that kind.
        public var point: Point
    }

    /// The figures per kind of pair at `threshold`, in kind order; pairs without a kind count as `other`.
    ///
    /// A kind of only matches has no false positive to make, and one of only non-matches no true
    /// positive: read precision for the latter and recall for the former.
    public static func byKind(_ scored: [(score: Double, isMatch: Bool, kind: String?)], threshold: Double) -> [KindPoint] {
        let groups = Dictionary(grouping: scored) { $0.kind ?? "other" }
        return groups.keys.sorted().map { kind in
            let pairs = groups[kind]!.map { (score: $0.score, isMatch: $0.isMatch) }
            return KindPoint(kind: kind, point: Calibration(scored: pairs, thresholds: [threshold]).points[0])
        }
    }
}
