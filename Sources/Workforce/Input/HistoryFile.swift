/// Reads `history.csv`: nights, weekends and bank holidays worked in earlier months.
enum HistoryFile {
    static let name = "history.csv"
    static let required = ["amhp_id", "months", "nights", "weekend_shifts", "bank_holiday_shifts", "worked_last_festive"]
    static let optional: [String] = []

    static func read(_ table: CSVTable, ids: Set<String>?, errors: inout [InputError]) -> [FairnessHistory] {
        var history: [FairnessHistory] = []
        for row in table.rows {
            let before = errors.count
            let id = ReferenceCheck.amhp(row, "amhp_id", ids: ids, errors: &errors)
            let months = row.integer("months", &errors, in: 0...120, meaning: "how many months the counts cover")
            let nights = row.integer("nights", &errors, in: 0...5000, meaning: "nights worked")
            let weekends = row.integer("weekend_shifts", &errors, in: 0...5000, meaning: "weekend shifts worked")
            let holidays = row.integer("bank_holiday_shifts", &errors, in: 0...5000, meaning: "bank-holiday shifts worked")
            let festive = row.flag("worked_last_festive", &errors)
            guard errors.count == before, let id, let months, let nights, let weekends, let holidays else { continue }
            if history.contains(where: { $0.amhpID == id }) {
                errors.append(row.error("amhp_id", "\(id) has two rows.", fix: "keep one row per AMHP."))
                continue
            }
            history.append(FairnessHistory(amhpID: id, months: months, nights: nights, weekendShifts: weekends,
                                           bankHolidayShifts: holidays, workedLastFestive: festive))
        }
        return history
    }
}
