/// Reads `leave.csv`: annual leave, sickness, training and other absences as date ranges.
enum LeaveFile {
    static let name = "leave.csv"
    static let required = ["amhp_id", "type", "start", "end"]
    static let optional = ["note"]

    static func read(_ table: CSVTable, ids: Set<String>?, errors: inout [InputError]) -> [Absence] {
        var absences: [Absence] = []
        for row in table.rows {
            let before = errors.count
            let id = ReferenceCheck.amhp(row, "amhp_id", ids: ids, errors: &errors)
            let kind = row.choice("type", &errors, as: Absence.Kind.self)
            let start = row.date("start", &errors)
            let end = row.date("end", &errors)
            guard errors.count == before, let id, let kind, let start, let end else { continue }
            guard let range = DateRange(first: start, last: end) else {
                errors.append(row.error("end", "the leave ends (\(end)) before it starts (\(start)).",
                                        fix: "check the dates; end is the last day away."))
                continue
            }
            absences.append(Absence(amhpID: id, kind: kind, dates: range, note: row.text("note")))
        }
        return absences
    }
}

/// Checks that an id in one file names an AMHP in amhps.csv.
enum ReferenceCheck {
    /// `ids` is nil when amhps.csv could not be read: then ids cannot be checked, and are not.
    static func amhp(_ row: CSVRecord, _ column: String, ids: Set<String>?, errors: inout [InputError]) -> String? {
        let id = row.text(column)
        guard !id.isEmpty else {
            errors.append(row.error(column, "the AMHP id is empty.", fix: "write the id of an AMHP from amhps.csv."))
            return nil
        }
        guard let ids else { return id }
        guard ids.contains(id) else {
            errors.append(row.error(column, "unknown AMHP id \"\(id)\".", fix: "use an id from amhps.csv (ids are case-sensitive)."))
            return nil
        }
        return id
    }

    static func shift(_ row: CSVRecord, _ column: String, codes: Set<String>?, allowEmpty: Bool,
                      errors: inout [InputError]) -> String?? {
        let code = row.text(column)
        if code.isEmpty || code.lowercased() == "any" {
            if allowEmpty { return .some(nil) }
            errors.append(row.error(column, "the shift is empty.", fix: "write a shift code from shifts.csv."))
            return nil
        }
        guard let codes else { return .some(code) }
        guard codes.contains(code) else {
            errors.append(row.error(column, "unknown shift \"\(code)\".",
                                    fix: "use a code from shifts.csv: \(codes.sorted().joined(separator: ", "))\(allowEmpty ? ", or leave it empty for any shift" : "")."))
            return nil
        }
        return .some(code)
    }
}
