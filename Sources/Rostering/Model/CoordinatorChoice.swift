import Workforce

/// Names the coordinator of each shift after solving: any eligible AMHP on the shift will do for
/// cover, so the role goes to the eligible one who has coordinated least so far this month.
enum CoordinatorChoice {
    static func mark(_ rota: Rota, instance: RotaInstance) -> Rota {
        var counts: [String: Int] = [:]
        var marked: [Assignment] = []
        let byDayAndShift = Dictionary(grouping: rota.assignments) { "\($0.date.dayNumber)|\($0.shiftCode)" }
        for date in instance.dates {
            // Duty has no coordinator: nobody is allocating referrals from it.
            for shift in instance.shifts where !shift.isDuty {
                guard var group = byDayAndShift["\(date.dayNumber)|\(shift.code)"] else { continue }
                let eligible = group.indices.filter { index in
                    instance.hub.amhp(group[index].amhpID)?.canCoordinate(night: shift.isNight) ?? false
                }
                if let chosen = eligible.min(by: { (counts[group[$0].amhpID, default: 0], group[$0].amhpID)
                    < (counts[group[$1].amhpID, default: 0], group[$1].amhpID) }) {
                    group[chosen].isCoordinator = true
                    counts[group[chosen].amhpID, default: 0] += 1
                }
                marked.append(contentsOf: group)
            }
        }
        marked += rota.assignments.filter { assignment in instance.shifts.contains { $0.isDuty && $0.code == assignment.shiftCode } }
        return Rota(month: rota.month, assignments: marked)
    }
}
