import Foundation

/// Reads a rota CSV such as the solver's `rota.csv`, possibly edited by hand in Excel.
///
/// Only `amhp_id`, `date` and `shift` are needed; `role` marks the coordinator;
/// columns the solver writes for people (name, start, end, hours) are accepted and ignored.
public enum RotaFile {
    public static let required = ["amhp_id", "date", "shift"]
    public static let optional = ["name", "start", "end", "hours", "role", "employer", "note"]

    /// Reads the rota for `month`, or for the month of its first row when `month` is nil.
    /// Rows naming an unknown AMHP or shift, or a date outside the month, are errors.
    public static func read(_ text: String, fileName: String, hub: Hub, month: Month?) throws -> Rota {
        var errors: [InputError] = []
        guard let table = CSVTable.parse(text, fileName: fileName, required: required, optional: optional, errors: &errors) else {
            throw InputErrors(errors)
        }
        let ids: Set<String>? = Set(hub.amhps.map(\.id))
        let codes: Set<String>? = Set(hub.shiftTypes.map(\.code))
        var rotaMonth = month
        var assignments: [Assignment] = []
        for row in table.rows {
            let before = errors.count
            let id = ReferenceCheck.amhp(row, "amhp_id", ids: ids, errors: &errors)
            let date = row.date("date", &errors)
            let shift = ReferenceCheck.shift(row, "shift", codes: codes, allowEmpty: false, errors: &errors)
            let role = row.text("role").lowercased()
            if !role.isEmpty && role != "coordinator" {
                errors.append(row.error("role", "\"\(row.text("role"))\" is not a role.", fix: "write coordinator, or leave it empty."))
            }
            guard errors.count == before, let id, let date, let shift, let code = shift else { continue }
            if rotaMonth == nil { rotaMonth = Month(containing: date) }
            if let rotaMonth, !rotaMonth.range.contains(date) {
                errors.append(row.error("date", "\(date) is not in the rota's month \(rotaMonth).",
                                        fix: "keep one month per rota file, or give the right --month."))
                continue
            }
            assignments.append(Assignment(amhpID: id, date: date, shiftCode: code, isCoordinator: role == "coordinator"))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        guard let rotaMonth else {
            throw InputErrors([InputError(file: fileName, line: nil, field: nil, problem: "the rota has no rows, so its month is unknown.",
                                          fix: "give the month with --month YYYY-MM.")])
        }
        return Rota(month: rotaMonth, assignments: assignments)
    }

    public static func read(url: URL, hub: Hub, month: Month?) throws -> Rota {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw InputErrors([InputError(file: url.path, line: nil, field: nil, problem: "the file cannot be read as UTF-8 text.",
                                          fix: "check the path, and save from Excel as \"CSV UTF-8 (Comma delimited)\".")])
        }
        return try read(text, fileName: url.lastPathComponent, hub: hub, month: month)
    }
}
