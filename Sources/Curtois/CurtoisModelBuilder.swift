import LinearProgramming

/// Builds the standard integer programme of Curtois's benchmark (Curtois & Qu 2014).
///
/// Hard constraints, in the benchmark's order:
/// 1. at most one shift per day;
/// 2. shift rotation: a shift is not followed the next day by one it cannot precede;
/// 3. at most MaxShifts shifts of each type;
/// 4. total minutes between MinTotalMinutes and MaxTotalMinutes;
/// 5. at most MaxConsecutiveShifts working days in a row;
/// 6. at least MinConsecutiveShifts working days in a row (forbidden short blocks inside the horizon);
/// 7. at least MinConsecutiveDaysOff days off in a row (forbidden short gaps inside the horizon);
/// 8. at most MaxWeekends weekends worked (binary weekend indicators);
/// 9. fixed days off (no variable on those days).
///
/// Soft, in the objective: on requests not met, off requests violated, cover under (×100) and over (×1).
public enum CurtoisModelBuilder {
    public static func build(_ instance: CurtoisInstance) -> CurtoisModel {
        var model = CurtoisModel(instance: instance)
        model.addAssignmentVariables()
        model.addOneShiftPerDay()
        model.addRotation()
        model.addMaxShiftsOfType()
        model.addTotalMinutes()
        model.addMaxConsecutiveShifts()
        model.addMinConsecutiveShifts()
        model.addMinConsecutiveDaysOff()
        model.addMaxWeekends()
        model.addRequests()
        model.addCover()
        return model
    }
}

extension CurtoisModel {
    /// One binary per employee, day and shift the employee may work that day (fixed days off have none).
    mutating func addAssignmentVariables() {
        assignment = instance.employees.enumerated().map { e, employee in
            (0..<instance.dayCount).map { d in
                instance.shifts.enumerated().map { t, shift in
                    guard employee.maxShifts[t] > 0, !instance.daysOff[e].contains(d) else { return nil }
                    return linear.addVariable(name: "x(\(employee.id),\(d),\(shift.id))", kind: .binary)
                }
            }
        }
    }

    /// At most one shift per day.
    mutating func addOneShiftPerDay() {
        for e in instance.employees.indices {
            for d in 0..<instance.dayCount where shiftVariables(e, day: d).count > 1 {
                linear.addConstraint(working(e, day: d), atMost: 1, name: "onePerDay(\(instance.employees[e].id),\(d))")
            }
        }
    }

    /// Shift rotation: shift `t` on day `d` excludes every shift that cannot follow it on day `d + 1`.
    /// Written as one row per (day, shift): x[d][t] + Σ x[d+1][u] ≤ 1, valid since a day holds one shift.
    mutating func addRotation() {
        for e in instance.employees.indices {
            for d in 0..<max(instance.dayCount - 1, 0) {
                for (t, variable) in shiftVariables(e, day: d) {
                    let followers = instance.shifts[t].cannotFollow.compactMap { assignment[e][d + 1][$0] }
                    guard !followers.isEmpty else { continue }
                    linear.addConstraint(LinearExpression(variable) + LinearExpression.sum(followers), atMost: 1,
                                         name: "rotation(\(instance.employees[e].id),\(d),\(instance.shifts[t].id))")
                }
            }
        }
    }

    /// At most MaxShifts shifts of each type over the horizon.
    mutating func addMaxShiftsOfType() {
        for (e, employee) in instance.employees.enumerated() {
            for t in instance.shifts.indices {
                let variables = (0..<instance.dayCount).compactMap { assignment[e][$0][t] }
                guard variables.count > employee.maxShifts[t] else { continue }
                linear.addConstraint(LinearExpression.sum(variables), atMost: Double(employee.maxShifts[t]),
                                     name: "maxShifts(\(employee.id),\(instance.shifts[t].id))")
            }
        }
    }

    /// Total minutes worked between MinTotalMinutes and MaxTotalMinutes.
    mutating func addTotalMinutes() {
        for (e, employee) in instance.employees.enumerated() {
            var minutes = LinearExpression()
            for d in 0..<instance.dayCount {
                for (t, variable) in shiftVariables(e, day: d) { minutes.add(variable, Double(instance.shifts[t].minutes)) }
            }
            linear.addConstraint(minutes, lowerBound: Double(employee.minTotalMinutes),
                                 upperBound: Double(employee.maxTotalMinutes), name: "minutes(\(employee.id))")
        }
    }

    /// At most MaxConsecutiveShifts working days in any MaxConsecutiveShifts + 1 consecutive days
    /// (days outside the horizon are off, so only windows inside it count).
    mutating func addMaxConsecutiveShifts() {
        for (e, employee) in instance.employees.enumerated() {
            let limit = employee.maxConsecutiveShifts
            guard limit + 1 <= instance.dayCount else { continue }
            for start in 0...(instance.dayCount - limit - 1) {
                var worked = LinearExpression()
                for d in start...(start + limit) { worked.add(working(e, day: d)) }
                guard worked.variables.count > limit else { continue }
                linear.addConstraint(worked, atMost: Double(limit), name: "maxConsecutive(\(employee.id),\(start))")
            }
        }
    }

    /// At least MinConsecutiveShifts working days in a row: for each short length s, forbid the pattern
    /// off, s days on, off, wholly inside the horizon (blocks touching its ends are never too short):
    /// Σ w[d+1…d+s] − w[d] − w[d+s+1] ≤ s − 1.
    mutating func addMinConsecutiveShifts() {
        for (e, employee) in instance.employees.enumerated() {
            let minimum = employee.minConsecutiveShifts
            guard minimum >= 2 else { continue }
            for length in 1..<minimum {
                for d in 0..<max(instance.dayCount - length - 1, 0) {
                    var pattern = LinearExpression()
                    for i in 1...length { pattern.add(working(e, day: d + i)) }
                    guard !pattern.isEmpty else { continue }
                    pattern.add(working(e, day: d), scaledBy: -1)
                    pattern.add(working(e, day: d + length + 1), scaledBy: -1)
                    linear.addConstraint(pattern, atMost: Double(length - 1),
                                         name: "minConsecutive(\(employee.id),\(d),\(length))")
                }
            }
        }
    }

    /// At least MinConsecutiveDaysOff days off in a row: for each short length s, forbid the pattern
    /// on, s days off, on, wholly inside the horizon: w[d] − Σ w[d+1…d+s] + w[d+s+1] ≤ 1.
    mutating func addMinConsecutiveDaysOff() {
        for (e, employee) in instance.employees.enumerated() {
            let minimum = employee.minConsecutiveDaysOff
            guard minimum >= 2 else { continue }
            for length in 1..<minimum {
                for d in 0..<max(instance.dayCount - length - 1, 0) {
                    let before = working(e, day: d), after = working(e, day: d + length + 1)
                    guard !before.isEmpty, !after.isEmpty else { continue }
                    var pattern = before + after
                    for i in 1...length { pattern.add(working(e, day: d + i), scaledBy: -1) }
                    linear.addConstraint(pattern, atMost: 1, name: "minDaysOff(\(employee.id),\(d),\(length))")
                }
            }
        }
    }

    /// A weekend is worked if the Saturday or the Sunday is (w[day] ≤ k[weekend]); at most MaxWeekends.
    mutating func addMaxWeekends() {
        weekendWorked = instance.employees.enumerated().map { e, employee in
            (0..<instance.weekendCount).map { w in
                let days = instance.weekendDays(w).filter { !working(e, day: $0).isEmpty }
                guard !days.isEmpty else { return nil }
                let indicator = linear.addVariable(name: "weekend(\(employee.id),\(w))", kind: .binary)
                for d in days {
                    linear.addConstraint(working(e, day: d) - indicator, atMost: 0, name: "weekendDay(\(employee.id),\(d))")
                }
                return indicator
            }
        }
        for (e, employee) in instance.employees.enumerated() {
            let indicators = weekendWorked[e].compactMap { $0 }
            guard indicators.count > employee.maxWeekends else { continue }
            linear.addConstraint(LinearExpression.sum(indicators), atMost: Double(employee.maxWeekends),
                                 name: "maxWeekends(\(employee.id))")
        }
    }

    /// On requests cost their weight unless granted (weight − weight·x); off requests cost weight·x.
    mutating func addRequests() {
        for request in instance.onRequests {
            linear.objective.constant += Double(request.weight)
            if let variable = assignment[request.employee][request.day][request.shift] {
                linear.objective.add(variable, -Double(request.weight))
            }
        }
        for request in instance.offRequests {
            if let variable = assignment[request.employee][request.day][request.shift] {
                linear.objective.add(variable, Double(request.weight))
            }
        }
    }

    /// Cover: Σ x + under − over = requirement; under costs its weight (100), over its weight (1).
    mutating func addCover() {
        coverUnder = []
        coverOver = []
        for d in 0..<instance.dayCount {
            var underRow: [Variable] = [], overRow: [Variable] = []
            for (t, cover) in instance.cover[d].enumerated() {
                let shift = instance.shifts[t].id
                let under = linear.addVariable(name: "under(\(d),\(shift))", upperBound: Double(cover.requirement))
                let over = linear.addVariable(name: "over(\(d),\(shift))")
                var staffed = LinearExpression.sum(instance.employees.indices.compactMap { assignment[$0][d][t] })
                staffed.add(under)
                staffed.add(over, -1)
                linear.addConstraint(staffed, equalTo: Double(cover.requirement), name: "cover(\(d),\(shift))")
                linear.objective.add(under, Double(cover.underWeight))
                linear.objective.add(over, Double(cover.overWeight))
                underRow.append(under)
                overRow.append(over)
            }
            coverUnder.append(underRow)
            coverOver.append(overRow)
        }
    }
}
