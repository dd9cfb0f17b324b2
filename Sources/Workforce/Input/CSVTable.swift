import CSV
import Foundation

/// A CSV file read whole, with each record's line number kept for error messages.
///
/// Excel's habits are accepted: a byte-order mark, CRLF line ends, blank trailing rows,
/// header names in any case with spaces around them.
struct CSVTable {
    let fileName: String
    let header: [String]
    let rows: [CSVRecord]

    /// Reads `text`; the columns must be among `known`, and every one of `required` present.
    static func parse(_ text: String, fileName: String, required: [String], optional: [String],
                      allowEmpty: Bool = false, errors: inout [InputError]) -> CSVTable? {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.allSatisfy(\.isWhitespace) {
            // Excel leaves a file with nothing in it when every row is deleted.
            if allowEmpty { return CSVTable(fileName: fileName, header: [], rows: []) }
            errors.append(InputError(file: fileName, line: 1, field: nil, problem: "the file is empty.",
                                     fix: "put the header row first: \(required.joined(separator: ","))."))
            return nil
        }
        guard let recordLines = recordStartLines(text, fileName: fileName, errors: &errors) else { return nil }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            errors.append(InputError(file: fileName, line: 1, field: nil,
                                     problem: "the file could not be read as CSV (\(error)).",
                                     fix: "save it from Excel as \"CSV UTF-8 (Comma delimited)\"."))
            return nil
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known = Set(required + optional)
        var headerIsValid = true
        for (index, column) in header.enumerated() where !column.isEmpty && header[..<index].contains(column) {
            headerIsValid = false
            errors.append(InputError(file: fileName, line: 1, field: column, problem: "the column \"\(column)\" appears twice.",
                                     fix: "delete or rename one of them."))
        }
        for column in header where !known.contains(column) && !column.isEmpty {
            headerIsValid = false
            errors.append(InputError(file: fileName, line: 1, field: column,
                                     problem: "unknown column \"\(column)\".",
                                     fix: "rename it to one of: \((required + optional).joined(separator: ", ")) (see docs/data-format.md)."))
        }
        for column in required where !header.contains(column) {
            headerIsValid = false
            errors.append(InputError(file: fileName, line: 1, field: column,
                                     problem: "the required column \"\(column)\" is missing.",
                                     fix: "add a column headed \"\(column)\" (see docs/data-format.md)."))
        }
        guard headerIsValid else { return nil }

        var rows: [CSVRecord] = []
        var recordIndex = 0
        var line = 1
        while let fields = reader.next() {
            recordIndex += 1
            line = recordIndex < recordLines.count ? recordLines[recordIndex] : line + 1
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.isEmpty }) {
                errors.append(InputError(file: fileName, line: line, field: nil,
                                         problem: "the row has \(fields.count) fields but the header has \(header.count).",
                                         fix: "remove the extra values or add a header for them."))
                continue
            }
            var values: [String: String] = [:]
            for (index, column) in header.enumerated() where index < fields.count {
                values[column] = fields[index]
            }
            rows.append(CSVRecord(fileName: fileName, line: line, values: values))
        }
        if let error = reader.error {
            errors.append(InputError(file: fileName, line: line + 1, field: nil,
                                     problem: "the CSV is malformed (\(error)).",
                                     fix: "check for an unmatched double quote."))
        }
        return CSVTable(fileName: fileName, header: header, rows: rows)
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

/// One data row of a CSV file; accessors record an `InputError` and return nil when a value is bad.
struct CSVRecord {
    let fileName: String
    let line: Int
    let values: [String: String]

    func text(_ column: String) -> String { values[column] ?? "" }

    func error(_ column: String?, _ problem: String, fix: String) -> InputError {
        InputError(file: fileName, line: line, field: column, problem: problem, fix: fix)
    }

    func required(_ column: String, _ errors: inout [InputError], fix: String) -> String? {
        let value = text(column)
        if value.isEmpty {
            errors.append(error(column, "the value is empty.", fix: fix))
            return nil
        }
        return value
    }

    func date(_ column: String, _ errors: inout [InputError], optional: Bool = false) -> LocalDate? {
        let value = text(column)
        if value.isEmpty {
            if !optional {
                errors.append(error(column, "the date is empty.", fix: "write a date as YYYY-MM-DD, e.g. 2026-12-24."))
            }
            return nil
        }
        guard let date = LocalDate(value) else {
            errors.append(error(column, "\"\(value)\" is not a date.", fix: "write a real date as YYYY-MM-DD (or DD/MM/YYYY), e.g. 2026-12-24."))
            return nil
        }
        return date
    }

    func number(_ column: String, _ errors: inout [InputError], in range: ClosedRange<Double>, optional: Bool = false,
                meaning: String) -> Double? {
        let value = text(column)
        if value.isEmpty {
            if !optional {
                errors.append(error(column, "the value is empty.", fix: "write \(meaning)."))
            }
            return nil
        }
        guard let number = Double(value), number.isFinite else {
            errors.append(error(column, "\"\(value)\" is not a number.", fix: "write \(meaning), with a full stop for decimals."))
            return nil
        }
        guard range.contains(number) else {
            errors.append(error(column, "\(value) is out of range.",
                                fix: "write \(meaning), between \(format(range.lowerBound)) and \(format(range.upperBound))."))
            return nil
        }
        return number
    }

    func integer(_ column: String, _ errors: inout [InputError], in range: ClosedRange<Int>, meaning: String) -> Int? {
        let value = text(column)
        guard let number = Int(value) else {
            errors.append(error(column, value.isEmpty ? "the value is empty." : "\"\(value)\" is not a whole number.",
                                fix: "write \(meaning) as a whole number."))
            return nil
        }
        guard range.contains(number) else {
            errors.append(error(column, "\(value) is out of range.",
                                fix: "write \(meaning), between \(range.lowerBound) and \(range.upperBound)."))
            return nil
        }
        return number
    }

    /// yes/no, also accepting y/n, true/false and 1/0 as Excel users write them.
    func flag(_ column: String, _ errors: inout [InputError], default fallback: Bool = false) -> Bool {
        switch text(column).lowercased() {
        case "": return fallback
        case "yes", "y", "true", "1": return true
        case "no", "n", "false", "0": return false
        default:
            errors.append(error(column, "\"\(text(column))\" is not yes or no.", fix: "write yes or no."))
            return fallback
        }
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ column: String, _ errors: inout [InputError],
                                                         as type: Choice.Type) -> Choice? where Choice.RawValue == String {
        let value = text(column).lowercased().replacingOccurrences(of: " ", with: "_")
        if let choice = Choice(rawValue: value) { return choice }
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        errors.append(error(column, value.isEmpty ? "the value is empty." : "\"\(text(column))\" is not allowed.",
                            fix: "write one of: \(allowed)."))
        return nil
    }

    private func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
