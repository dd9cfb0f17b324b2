import CSV
import Foundation

/// A CSV file read whole, with each record's line number kept for error messages.
///
/// Excel's habits are accepted: a byte-order mark, CRLF line ends, blank rows, header names in
/// any case with spaces around them, and line breaks inside double-quoted values. A repeated,
/// unknown or missing column is an error, so a misspelt column is never silently ignored, and a
/// double quote that is never closed is reported on the line it opens rather than swallowing the
/// rest of the file. Every problem is recorded as an `InputError` naming the file, the line, the
/// column and a fix, so one pass over a folder collects every problem in it.
///
///     var errors: [InputError] = []
///     if let table = CSVTable.parse(text, fileName: "referrals.csv", required: ["date", "time"],
///                                   optional: ["note"], errors: &errors) {
///         for row in table.rows { _ = row.date("date", &errors) }
///     }
public struct CSVTable: Sendable {
    /// The file's name as errors show it, e.g. `amhps.csv`.
    public let fileName: String
    /// The column names, trimmed and lower-cased, in the file's order; empty for an empty file.
    public let header: [String]
    /// The data rows, blank rows left out.
    public let rows: [CSVRecord]

    /// Reads `text`; the columns must be among `required + optional`, and every one of `required` present.
    ///
    /// - Parameters:
    ///   - allowEmpty: when true, a file with nothing in it (Excel leaves one when every row is
    ///     deleted) is an empty table; when false it is an error.
    ///   - documentation: the guide that lists the file's columns, named in the fix for an unknown
    ///     or missing column.
    /// - Returns: the table, or nil (with the problems in `errors`) when the file is empty and
    ///   `allowEmpty` is false, cannot be read as CSV, has a double quote that is never closed, or
    ///   has a repeated, unknown or missing column. Problems in single rows are recorded and the
    ///   row left out; the table is still returned.
    public static func parse(_ text: String, fileName: String, required: [String], optional: [String],
                             allowEmpty: Bool = false, documentation: String = "docs/data-format.md",
                             errors: inout [InputError]) -> CSVTable? {
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
        guard recordLines.count <= InputLimits.rowsPerFile + 1 else {
            errors.append(InputError(file: fileName, line: nil, field: nil,
                                     problem: "the file has \(recordLines.count - 1) rows, more than any hub's (at most \(InputLimits.rowsPerFile)).",
                                     fix: "check for rows copied many times over, and keep one row for each thing."))
            return nil
        }
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
                                     fix: "rename it to one of: \((required + optional).joined(separator: ", ")) (see \(documentation))."))
        }
        for column in required where !header.contains(column) {
            headerIsValid = false
            errors.append(InputError(file: fileName, line: 1, field: column,
                                     problem: "the required column \"\(column)\" is missing.",
                                     fix: "add a column headed \"\(column)\" (see \(documentation))."))
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
                                         fix: "remove the extra values, put a value with a comma in double quotes, or add a header for them."))
                continue
            }
            var values: [String: String] = [:]
            var cellsAreValid = true
            for (index, column) in header.enumerated() where index < fields.count {
                if let problem = TextCheck.problem(in: fields[index], limit: InputLimits.cellLength) {
                    let parts = problem.components(separatedBy: " Fix: ")
                    errors.append(InputError(file: fileName, line: line, field: column, problem: "the value " + (parts.first ?? problem),
                                             fix: parts.count > 1 ? parts[1] : "correct the value."))
                    cellsAreValid = false
                }
                values[column] = SpreadsheetCell.unescaped(fields[index])
            }
            guard cellsAreValid else { continue }
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

/// One data row of a CSV file.
///
/// Each accessor reads one column; when the value is bad it records an `InputError` naming the
/// file, the line, the column and a fix, and returns nil, so reading a whole file collects every
/// problem in it rather than stopping at the first.
public struct CSVRecord: Sendable {
    /// The file's name as errors show it.
    public let fileName: String
    /// The 1-based line on which the record starts (a quoted value may span lines).
    public let line: Int
    /// The trimmed values by lower-case column name; a column the row is too short for is absent.
    public let values: [String: String]

    public init(fileName: String, line: Int, values: [String: String]) {
        self.fileName = fileName
        self.line = line
        self.values = values
    }

    /// The trimmed value, or "" when the column is absent or empty.
    public func text(_ column: String) -> String { values[column] ?? "" }

    /// An error located at this row and `column` (nil for the row as a whole).
    public func error(_ column: String?, _ problem: String, fix: String) -> InputError {
        InputError(file: fileName, line: line, field: column, problem: problem, fix: fix)
    }

    /// The value, or nil with an error when it is empty; `fix` says what to write.
    public func required(_ column: String, _ errors: inout [InputError], fix: String) -> String? {
        let value = text(column)
        if value.isEmpty {
            errors.append(error(column, "the value is empty.", fix: fix))
            return nil
        }
        return value
    }

    /// A date as YYYY-MM-DD (or DD/MM/YYYY); an empty value is an error unless `optional`.
    public func date(_ column: String, _ errors: inout [InputError], optional: Bool = false) -> LocalDate? {
        let value = text(column)
        if value.isEmpty {
            if !optional {
                errors.append(error(column, "the date is empty.", fix: "write a date as YYYY-MM-DD, e.g. 2026-12-24."))
            }
            return nil
        }
        guard let date = LocalDate(value) else {
            errors.append(error(column, "\"\(value)\" is not a date \(InputLimits.dateRangeText).",
                                fix: "write a real date as YYYY-MM-DD (or DD/MM/YYYY), e.g. 2026-12-24."))
            return nil
        }
        return date
    }

    /// A 24-hour time as HH:MM; `example` ends the fix ("write a 24-hour time as HH:MM, e.g. …").
    public func time(_ column: String, _ errors: inout [InputError], example: String = "14:35") -> ClockTime? {
        let value = text(column)
        if let time = ClockTime(value) { return time }
        errors.append(error(column, value.isEmpty ? "the time is empty." : "\"\(value)\" is not a time.",
                            fix: "write a 24-hour time as HH:MM, e.g. \(example)."))
        return nil
    }

    /// A number within `range`; `meaning` completes the fix ("write the FTE as a decimal, e.g. 0.8").
    public func number(_ column: String, _ errors: inout [InputError], in range: ClosedRange<Double>, optional: Bool = false,
                       meaning: String) -> Double? {
        let value = text(column)
        if value.isEmpty {
            if !optional {
                errors.append(error(column, "the value is empty.", fix: "write \(meaning)."))
            }
            return nil
        }
        guard let number = DecimalText.number(value) else {
            errors.append(error(column, "\"\(value)\" is not a number.", fix: "write \(meaning), with a full stop for decimals."))
            return nil
        }
        guard range.contains(number) else {
            errors.append(error(column, "\(value) is out of range.",
                                fix: "write \(meaning), between \(InputNumber.plain(range.lowerBound)) and \(InputNumber.plain(range.upperBound))."))
            return nil
        }
        return number
    }

    /// A whole number within `range`; `meaning` names it in the fix.
    public func integer(_ column: String, _ errors: inout [InputError], in range: ClosedRange<Int>, meaning: String) -> Int? {
        let value = text(column)
        guard let number = DecimalText.integer(value) else {
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

    /// yes/no, also accepting y/n, true/false and 1/0 as Excel users write them; empty is `fallback`.
    public func flag(_ column: String, _ errors: inout [InputError], default fallback: Bool = false) -> Bool {
        switch text(column).lowercased() {
        case "": return fallback
        case "yes", "y", "true", "1": return true
        case "no", "n", "false", "0": return false
        default:
            errors.append(error(column, "\"\(text(column))\" is not yes or no.", fix: "write yes or no."))
            return fallback
        }
    }

    /// One of `Choice`'s raw values, in any case and with spaces for underscores.
    public func choice<Choice: RawRepresentable & CaseIterable>(_ column: String, _ errors: inout [InputError],
                                                                as type: Choice.Type) -> Choice? where Choice.RawValue == String {
        let value = text(column).lowercased().replacingOccurrences(of: " ", with: "_")
        if let choice = Choice(rawValue: value) { return choice }
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        errors.append(error(column, value.isEmpty ? "the value is empty." : "\"\(text(column))\" is not allowed.",
                            fix: "write one of: \(allowed)."))
        return nil
    }

    /// An AMHP id that must name an AMHP in amhps.csv; `ids` is nil when amhps.csv could not be
    /// read, and then the id is not checked.
    public func amhpID(_ column: String, ids: Set<String>?, _ errors: inout [InputError]) -> String? {
        ReferenceCheck.amhp(self, column, ids: ids, errors: &errors)
    }
}

/// Numbers as input errors show them: the shortest text for a bound, `18` or `0.95`.
enum InputNumber {
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
