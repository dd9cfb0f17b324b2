import CSV
import Foundation
import Workforce

/// A planning CSV file read whole, each record keeping its line number for error messages.
///
/// The same habits as the hub's own files (docs/data-format.md): a byte-order mark, CRLF line
/// ends, blank rows and header names in any case are accepted; an unknown, repeated or missing
/// column is an error, so a misspelt column is never silently ignored. Workforce keeps its reader
/// internal, so Planning has this small one of its own that reports through `InputError`.
struct PlanningTable {
    let fileName: String
    let header: [String]
    let rows: [PlanningRecord]

    /// Reads `text`; columns must be among `required + optional`, and every one of `required` present.
    static func parse(_ text: String, fileName: String, required: [String], optional: [String],
                      errors: inout [InputError]) -> PlanningTable? {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) {
            return PlanningTable(fileName: fileName, header: [], rows: [])
        }
        guard let recordLines = recordStartLines(text, fileName: fileName, errors: &errors) else { return nil }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            errors.append(InputError(file: fileName, line: 1, field: nil, problem: "the file could not be read as CSV (\(error)).",
                                     fix: "save it from Excel as \"CSV UTF-8 (Comma delimited)\"."))
            return nil
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard checkHeader(header, fileName: fileName, required: required, optional: optional, errors: &errors) else {
            return nil
        }
        var rows: [PlanningRecord] = []
        var recordIndex = 0
        var line = 1
        while let fields = reader.next() {
            recordIndex += 1
            line = recordIndex < recordLines.count ? recordLines[recordIndex] : line + 1
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.isEmpty }) {
                errors.append(InputError(file: fileName, line: line, field: nil,
                                         problem: "the row has \(fields.count) fields but the header has \(header.count).",
                                         fix: "remove the extra values or put a value with a comma in double quotes."))
                continue
            }
            var values: [String: String] = [:]
            for (index, column) in header.enumerated() where index < fields.count {
                values[column] = fields[index]
            }
            rows.append(PlanningRecord(fileName: fileName, line: line, values: values))
        }
        if let error = reader.error {
            errors.append(InputError(file: fileName, line: line + 1, field: nil, problem: "the CSV is malformed (\(error)).",
                                     fix: "check for an unmatched double quote."))
        }
        return PlanningTable(fileName: fileName, header: header, rows: rows)
    }

    /// Reports repeated, unknown and missing columns; false when any was found.
    private static func checkHeader(_ header: [String], fileName: String, required: [String], optional: [String],
                                    errors: inout [InputError]) -> Bool {
        let before = errors.count
        let known = Set(required + optional)
        for (index, column) in header.enumerated() where !column.isEmpty && header[..<index].contains(column) {
            errors.append(InputError(file: fileName, line: 1, field: column, problem: "the column \"\(column)\" appears twice.",
                                     fix: "delete or rename one of them."))
        }
        for column in header where !known.contains(column) && !column.isEmpty {
            errors.append(InputError(file: fileName, line: 1, field: column, problem: "unknown column \"\(column)\".",
                                     fix: "rename it to one of: \((required + optional).joined(separator: ", ")) (see docs/planning.md)."))
        }
        for column in required where !header.contains(column) {
            errors.append(InputError(file: fileName, line: 1, field: column, problem: "the required column \"\(column)\" is missing.",
                                     fix: "add a column headed \"\(column)\" (see docs/planning.md)."))
        }
        return errors.count == before
    }

    /// The line on which each record starts (a quoted field may hold line breaks), or nil with an
    /// error when a double quote is never closed: the CSV reader would silently swallow the rest.
    private static func recordStartLines(_ text: String, fileName: String, errors: inout [InputError]) -> [Int]? {
        var starts = [1]
        var line = 1
        var inQuotes = false
        var quoteOpenedOn = 1
        for character in text {
            if character == "\"" {
                if !inQuotes { quoteOpenedOn = line }
                inQuotes.toggle()
            } else if character.isNewline {
                line += 1
                // "\r\n" is one Character in Swift, so each line break is counted once.
                if !inQuotes { starts.append(line) }
            }
        }
        if inQuotes {
            errors.append(InputError(file: fileName, line: quoteOpenedOn, field: nil,
                                     problem: "a double quote opened on this line is never closed, so the rest of the file would be read as one value.",
                                     fix: "close the quote, or remove it (Excel adds quotes itself when needed)."))
            return nil
        }
        return starts
    }
}
