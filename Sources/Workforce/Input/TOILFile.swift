/// Reads `toil.csv`: each AMHP's TOIL balance and the hours to plan back this month.
enum TOILFile {
    static let name = "toil.csv"
    static let required = ["amhp_id", "balance_hours", "plan_back_hours"]
    static let optional = ["note", "earned"]

    static func read(_ table: CSVTable, ids: Set<String>?, errors: inout [InputError]) -> [TOILPlan] {
        var plans: [TOILPlan] = []
        for row in table.rows {
            let before = errors.count
            let id = ReferenceCheck.amhp(row, "amhp_id", ids: ids, errors: &errors)
            let balance = row.number("balance_hours", &errors, in: 0...1000, meaning: "the TOIL hours held")
            let planBack = row.number("plan_back_hours", &errors, in: 0...1000, meaning: "the TOIL hours to take this month")
            let earned = row.date("earned", &errors, optional: true)
            guard errors.count == before, let id, let balance, let planBack else { continue }
            if planBack > balance {
                errors.append(row.error("plan_back_hours", "plans back \(planBack) hours but only \(balance) are held.",
                                        fix: "plan back at most the balance."))
                continue
            }
            if plans.contains(where: { $0.amhpID == id }) {
                errors.append(row.error("amhp_id", "\(id) has two rows.", fix: "keep one row per AMHP."))
                continue
            }
            plans.append(TOILPlan(amhpID: id, balanceHours: balance, planBackHours: planBack, earned: earned))
        }
        return plans
    }
}
