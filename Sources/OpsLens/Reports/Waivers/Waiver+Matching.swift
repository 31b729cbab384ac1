extension Waiver {
    /// Whether the waiver names `finding`: by its id, or by portfolio + security + rule.
    ///
    /// The security `KIND:VALUE` matches when the holding gave that identifier (any of them, not only the most
    /// specific one), ignoring case; `name:` matches the holding's name. Rule `data` names data findings.
    public func matches(_ finding: Finding) -> Bool {
        if let findingId { return findingId.lowercased() == finding.id.lowercased() }
        guard let portfolio, let security, let rule, portfolio == finding.holding.portfolio,
              rule == (finding.rule?.id ?? FindingFingerprint.dataRule),
              let colon = security.firstIndex(of: ":") else { return false }
        let kind = security[..<colon].lowercased()
        let value = security[security.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let given = kind == "name" ? finding.holding.name : finding.holding.identifiers[kind]
        return given.map { $0.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(value) == .orderedSame } ?? false
    }

    /// Whether the waiver is in force on `date`: approved on or before it, expiring on or after it, compared as days.
    public func isInForce(on date: CalendarDate) -> Bool {
        approvedAt <= date && date <= (expiresAt ?? .distantFuture)
    }

    /// Whether the waiver is in force on `date` (YYYY-MM-DD); false when `date` is not a date.
    public func isInForce(on date: String) -> Bool {
        CalendarDate(iso: date).map { isInForce(on: $0) } ?? false
    }
}
