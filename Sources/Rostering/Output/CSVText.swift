import CSV
import Foundation

/// Renders rows as CSV text Excel opens cleanly (RFC 4180 quoting, CRLF line ends).
enum CSVText {
    static func make(header: [String], rows: [[String]]) -> String {
        do {
            let stream = OutputStream(toMemory: ())
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row) }
            writer.stream.close()
            guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
            return String(decoding: data, as: UTF8.self)
        } catch {
            // Writing to memory cannot fail short of running out of it.
            preconditionFailure("CSV writing to memory failed: \(error)")
        }
    }

    /// Hours and other quantities with at most one decimal place, as a manager reads them.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        guard abs(value) < 1e15 else { return "\(value)" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
