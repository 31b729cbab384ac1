extension ScreeningReport {
    /// Puts the findings in the order people read them: most severe first, open before waived, then by
    /// portfolio, file, line, rule and id. The formats render findings in the report's order, so sorting once
    /// makes every format list them alike, however the screening produced them. The summary is recomputed in
    /// the new order, so even its sum of market values is the same to the last bit.
    public mutating func sortFindingsBySeverity() {
        findings.sort(by: Self.readingOrder)
        resolved.sort(by: Self.readingOrder)
        refreshSummary()
    }

    static func readingOrder(_ left: Finding, _ right: Finding) -> Bool {
        if left.severity != right.severity { return left.severity > right.severity }
        if left.status != right.status { return left.status == .open }
        let leftKey = (left.holding.portfolio, left.holding.file, left.holding.line)
        let rightKey = (right.holding.portfolio, right.holding.file, right.holding.line)
        if leftKey != rightKey { return leftKey < rightKey }
        let leftRule = left.rule?.id ?? "", rightRule = right.rule?.id ?? ""
        if leftRule != rightRule { return leftRule < rightRule }
        return left.id < right.id
    }
}
