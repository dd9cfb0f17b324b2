import CSV
import Foundation

/// Renders rows as CSV text that Excel opens cleanly and safely: RFC 4180 quoting, CRLF line ends,
/// and every cell through `SpreadsheetCell.escaped`, so no value from a hub runs as a formula.
public enum CSVDocument {
    public static func make(header: [String], rows: [[String]]) -> String {
        do {
            let stream = OutputStream(toMemory: ())
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header.map(SpreadsheetCell.escaped))
            for row in rows { try writer.write(row: row.map(SpreadsheetCell.escaped)) }
            writer.stream.close()
            let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
            // The writer separates rows; a file also ends its last line.
            return String(decoding: data, as: UTF8.self) + "\r\n"
        } catch {
            // Writing to memory cannot fail short of running out of it.
            preconditionFailure("CSV writing to memory failed: \(error)")
        }
    }
}
