/// Wording and escaping shared by the formats, so that they describe a finding the same way.
enum ReportText {
    /// `"Name (isin:US…)"`, the security key alone when the holding has no name, the name alone when it has no
    /// identifier.
    static func security(_ holding: HoldingReference) -> String {
        guard let name = holding.name, !name.isEmpty else { return holding.securityKey }
        return holding.identifiers.isEmpty ? name : "\(name) (\(holding.securityKey))"
    }

    /// Whether `url` is an `http` or `https` URL, the only kinds the formats turn into links.
    static func isWebURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    /// A SHA-256 as reported, or `"(missing)"` when the run could not compute it.
    static func digest(_ sha256: String) -> String {
        sha256.isEmpty ? "(missing)" : sha256
    }

    /// `"file:line"`.
    static func location(_ holding: HoldingReference) -> String {
        "\(holding.file):\(holding.line)"
    }

    /// Identifiers as `isin=…; ticker=…`, in a fixed order.
    static func identifiers(_ holding: HoldingReference) -> String {
        holding.identifiers.keys.sorted(by: identifierOrder).map { "\($0)=\(holding.identifiers[$0]!)" }
            .joined(separator: "; ")
    }

    /// The identifier kinds in the order the formats list them (known kinds first, then others by name).
    static func identifierOrder(_ left: String, _ right: String) -> Bool {
        let known = ["isin", "cusip", "sedol", "figi", "lei", "ticker"]
        switch (known.firstIndex(of: left), known.firstIndex(of: right)) {
        case let (l?, r?): return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return left < right
        }
    }

    /// `"Entity name [list sourceId]"`, or `"—"` for data findings.
    static func entity(_ finding: Finding) -> String {
        guard let entity = finding.entity else { return "—" }
        return "\(entity.name) [\(entity.list) \(entity.sourceId)]"
    }

    /// `"isin 1.00"`, `"name-fuzzy 0.91 ≈ ALIAS"`.
    static func match(_ finding: Finding) -> String {
        guard let match = finding.match else { return "—" }
        var text = "\(match.method) \(score(match.score))"
        if let name = match.matchedName, match.method.hasPrefix("name") || match.method.contains("alias") {
            text += " ≈ \(name)"
        }
        return text
    }

    /// `["ownership: …"]`: the ownership explanation of a finding reached through ownership, or none.
    static func ownership(_ finding: Finding) -> [String] {
        finding.match?.ownership.map { ["ownership: " + $0.summary] } ?? []
    }

    /// A score with two decimals.
    static func score(_ value: Double) -> String {
        ScoreFormat.fixed(value, places: 2)
    }

    /// A one-sentence description of the finding, for messages.
    static func message(_ finding: Finding) -> String {
        var text = "\(finding.holding.portfolio): \(security(finding.holding))"
        if let entity = finding.entity {
            text += " matches \(entity.name) on \(entity.list)"
            if let match = finding.match { text += " (\(match.method), score \(score(match.score)))" }
        }
        if let rule = finding.rule { text += " under \(rule.id)" }
        return text + ". " + finding.action
    }

    /// A money amount with thousands separators and two decimals, e.g. `-1,234,567.89`.
    static func amount(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        let cents = Int((abs(value) * 100).rounded())
        var whole = String(cents / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        return (value < 0 && cents > 0 ? "-" : "") + whole + grouped + "." + format2(cents % 100)
    }

    /// The market value affected, per currency when the summary has it: `"CNY 512,345.67; HKD 99,000.00"`.
    static func marketValueAffected(_ summary: ReportSummary) -> String {
        guard let byCurrency = summary.marketValueAffectedByCurrency, !byCurrency.isEmpty else {
            return amount(summary.marketValueAffected)
        }
        return byCurrency.keys.sorted().map { currency in
            (currency.isEmpty ? "" : currency + " ") + amount(byCurrency[currency]!)
        }.joined(separator: "; ")
    }

    /// A number as spreadsheets and scripts read it: integral values without a fraction, others in full.
    static func plainNumber(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Replaces control characters (other than tab and line breaks when allowed) with U+FFFD, so hostile text
    /// cannot drive a terminal or break an XML document.
    static func withoutControlCharacters(_ text: String, keepingLineBreaks: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isLineBreak = value == 0x0A || value == 0x0D || value == 0x09
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
            if isControl && !(keepingLineBreaks && isLineBreak) {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Escapes text for XML and HTML content and attribute values.
    static func xmlEscaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in withoutControlCharacters(text, keepingLineBreaks: true) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func format2(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
