import Foundation

/// How planning outputs write numbers: a fixed number of decimals for people, plain for CSV.
public enum NumberText {
    /// `value` rounded to `decimals` places, without a trailing ".0" when whole and decimals is 1.
    public static func fixed(_ value: Double, _ decimals: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        let text = String(format: "%.\(decimals)f", value)
        // "-0.0" reads as a mistake to a manager.
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// The shortest text for a bound or a setting: `18`, `0.95`.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A share as a percentage with one decimal: `0.953` → `95.3%`.
    public static func percent(_ share: Double, _ decimals: Int = 1) -> String {
        "\(fixed(share * 100, decimals))%"
    }

    /// A signed difference for side-by-side tables: `+3`, `-1.5`, `0`.
    public static func signed(_ value: Double, _ decimals: Int = 1) -> String {
        let text = fixed(value, decimals)
        return value > 0 && text != fixed(0, decimals) ? "+" + text : text
    }
}
