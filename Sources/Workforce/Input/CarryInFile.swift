/// Reads `carry_in.csv`: shifts worked in the last days before the month, so rest and sequence
/// rules hold across the boundary (a night on 30 November is followed by rest on 1 December).
enum CarryInFile {
    static let name = "carry_in.csv"
    static let required = ["amhp_id", "date", "shift"]
    static let optional: [String] = []

    static func read(_ table: CSVTable, ids: Set<String>?, codes: Set<String>?, errors: inout [InputError]) -> [Assignment] {
        var assignments: [Assignment] = []
        for row in table.rows {
            let before = errors.count
            let id = ReferenceCheck.amhp(row, "amhp_id", ids: ids, errors: &errors)
            let date = row.date("date", &errors)
            let shift = ReferenceCheck.shift(row, "shift", codes: codes, allowEmpty: false, errors: &errors)
            guard errors.count == before, let id, let date, let shift, let code = shift else { continue }
            if assignments.contains(where: { $0.amhpID == id && $0.date == date }) {
                errors.append(row.error("date", "\(id) has two shifts on \(date).", fix: "keep one shift per AMHP per day."))
                continue
            }
            assignments.append(Assignment(amhpID: id, date: date, shiftCode: code))
        }
        return assignments
    }
}
