import Workforce

/// Reads `workforce.csv`: date of birth, planned retirement or leaving, and a trainee's course start.
enum WorkforceFile {
    static let name = "workforce.csv"
    static let required = ["amhp_id"]
    static let optional = ["date_of_birth", "planned_retirement", "planned_leaving", "course_start", "note"]

    static func read(_ table: CSVTable, hub: Hub?, errors: inout [InputError]) -> [PersonFacts] {
        let ids = hub.map { Set($0.amhps.map(\.id)) }
        var facts: [PersonFacts] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let before = errors.count
            let id = row.amhpID("amhp_id", ids: ids, &errors)
            let birth = row.date("date_of_birth", &errors, optional: true)
            let retirement = row.date("planned_retirement", &errors, optional: true)
            let leaving = row.date("planned_leaving", &errors, optional: true)
            let courseStart = row.date("course_start", &errors, optional: true)
            if let birth, let retirement, retirement <= birth {
                errors.append(row.error("planned_retirement", "the retirement date is before the date of birth.", fix: "check both dates."))
            }
            if let id, let first = seen[id] {
                errors.append(row.error("amhp_id", "\(id) is already on line \(first).", fix: "keep one row per AMHP."))
            }
            if let id, courseStart != nil, let amhp = hub?.amhp(id), !amhp.isTrainee {
                errors.append(row.error("course_start", "\(id) is approved, not a trainee, so has no course start.",
                                        fix: "clear course_start, or make the row in amhps.csv a trainee (educator_id)."))
            }
            guard errors.count == before, let id else { continue }
            seen[id] = row.line
            facts.append(PersonFacts(amhpID: id, dateOfBirth: birth, plannedRetirement: retirement,
                                     plannedLeaving: leaving, courseStart: courseStart))
        }
        return facts
    }
}
