import LinearProgramming
import Workforce

extension RotaModel {
    /// Weekly rest (hard, WTR 1998 reg. 11): every window of W days (7) ending in the month has a
    /// rest day: a day with no shift, and at least the weekly rest (24 hours) from the end of the
    /// previous shift to the start of the next. Days after the month count as off.
    ///
    /// A binary r(a, d) may be 1 only on such a day; each window needs one. With shifts of at most
    /// 24 hours and weekly rest of at most 24 hours, only the shifts on the days either side matter.
    mutating func addWeeklyRest() {
        let windowDays = instance.hub.rules.workingTime.weeklyRestWindowDays
        let restMinutes = instance.weeklyRestMinutes
        for a in instance.amhps.indices {
            let id = instance.amhps[a].id
            let firstDay = 1 - windowDays
            for d in firstDay..<instance.dayCount {
                if d < 0 && instance.carryIn[a][d] != nil { continue }
                let variable = linear.addVariable(name: "restDay(\(id),\(instance.dateTag(d)))", kind: .binary)
                restDay[a][d] = variable
                let today = variables(a, day: d)
                if !today.isEmpty {
                    linear.addConstraint(LinearExpression.sum(today.map(\.variable)) + variable, atMost: 1,
                                         name: "restOff(\(id),\(instance.dateTag(d)))")
                }
                for (s, before) in shiftsOn(a, day: d - 1) {
                    for (t, after) in shiftsOn(a, day: d + 1)
                    where instance.gapMinutes(from: s, day: d - 1, to: t, day: d + 1) < restMinutes {
                        // r + x(before) + x(after) ≤ 2, with carry-in shifts as constants 1.
                        var row = LinearExpression(variable)
                        var fixed = 0.0
                        if let before { row.add(before) } else { fixed += 1 }
                        if let after { row.add(after) } else { fixed += 1 }
                        linear.addConstraint(row, atMost: 2 - fixed,
                                             name: "restGap(\(id),\(instance.dateTag(d)),\(instance.shifts[s].code),\(instance.shifts[t].code))")
                    }
                }
            }
            for end in 0..<instance.dayCount {
                let days = (end - windowDays + 1)...end
                let rest = days.compactMap { restDay[a][$0] }
                linear.addConstraint(LinearExpression.sum(rest), atLeast: 1, name: "weeklyRest(\(id),\(instance.dateTag(end)))")
            }
        }
    }

    /// Shifts AMHP `a` may work on a day, with their variable, or nil for a fixed carry-in shift.
    private func shiftsOn(_ a: Int, day d: Int) -> [(Int, Variable?)] {
        if d < 0 {
            return instance.carryIn[a][d].map { [($0, nil)] } ?? []
        }
        return variables(a, day: d).map { ($0.shift, $0.variable) }
    }
}

extension PartialRota {
    /// Every weekly-rest window whose rest days this assignment could change still has one.
    func weeklyRestHolds(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        let window = instance.hub.rules.workingTime.weeklyRestWindowDays
        let lastEnd = min(d + window, instance.dayCount - 1)
        guard lastEnd >= 0 else { return true }
        for end in max(d - 1, 0)...lastEnd {
            let days = (end - window + 1)...end
            if !days.contains(where: { isRestDay(a, $0, assuming: (d, s)) }) { return false }
        }
        return true
    }

    /// A rest day as docs/model.md defines it, with one tentative assignment taken into account.
    func isRestDay(_ a: Int, _ day: Int, assuming tentative: (day: Int, shift: Int)? = nil) -> Bool {
        func shift(_ other: Int) -> Int? {
            if let tentative, tentative.day == other { return tentative.shift }
            return other >= instance.dayCount ? nil : shiftOn(a, other)
        }
        guard shift(day) == nil else { return false }
        guard let before = shift(day - 1), let after = shift(day + 1) else { return true }
        return instance.gapMinutes(from: before, day: day - 1, to: after, day: day + 1) >= instance.weeklyRestMinutes
    }
}
