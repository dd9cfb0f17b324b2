/// Reads `requests.csv`: days off and shifts wanted or to be avoided.
enum RequestsFile {
    static let name = "requests.csv"
    static let required = ["amhp_id", "date", "shift", "preference", "weight"]
    static let optional = ["note"]

    /// `amhps` and `shifts` as read from their files, to refuse a request that could never be honoured.
    static func read(_ table: CSVTable, ids: Set<String>?, codes: Set<String>?, amhps: [AMHP] = [], shifts: [ShiftType] = [],
                     errors: inout [InputError]) -> [ShiftRequest] {
        var requests: [ShiftRequest] = []
        for row in table.rows {
            let before = errors.count
            let id = ReferenceCheck.amhp(row, "amhp_id", ids: ids, errors: &errors)
            let date = row.date("date", &errors)
            let shift = ReferenceCheck.shift(row, "shift", codes: codes, allowEmpty: true, errors: &errors)
            let preference = row.choice("preference", &errors, as: ShiftRequest.Preference.self)
            let weight = row.integer("weight", &errors, in: ShiftRequest.weights, meaning: "how much the request matters, 1 to 10")
            guard errors.count == before, let id, let date, let shift, let preference, let weight else { continue }
            if let amhp = amhps.first(where: { $0.id == id }),
               let problem = ShiftRequest.unworkable(preference, amhp: amhp, shift: shifts.first { $0.code == shift }) {
                errors.append(row.error("shift", problem, fix: "ask for a rota shift instead, or leave the shift blank to ask for the day."))
                continue
            }
            requests.append(ShiftRequest(amhpID: id, date: date, shiftCode: shift, preference: preference, weight: weight))
        }
        return requests
    }
}
