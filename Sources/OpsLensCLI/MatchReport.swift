import OpsLens

/// The human-readable explanation of one comparison, as `opslens match NAME1 NAME2` prints it.
struct ComparisonReport {
    var comparison: NameComparison

    init(_ comparison: NameComparison) {
        self.comparison = comparison
    }

    var text: String {
        let c = comparison
        var lines: [String] = []
        lines.append("name 1:     \(c.left.original)")
        lines.append("normalised: \(describe(c.left))")
        lines.append("name 2:     \(c.right.original)")
        lines.append("normalised: \(describe(c.right))")
        if c.exactOnly { lines.append("mode:       exact only (weak alias)") }
        lines.append("pairs:")
        if c.pairs.isEmpty { lines.append("  (none)") }
        for pair in c.pairs {
            let kind = pair.kind == .typo ? "typo, \(pair.edits) edit\(pair.edits == 1 ? "" : "s")" : pair.kind.rawValue
            lines.append("  \(pair.left.joined(separator: " ")) ~ \(pair.right.joined(separator: " "))  \(kind)  similarity \(format(pair.similarity))  weight \(format(pair.weight))")
        }
        for token in c.unpairedLeft { lines.append("  \(token.text) ~ (nothing)  weight \(format(token.weight))") }
        for token in c.unpairedRight { lines.append("  (nothing) ~ \(token.text)  weight \(format(token.weight))") }
        lines.append("legal forms: \(c.legalForms.rawValue)")
        lines.append("numbers:     \(c.numbersAgree ? "agree" : "differ")")
        lines.append("why:")
        lines.append(contentsOf: c.reasons.map { "  " + $0 })
        lines.append("score:       \(format(c.score))")
        lines.append("decision:    \(c.decision.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ name: NormalizedName) -> String {
        let words = name.tokens.map(\.text).joined(separator: " ")
        let legal = name.legalForms.isEmpty ? "" : "  [legal form: \(name.legalForms.joined(separator: ", "))]"
        return (words.isEmpty ? "(no words)" : words) + legal
    }

    private func format(_ value: Double) -> String {
        ScoreFormat.decimal(value)
    }
}
