import CSV
import Foundation

/// Renders rows as CSV text that Excel opens cleanly and safely: RFC 4180 quoting, CRLF line ends,
/// and every cell through `SpreadsheetCell.escaped`, so no value from a hub runs as a formula.
///
/// A file leaves for a person through `fileData(_:)` (or `withByteOrderMark(_:)`), which puts a UTF-8
/// byte order mark first: without it Excel on Windows reads the file as the local code page and
/// "Zoë" comes out as "ZoÃ«". Every reader of ours (`CSVTable`) skips the mark.
public enum CSVDocument {
    /// U+FEFF, written first in every CSV file we hand to people.
    public static let byteOrderMark = "\u{FEFF}"

    /// `text` with the byte order mark first (once: text that has it already is returned as it is).
    public static func withByteOrderMark(_ text: String) -> String {
        text.hasPrefix(byteOrderMark) ? text : byteOrderMark + text
    }

    /// The bytes of a CSV file as written to disk or sent: the byte order mark, then `text` in UTF-8.
    public static func fileData(_ text: String) -> Data {
        Data(withByteOrderMark(text).utf8)
    }

    /// The bytes of an output file named `name`: CSV files get the byte order mark, others are `text` as it is.
    public static func fileData(_ text: String, named name: String) -> Data {
        name.lowercased().hasSuffix(".csv") ? fileData(text) : Data(text.utf8)
    }

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
