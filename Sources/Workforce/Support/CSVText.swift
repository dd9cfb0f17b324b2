import Foundation

/// CSV helpers for the rota's output files.
public enum CSVText {
    public static func make(header: [String], rows: [[String]]) -> String {
        CSVDocument.make(header: header, rows: rows)
    }

    /// Hours and other quantities with at most one decimal place, as a manager reads them.
    public static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        guard abs(value) < 1e15 else { return "\(value)" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
