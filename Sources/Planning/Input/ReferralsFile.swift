import Workforce

/// Reads `referrals.csv`: one row per referral for a Mental Health Act assessment.
enum ReferralsFile {
    static let name = "referrals.csv"
    static let required = ["date", "time"]
    static let optional = ["referral_id", "source", "note"]

    static func read(_ table: CSVTable, errors: inout [InputError]) -> [Referral] {
        var referrals: [Referral] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let before = errors.count
            let date = row.date("date", &errors)
            let time = row.time("time", &errors)
            let id = row.text("referral_id")
            if !id.isEmpty, let first = seen[id] {
                errors.append(row.error("referral_id", "the referral \"\(id)\" is already on line \(first).",
                                        fix: "keep one row per referral; give each its own id."))
            }
            guard errors.count == before, let date, let time else { continue }
            if !id.isEmpty { seen[id] = row.line }
            referrals.append(Referral(id: id, date: date, time: time, source: row.text("source")))
        }
        return referrals
    }
}
