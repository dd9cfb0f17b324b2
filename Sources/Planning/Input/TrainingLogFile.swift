import Workforce

/// Reads `training_log.csv`: AMHP training (CPD) each AMHP did, in hours.
enum TrainingLogFile {
    static let name = "training_log.csv"
    static let required = ["amhp_id", "date", "hours"]
    static let optional = ["activity", "note"]

    static func read(_ table: CSVTable, ids: Set<String>?, errors: inout [InputError]) -> [TrainingRecord] {
        var records: [TrainingRecord] = []
        for row in table.rows {
            let before = errors.count
            let id = row.amhpID("amhp_id", ids: ids, &errors)
            let date = row.date("date", &errors)
            let hours = row.number("hours", &errors, in: 0.25...100, meaning: "the hours of training, e.g. 3.5")
            guard errors.count == before, let id, let date, let hours else { continue }
            records.append(TrainingRecord(amhpID: id, date: date, hours: hours, activity: row.text("activity")))
        }
        return records
    }
}
