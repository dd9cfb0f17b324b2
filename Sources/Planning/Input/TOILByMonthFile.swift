import Workforce

/// Reads `toil_by_month.csv`: the TOIL ledger's figures by AMHP and month (`TOILByMonthCSV`
/// writes it; `amhp toil months` exports it, and the service writes it from its ledger).
///
/// Ids are not checked against amhps.csv: an AMHP who has left still accrued the hours they did.
enum TOILByMonthFile {
    static let name = TOILByMonthCSV.fileName
    static let required = ["month", "amhp_id", "accrued_hours"]
    static let optional = ["taken_hours", "paid_out_hours", "forfeited_hours", "entries"]

    static func read(_ table: CSVTable, errors: inout [InputError]) -> [TOILMonthFigures] {
        var figures: [TOILMonthFigures] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let before = errors.count
            let month = monthValue(row, &errors)
            let id = row.required("amhp_id", &errors, fix: "write the AMHP's id, e.g. A01.")
            let accrued = hours(row, "accrued_hours", optional: false, &errors)
            let taken = hours(row, "taken_hours", optional: true, &errors)
            let paidOut = hours(row, "paid_out_hours", optional: true, &errors)
            let forfeited = hours(row, "forfeited_hours", optional: true, &errors)
            let entries = row.text("entries").isEmpty ? 1
                : row.integer("entries", &errors, in: 0...100_000, meaning: "how many ledger entries are dated in the month")
            guard errors.count == before, let month, let id, let accrued, let entries else { continue }
            let key = "\(month)|\(id)"
            if let line = seen[key] {
                errors.append(row.error("amhp_id", "\(id) in \(month) is already on line \(line).", fix: "give each AMHP one row a month."))
                continue
            }
            seen[key] = row.line
            figures.append(TOILMonthFigures(month: month, amhpID: id, accrued: accrued, taken: taken ?? 0, paidOut: paidOut ?? 0,
                                            forfeited: forfeited ?? 0, entries: entries))
        }
        return figures
    }

    private static func monthValue(_ row: CSVRecord, _ errors: inout [InputError]) -> Month? {
        let text = row.text("month")
        guard let month = Month(text) else {
            errors.append(row.error("month", text.isEmpty ? "the month is empty." : "\"\(text)\" is not a month.",
                                    fix: "write the month as YYYY-MM, e.g. 2026-10."))
            return nil
        }
        return month
    }

    private static func hours(_ row: CSVRecord, _ column: String, optional: Bool, _ errors: inout [InputError]) -> Double? {
        row.number(column, &errors, in: 0...744, optional: optional, meaning: "the hours in the month, e.g. 6.5")
    }
}
