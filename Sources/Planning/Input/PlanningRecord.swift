import Workforce

/// One data row of a planning CSV file; each accessor records an `InputError` and returns nil
/// when a value is bad, so one pass over a file collects every problem in it.
struct PlanningRecord {
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
            errors.append(error(column, "\"\(value)\" is not a date.",
                                fix: "write a real date as YYYY-MM-DD (or DD/MM/YYYY), e.g. 2026-12-24."))
            return nil
        }
        return date
    }

    func time(_ column: String, _ errors: inout [InputError]) -> ClockTime? {
        let value = text(column)
        guard let time = ClockTime(value) else {
            errors.append(error(column, value.isEmpty ? "the time is empty." : "\"\(value)\" is not a time.",
                                fix: "write a 24-hour time as HH:MM, e.g. 14:35."))
            return nil
        }
        return time
    }

    func number(_ column: String, _ errors: inout [InputError], in range: ClosedRange<Double>, optional: Bool = false,
                meaning: String) -> Double? {
        let value = text(column)
        if value.isEmpty {
            if !optional { errors.append(error(column, "the value is empty.", fix: "write \(meaning).")) }
            return nil
        }
        guard let number = Double(value), number.isFinite else {
            errors.append(error(column, "\"\(value)\" is not a number.", fix: "write \(meaning), with a full stop for decimals."))
            return nil
        }
        guard range.contains(number) else {
            errors.append(error(column, "\(value) is out of range.",
                                fix: "write \(meaning), between \(NumberText.plain(range.lowerBound)) and \(NumberText.plain(range.upperBound))."))
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

    func choice<Choice: RawRepresentable & CaseIterable>(_ column: String, _ errors: inout [InputError],
                                                         as type: Choice.Type) -> Choice? where Choice.RawValue == String {
        let value = text(column).lowercased().replacingOccurrences(of: " ", with: "_")
        if let choice = Choice(rawValue: value) { return choice }
        let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        errors.append(error(column, value.isEmpty ? "the value is empty." : "\"\(text(column))\" is not allowed.",
                            fix: "write one of: \(allowed)."))
        return nil
    }

    /// An AMHP id that must be in amhps.csv; `ids` is nil when that file could not be read.
    func amhpID(_ column: String, ids: Set<String>?, _ errors: inout [InputError]) -> String? {
        guard let id = required(column, &errors, fix: "write the AMHP's id as in amhps.csv, e.g. A07.") else { return nil }
        if let ids, !ids.contains(id) {
            errors.append(error(column, "unknown AMHP id \"\(id)\".",
                                fix: "use an id exactly as it is in amhps.csv (capitals matter)."))
            return nil
        }
        return id
    }
}
