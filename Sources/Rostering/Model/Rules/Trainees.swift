import LinearProgramming
import Workforce

extension RotaModel {
    /// Trainee with educator (hard): a trainee AMHP works a shift only when their practice educator
    /// works the same shift that day.
    mutating func addTraineeWithEducator() {
        for a in instance.amhps.indices {
            guard let educator = instance.educatorIndex(of: a) else { continue }
            for d in 0..<instance.dayCount {
                for (s, trainee) in variables(a, day: d) {
                    if let supervisor = assignment[educator][d][s] {
                        linear.addConstraint(LinearExpression(trainee) - supervisor, atMost: 0,
                                             name: "trainee(\(instance.amhps[a].id),\(instance.dateTag(d)),\(instance.shifts[s].code))")
                    } else {
                        linear.setBounds(of: trainee, lower: 0, upper: 0)
                    }
                }
            }
        }
    }

    /// 48-hour average week (WTR reg. 4, unless opted out) and night workers' 8 hours in 24
    /// (WTR reg. 6), both over the month (hard).
    mutating func addWorkingTimeLimits() {
        for a in instance.amhps.indices {
            let caps = [instance.averageWeekCap(a), instance.nightWorkerCap(a)].compactMap { $0 }
            guard let cap = caps.min() else { continue }
            var hours = LinearExpression()
            for d in 0..<instance.dayCount {
                for (s, variable) in variables(a, day: d) { hours.add(variable, instance.shifts[s].hours) }
            }
            guard !hours.isEmpty else { continue }
            linear.addConstraint(hours, atMost: cap, name: "hoursCap(\(instance.amhps[a].id))")
        }
    }
}

extension PartialRota {
    /// A trainee's practice educator already works shift `s` on day `d` (anyone else: always).
    func educatorPresent(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        guard let educator = instance.educatorIndex(of: a) else { return true }
        return shiftOn(educator, d) == s
    }

    /// The month's hours with shift `s` added stay within `cap` (no cap: always).
    func withinCap(_ cap: Double?, _ a: Int, _ s: Int) -> Bool {
        guard let cap else { return true }
        return hours[a] + instance.shifts[s].hours <= cap + 1e-9
    }
}
