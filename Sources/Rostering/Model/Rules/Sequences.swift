import LinearProgramming
import Workforce

extension RotaModel {
    /// Maximum consecutive nights (hard, local rule): in any run of N + 1 days, at most N nights.
    mutating func addMaximumConsecutiveNights() {
        let limit = instance.hub.rules.workingTime.maximumConsecutiveNights
        let nights = Set(instance.shifts.indices.filter { instance.shifts[$0].isNight })
        addSequenceLimit(limit: limit, name: "maxNights") { nights.contains($0) }
    }

    /// Maximum consecutive working days (hard, local rule): in any run of M + 1 days, at most M worked.
    mutating func addMaximumConsecutiveWorkingDays() {
        let limit = instance.hub.rules.workingTime.maximumConsecutiveWorkingDays
        addSequenceLimit(limit: limit, name: "maxDays") { _ in true }
    }

    /// In every window of `limit + 1` days touching the month, at most `limit` days with a counted
    /// shift; carry-in days before the month count as constants.
    private mutating func addSequenceLimit(limit: Int, name: String, counts: (Int) -> Bool) {
        let window = limit + 1
        for a in instance.amhps.indices {
            for start in (1 - window)..<instance.dayCount {
                guard start + window - 1 >= 0 else { continue }
                var worked = LinearExpression()
                var fixed = 0
                for d in start..<(start + window) {
                    if d < 0 {
                        if let s = instance.carryIn[a][d], counts(s) { fixed += 1 }
                    } else {
                        for (s, variable) in variables(a, day: d) where counts(s) { worked.add(variable) }
                    }
                }
                // A window with too few possible shifts cannot break the rule.
                guard fixed + worked.variables.count > limit else { continue }
                linear.addConstraint(worked, atMost: Double(limit - fixed),
                                     name: "\(name)(\(instance.amhps[a].id),\(instance.dateTag(start)))")
            }
        }
    }
}

extension PartialRota {
    /// The run of nights through `d` stays within the maximum (only a night can lengthen it).
    func consecutiveNightsHold(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        guard instance.shifts[s].isNight else { return true }
        return runLength(a, through: d) { instance.shifts[$0].isNight } <= instance.hub.rules.workingTime.maximumConsecutiveNights
    }

    /// The run of working days through `d` stays within the maximum.
    func consecutiveWorkingDaysHold(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        runLength(a, through: d) { _ in true } <= instance.hub.rules.workingTime.maximumConsecutiveWorkingDays
    }

    /// Days in a row through `d` (taken as worked) with a shift that `counts`.
    private func runLength(_ a: Int, through d: Int, counts: (Int) -> Bool) -> Int {
        var length = 1
        var day = d - 1
        while let t = shiftOn(a, day), counts(t) { length += 1; day -= 1 }
        day = d + 1
        while let t = shiftOn(a, day), counts(t) { length += 1; day += 1 }
        return length
    }
}
