/// Why a finding reached through ownership does (or, for a note, does not) apply: each link from
/// the holding's issuer up to the listed party, and how the rule's scope judged the aggregate.
public struct OwnershipExplanation: Hashable, Sendable, Codable {
    /// The relationship of the two links that tie an LEI to the list entry publishing it.
    public static let sameParty = "the list entry publishes this LEI"

    /// The rule's `subsidiaries:` scope (`owned-50-percent-aggregate`, `controlled-subsidiaries`, `listed-only`).
    public var scope: String
    /// Whether the issuer is restricted through ownership under the scope.
    public var restricted: Bool
    /// What blocked or listed parties own of the issuer together, in percent (aggregate scope).
    public var aggregatePercent: Double?
    /// The share at which the scope restricts (50 for the OFAC rule).
    public var threshold: Double?
    /// One sentence: why the aggregate crossed, or did not cross, the threshold.
    public var reason: String
    /// The links from the issuer up to the listed party, in order.
    public var links: [Step]

    public init(scope: String, restricted: Bool, aggregatePercent: Double?, threshold: Double?, reason: String, links: [Step]) {
        self.scope = scope
        self.restricted = restricted
        self.aggregatePercent = aggregatePercent
        self.threshold = threshold
        self.reason = reason
        self.links = links
    }

    /// One link: who owns or controls whom, how, and where it was read.
    public struct Step: Hashable, Sendable, Codable {
        public var child: String
        public var parent: String
        /// The direct share in percent, when the source gives one.
        public var percent: Double?
        /// Whether the link is control (consolidation, branch, in-house `controlled`).
        public var control: Bool
        /// The relationship type or source, e.g. `GLEIF RR IS_DIRECTLY_CONSOLIDATED_BY`.
        public var relationship: String
        /// The file and line the link was read from, when it was read from a file.
        public var file: String?
        public var line: Int?

        public init(child: String, parent: String, percent: Double?, control: Bool, relationship: String,
                    file: String?, line: Int?) {
            self.child = child
            self.parent = parent
            self.percent = percent
            self.control = control
            self.relationship = relationship
            self.file = file
            self.line = line
        }
    }

    /// The explanation in one line, for text renderers: `reason; path: A → B → C`.
    public var summary: String {
        let chain = links.map { step in
            let place = step.file.map { ", " + SourceLocation(file: $0, line: step.line).description } ?? ""
            if step.relationship == OwnershipExplanation.sameParty { return "\(step.child) = \(step.parent) (\(step.relationship)\(place))" }
            let strength = OwnershipLink<String>.strength(percent: step.percent, isControl: step.control)
            return "\(step.child) —\(strength) (\(step.relationship)\(place))→ \(step.parent)"
        }
        return chain.isEmpty ? reason : "\(reason); path: \(chain.joined(separator: "; "))"
    }
}
