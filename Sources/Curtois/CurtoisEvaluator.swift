/// Scores a roster by the benchmark's own rules and lists every broken hard constraint.
///
/// This is the independent check of `CurtoisModelBuilder`: it reads only the instance and the roster and
/// shares no code with the model, so a bug in one shows up as a disagreement with the other.
/// Boundary conventions (schedulingbenchmarks.org): for rotation and maximum consecutive shifts the days
/// before and after the horizon are off; for minimum consecutive shifts and days off a block touching
/// the first or last day is never too short.
public struct CurtoisEvaluator: Sendable {
    public let instance: CurtoisInstance

    public init(instance: CurtoisInstance) {
        self.instance = instance
    }

    /// The soft penalties, one total per kind; `objective` is their sum.
    public struct Evaluation: Sendable, Hashable {
        public var onRequestPenalty = 0
        public var offRequestPenalty = 0
        public var coverUnderPenalty = 0
        public var coverOverPenalty = 0
        public var violations: [CurtoisViolation] = []

        public var objective: Int { onRequestPenalty + offRequestPenalty + coverUnderPenalty + coverOverPenalty }
        public var isFeasible: Bool { violations.isEmpty }
    }

    public func evaluate(_ roster: CurtoisRoster) -> Evaluation {
        precondition(roster.employeeCount == instance.employees.count && roster.dayCount == instance.dayCount,
                     "the roster's size does not match \(instance.name)")
        var evaluation = Evaluation()
        evaluation.onRequestPenalty = onRequestPenalty(roster)
        evaluation.offRequestPenalty = offRequestPenalty(roster)
        (evaluation.coverUnderPenalty, evaluation.coverOverPenalty) = coverPenalties(roster)
        for e in instance.employees.indices {
            evaluation.violations += oneShiftPerDay(roster, e) + rotation(roster, e) + maxShiftsOfType(roster, e)
                + totalMinutes(roster, e) + consecutiveShifts(roster, e) + consecutiveDaysOff(roster, e)
                + maxWeekends(roster, e) + daysOff(roster, e)
        }
        return evaluation
    }

    // MARK: Soft penalties

    /// An on request costs its weight unless the employee works exactly that shift that day.
    func onRequestPenalty(_ roster: CurtoisRoster) -> Int {
        instance.onRequests.reduce(0) { total, request in
            roster.shifts(employee: request.employee, day: request.day).contains(request.shift) ? total : total + request.weight
        }
    }

    /// An off request costs its weight if the employee works that shift that day.
    func offRequestPenalty(_ roster: CurtoisRoster) -> Int {
        instance.offRequests.reduce(0) { total, request in
            roster.shifts(employee: request.employee, day: request.day).contains(request.shift) ? total + request.weight : total
        }
    }

    /// Each person short of a requirement costs the under weight (100); each person over costs the over weight (1).
    func coverPenalties(_ roster: CurtoisRoster) -> (under: Int, over: Int) {
        var under = 0, over = 0
        for d in 0..<instance.dayCount {
            for (t, cover) in instance.cover[d].enumerated() {
                let staffed = instance.employees.indices.filter { roster.shifts(employee: $0, day: d).contains(t) }.count
                under += max(0, cover.requirement - staffed) * cover.underWeight
                over += max(0, staffed - cover.requirement) * cover.overWeight
            }
        }
        return (under, over)
    }

    // MARK: Hard constraints

    private func id(_ e: Int) -> String { instance.employees[e].id }

    /// An employee works at most one shift a day, and only shifts the instance defines.
    func oneShiftPerDay(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        var found: [CurtoisViolation] = []
        for d in 0..<instance.dayCount {
            let shifts = roster.shifts(employee: e, day: d)
            if shifts.count > 1 {
                found.append(CurtoisViolation(rule: .oneShiftPerDay, employee: e, day: d,
                                              detail: "\(id(e)) works \(shifts.count) shifts on day \(d)"))
            }
            if let unknown = shifts.first(where: { $0 >= instance.shifts.count }) {
                found.append(CurtoisViolation(rule: .unknownShift, employee: e, day: d,
                                              detail: "\(id(e)) works shift number \(unknown) on day \(d), which the instance does not define"))
            }
        }
        return found
    }

    /// A shift may not be followed the next day by one in its "cannot follow" list (nothing precedes day 0).
    func rotation(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        var found: [CurtoisViolation] = []
        for d in 0..<max(instance.dayCount - 1, 0) {
            for first in roster.shifts(employee: e, day: d) where first < instance.shifts.count {
                for second in roster.shifts(employee: e, day: d + 1)
                where instance.shifts[first].cannotFollow.contains(second) {
                    found.append(CurtoisViolation(rule: .rotation, employee: e, day: d,
                                                  detail: "\(id(e)) works \(instance.shifts[second].id) on day \(d + 1) after \(instance.shifts[first].id) on day \(d)"))
                }
            }
        }
        return found
    }

    /// The number of shifts of each type is at most the employee's MaxShifts for it.
    func maxShiftsOfType(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        instance.shifts.indices.compactMap { t in
            let worked = (0..<instance.dayCount).filter { roster.shifts(employee: e, day: $0).contains(t) }.count
            let limit = instance.employees[e].maxShifts[t]
            guard worked > limit else { return nil }
            return CurtoisViolation(rule: .maxShiftsOfType, employee: e,
                                    detail: "\(id(e)) works \(worked) \(instance.shifts[t].id) shifts, more than \(limit)")
        }
    }

    /// The minutes worked over the horizon lie between MinTotalMinutes and MaxTotalMinutes.
    func totalMinutes(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        var minutes = 0
        for d in 0..<instance.dayCount {
            for t in roster.shifts(employee: e, day: d) where t < instance.shifts.count {
                minutes += instance.shifts[t].minutes
            }
        }
        let employee = instance.employees[e]
        if minutes < employee.minTotalMinutes {
            return [CurtoisViolation(rule: .minTotalMinutes, employee: e,
                                     detail: "\(id(e)) works \(minutes) minutes, fewer than \(employee.minTotalMinutes)")]
        }
        if minutes > employee.maxTotalMinutes {
            return [CurtoisViolation(rule: .maxTotalMinutes, employee: e,
                                     detail: "\(id(e)) works \(minutes) minutes, more than \(employee.maxTotalMinutes)")]
        }
        return []
    }

    /// Maximal runs of equal working status: (first day, length, working?).
    private func blocks(_ roster: CurtoisRoster, _ e: Int) -> [(start: Int, length: Int, working: Bool)] {
        var result: [(start: Int, length: Int, working: Bool)] = []
        for d in 0..<instance.dayCount {
            let working = roster.works(employee: e, day: d)
            if let last = result.last, last.working == working {
                result[result.count - 1].length += 1
            } else {
                result.append((d, 1, working))
            }
        }
        return result
    }

    /// Runs of working days are at most MaxConsecutiveShifts long, and at least MinConsecutiveShifts long
    /// unless they touch the first or last day of the horizon.
    func consecutiveShifts(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        let employee = instance.employees[e]
        var found: [CurtoisViolation] = []
        for block in blocks(roster, e) where block.working {
            if block.length > employee.maxConsecutiveShifts {
                found.append(CurtoisViolation(rule: .maxConsecutiveShifts, employee: e, day: block.start,
                                              detail: "\(id(e)) works \(block.length) days in a row from day \(block.start), more than \(employee.maxConsecutiveShifts)"))
            }
            let touchesEdge = block.start == 0 || block.start + block.length == instance.dayCount
            if !touchesEdge && block.length < employee.minConsecutiveShifts {
                found.append(CurtoisViolation(rule: .minConsecutiveShifts, employee: e, day: block.start,
                                              detail: "\(id(e)) works only \(block.length) days in a row from day \(block.start), fewer than \(employee.minConsecutiveShifts)"))
            }
        }
        return found
    }

    /// Runs of days off are at least MinConsecutiveDaysOff long unless they touch the first or last day.
    func consecutiveDaysOff(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        let employee = instance.employees[e]
        return blocks(roster, e).compactMap { block in
            let touchesEdge = block.start == 0 || block.start + block.length == instance.dayCount
            guard !block.working, !touchesEdge, block.length < employee.minConsecutiveDaysOff else { return nil }
            return CurtoisViolation(rule: .minConsecutiveDaysOff, employee: e, day: block.start,
                                    detail: "\(id(e)) has only \(block.length) days off in a row from day \(block.start), fewer than \(employee.minConsecutiveDaysOff)")
        }
    }

    /// A weekend counts as worked if the employee works on its Saturday or Sunday; at most MaxWeekends.
    func maxWeekends(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        var worked = 0
        var saturday = 5
        while saturday < instance.dayCount {
            let sunday = saturday + 1
            if roster.works(employee: e, day: saturday) || (sunday < instance.dayCount && roster.works(employee: e, day: sunday)) {
                worked += 1
            }
            saturday += 7
        }
        let limit = instance.employees[e].maxWeekends
        guard worked > limit else { return [] }
        return [CurtoisViolation(rule: .maxWeekends, employee: e,
                                 detail: "\(id(e)) works \(worked) weekends, more than \(limit)")]
    }

    /// No work on the employee's fixed days off.
    func daysOff(_ roster: CurtoisRoster, _ e: Int) -> [CurtoisViolation] {
        instance.daysOff[e].sorted().compactMap { d in
            guard roster.works(employee: e, day: d) else { return nil }
            return CurtoisViolation(rule: .dayOff, employee: e, day: d, detail: "\(id(e)) works on day \(d), a fixed day off")
        }
    }
}
