import LinearProgramming
import Workforce

extension RotaModel {
    /// One shift per day (hard): an AMHP works at most one shift starting on any date.
    mutating func addOneShiftPerDay() {
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                let options = variables(a, day: d)
                guard options.count > 1 else { continue }
                linear.addConstraint(LinearExpression.sum(options.map(\.variable)), atMost: 1,
                                     name: "oneShift(\(instance.amhps[a].id),\(instance.dateTag(d)))")
            }
        }
    }

    /// Daily rest (hard, WTR 1998 reg. 10): at least the minimum rest (11 hours) between the end of
    /// one shift and the start of the next, from the shift times: a night ending 09:00 rules out
    /// a 09:00 day or a 13:00 late that day. Shifts last at most 24 hours, so only the next two
    /// days can clash.
    mutating func addDailyRest() {
        let rest = instance.minimumRestMinutes
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                for (s, first) in variables(a, day: d) {
                    for later in (d + 1)...(d + 2) {
                        for (t, second) in variables(a, day: later)
                        where instance.gapMinutes(from: s, day: d, to: t, day: later) < rest {
                            linear.addConstraint(LinearExpression.sum([first, second]), atMost: 1,
                                                 name: "rest(\(instance.amhps[a].id),\(instance.dateTag(d)),\(instance.shifts[s].code),\(instance.shifts[t].code))")
                        }
                    }
                }
            }
        }
    }
}

extension PartialRota {
    /// Daily rest against the shifts up to two days either side.
    func dailyRestHolds(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        let rest = instance.minimumRestMinutes
        for other in [d - 2, d - 1] {
            if let t = shiftOn(a, other), instance.gapMinutes(from: t, day: other, to: s, day: d) < rest { return false }
        }
        for other in [d + 1, d + 2] {
            if let t = shiftOn(a, other), instance.gapMinutes(from: s, day: d, to: t, day: other) < rest { return false }
        }
        return true
    }
}
