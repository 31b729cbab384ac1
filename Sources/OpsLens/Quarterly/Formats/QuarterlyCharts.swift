/// The quarterly report's charts as inline SVG: no script, no fonts or images from outside, text escaped.
enum QuarterlyCharts {
    static let severityColors: [(Severity, String)] = [
        (.block, "#b3261e"), (.warn, "#b26a00"), (.review, "#7b3fa0"), (.data, "#1f6f8b"), (.info, "#8a8a8a"),
    ]

    /// Findings at each portfolio's last snapshot, one stacked bar per portfolio, a segment per severity.
    static func findingsBySeverity(_ portfolios: [PortfolioSummary]) -> String {
        let width = 390.0, label = 110.0, row = 22.0
        let maximum = max(1, portfolios.map { $0.findingsBySeverity.values.reduce(0, +) }.max() ?? 0)
        let height = row * Double(portfolios.count) + 34
        var svg = open("Findings by severity and portfolio", width: width, height: height)
        for (index, portfolio) in portfolios.enumerated() {
            let y = Double(index) * row + 4
            svg += text(label - 6, y + 14, portfolio.portfolio, anchor: "end")
            var x = label
            for (severity, color) in severityColors {
                let count = portfolio.findingsBySeverity[severity.rawValue] ?? 0
                guard count > 0 else { continue }
                let length = (width - label - 30) * Double(count) / Double(maximum)
                svg += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(length))\" height=\"16\" fill=\"\(color)\">"
                    + "<title>\(e(portfolio.portfolio)): \(count) \(severity.rawValue)</title></rect>\n"
                x += length
            }
            svg += text(x + 4, y + 13, String(portfolio.findingsBySeverity.values.reduce(0, +)))
        }
        var x = label
        for (severity, color) in severityColors {
            svg += "<rect x=\"\(n(x))\" y=\"\(n(height - 20))\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
                + text(x + 13, height - 11, severity.rawValue)
            x += 54
        }
        return svg + "</svg>\n"
    }

    /// Market value exposed per list: the list's name, then a bar at the period's start and one at its end.
    static func exposureByList(_ exposure: [ListExposure]) -> String {
        let width = 340.0, row = 54.0, barRoom = 230.0
        let maximum = max(1, exposure.flatMap { [$0.marketValueAtStart, $0.marketValueAtEnd] }.max() ?? 0)
        let height = row * Double(max(1, exposure.count)) + 20
        var svg = open("Market value exposed by list, start and end", width: width, height: height)
        if exposure.isEmpty { svg += text(0, 20, "No exposure") }
        for (index, list) in exposure.enumerated() {
            let y = Double(index) * row
            svg += text(0, y + 12, list.list)
            for (offset, value, color, when) in [(17.0, list.marketValueAtStart, "#9aa5b8", "start"), (34.0, list.marketValueAtEnd, "#2f4b7c", "end")] {
                let length = max(value > 0 ? 1 : 0, barRoom * value / maximum)
                svg += "<rect x=\"0\" y=\"\(n(y + offset))\" width=\"\(n(length))\" height=\"14\" fill=\"\(color)\">"
                    + "<title>\(e(list.list)) at \(when): \(ReportText.amount(value))</title></rect>\n"
                svg += text(length + 4, y + offset + 11, ReportText.amount(value))
            }
        }
        svg += "<rect x=\"0\" y=\"\(n(height - 14))\" width=\"10\" height=\"10\" fill=\"#9aa5b8\"/>" + text(13, height - 5, "start")
        svg += "<rect x=\"60\" y=\"\(n(height - 14))\" width=\"10\" height=\"10\" fill=\"#2f4b7c\"/>" + text(73, height - 5, "end")
        return svg + "</svg>\n"
    }

    /// Breaches open over the period, as a step line from its first to its last day.
    static func openBreaches(_ counts: [OpenBreachCount], period: ReportingPeriod) -> String {
        let width = 340.0, height = 150.0, left = 30.0, right = 10.0, top = 10.0, bottom = 30.0
        let days = Double(max(1, period.to.dayNumber - period.from.dayNumber))
        let maximum = Double(max(1, counts.map(\.open).max() ?? 0))
        func x(_ date: String) -> Double {
            let day = CalendarDate(iso: date).map { Double($0.dayNumber - period.from.dayNumber) } ?? 0
            return left + (width - left - right) * min(max(day, 0), days) / days
        }
        func y(_ open: Int) -> Double { top + (height - top - bottom) * (1 - Double(open) / maximum) }
        var svg = open("Breaches open over the period", width: width, height: height)
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(y(0)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(0)))\" stroke=\"#555\"/>\n"
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(y(0)))\" stroke=\"#555\"/>\n"
        svg += text(left - 4, y(Int(maximum)) + 4, String(Int(maximum)), anchor: "end") + text(left - 4, y(0) + 4, "0", anchor: "end")
        svg += text(left, height - 12, period.from.description) + text(width - right, height - 12, period.to.description, anchor: "end")
        var points: [String] = []
        for (index, count) in counts.enumerated() {
            let end = index + 1 < counts.count ? x(counts[index + 1].date) : width - right
            points.append("\(n(x(count.date))),\(n(y(count.open)))")
            points.append("\(n(end)),\(n(y(count.open)))")
        }
        svg += "<polyline fill=\"none\" stroke=\"#b3261e\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n"
        for count in counts {
            svg += "<circle cx=\"\(n(x(count.date)))\" cy=\"\(n(y(count.open)))\" r=\"3\" fill=\"#b3261e\">"
                + "<title>\(e(count.date)): \(count.open) open</title></circle>\n"
        }
        return svg + "</svg>\n"
    }

    private static func open(_ title: String, width: Double, height: Double) -> String {
        "<svg role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(width))\" height=\"\(n(height))\" aria-label=\"\(e(title))\"><title>\(e(title))</title>\n"
    }

    private static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(e(content))</text>\n"
    }

    /// A coordinate with at most one decimal.
    private static func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }

    private static func e(_ text: String) -> String {
        ReportText.xmlEscaped(text)
    }
}
