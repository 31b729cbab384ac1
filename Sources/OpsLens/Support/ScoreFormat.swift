/// Scores, weights and rates as text, with one rounding everywhere: to the nearest, halves away from zero.
///
/// A finding, `opslens match`, `opslens calibrate` and the report formats all print a score through these,
/// so the same score reads the same wherever it is shown (0.8889 is `0.889`, never `0.888`).
public enum ScoreFormat {
    /// `value` rounded to `places` decimals, as a number (for JSON and CSV cells).
    public static func rounded(_ value: Double, places: Int = 3) -> Double {
        guard value.isFinite else { return value }
        let scale = power(places)
        return (value * scale).rounded() / scale
    }

    /// `value` rounded to `places` decimals, without trailing zeros: `0.889`, `0.9`, `1`.
    public static func decimal(_ value: Double, places: Int = 3) -> String {
        let result = rounded(value, places: places)
        guard result.isFinite, abs(result) < 1e15 else { return "\(result)" }
        return result == result.rounded() ? "\(Int(result))" : "\(result)"
    }

    /// `value` rounded to `places` decimals, always with that many: `0.89`, `1.00`, `0.850`.
    public static func fixed(_ value: Double, places: Int) -> String {
        let scale = power(places)
        guard value.isFinite, abs(value) * scale < 1e15 else { return "\(value)" }
        let units = Int((abs(value) * scale).rounded())
        let whole = units / Int(scale), fraction = String(units % Int(scale))
        let sign = value < 0 && units > 0 ? "-" : ""
        guard places > 0 else { return sign + "\(whole)" }
        return sign + "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    private static func power(_ places: Int) -> Double {
        (0..<max(0, places)).reduce(1) { product, _ in product * 10 }
    }
}
