import Workforce

/// Reads `diversity.csv`: aggregate counts of the AMHP workforce by the categories a service
/// chooses to record, with the community's share and the service's target where it has them.
enum DiversityFile {
    static let name = "diversity.csv"
    static let required = ["category", "group", "amhps"]
    static let optional = ["community_percent", "target_percent"]

    static func read(_ table: CSVTable, headcount: Int?, errors: inout [InputError]) -> [DiversityCount] {
        var counts: [DiversityCount] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let before = errors.count
            let category = row.required("category", &errors, fix: "write the category recorded, e.g. ethnicity.")
            let group = row.required("group", &errors, fix: "write the group within the category, e.g. Black or Black British.")
            let amhps = row.integer("amhps", &errors, in: 0...10_000, meaning: "the number of AMHPs in the group")
            let community = row.number("community_percent", &errors, in: 0...100, optional: true, meaning: "the group's share of residents in percent, e.g. 4.2")
            let target = row.number("target_percent", &errors, in: 0...100, optional: true, meaning: "the service's target share of AMHPs in percent")
            guard errors.count == before, let category, let group, let amhps else { continue }
            let key = "\(category.lowercased())|\(group.lowercased())"
            if let line = seen[key] {
                errors.append(row.error("group", "\(category): \(group) is already on line \(line).", fix: "give each group of a category one row."))
                continue
            }
            seen[key] = row.line
            counts.append(DiversityCount(category: category, group: group, amhps: amhps, communityPercent: community, targetPercent: target))
        }
        if let headcount {
            for (category, rows) in Dictionary(grouping: counts, by: \.category) {
                let total = rows.reduce(0) { $0 + $1.amhps }
                if total > headcount {
                    errors.append(InputError(file: name, line: nil, field: "amhps",
                                             problem: "the groups of \(category) add up to \(total), more than the hub's \(headcount) AMHPs.",
                                             fix: "count each AMHP once in each category."))
                }
            }
        }
        return counts
    }
}
