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
    /// (WTR reg. 6), both over the month (hard). The night-worker limit binds only in a month with a
    /// night, so where it is the lower cap a binary says whether there is one:
    /// Σ nights ≤ count × n and hours + (most − cap) × n ≤ most, where most is the most hours possible.
    mutating func addWorkingTimeLimits() {
        for a in instance.amhps.indices {
            let id = instance.amhps[a].id
            var hours = LinearExpression()
            var nights: [Variable] = []
            var most = 0.0
            for d in 0..<instance.dayCount {
                let options = variables(a, day: d)
                for (s, variable) in options {
                    hours.add(variable, instance.shifts[s].hours)
                    if instance.shifts[s].isNight { nights.append(variable) }
                }
                most += options.map { instance.shifts[$0.shift].hours }.max() ?? 0
            }
            guard !hours.isEmpty else { continue }
            let average = instance.averageWeekCap(a)
            if let average { linear.addConstraint(hours, atMost: average, name: "hoursCap(\(id))") }
            guard let nightCap = instance.nightWorkerCap(a), !nights.isEmpty, nightCap < min(average ?? .infinity, most) else { continue }
            let worksNights = linear.addVariable(name: "worksNights(\(id))", kind: .binary)
            self.worksNights[a] = worksNights
            var anyNight = LinearExpression.sum(nights)
            anyNight.add(worksNights, -Double(nights.count))
            linear.addConstraint(anyNight, atMost: 0, name: "nightWorker(\(id))")
            var capped = hours
            capped.add(worksNights, most - nightCap)
            linear.addConstraint(capped, atMost: most, name: "nightHoursCap(\(id))")
        }
    }
}

extension PartialRota {
    /// A trainee's practice educator already works shift `s` on day `d` (anyone else: always).
    func educatorPresent(_ a: Int, _ d: Int, _ s: Int) -> Bool {
        guard let educator = instance.educatorIndex(of: a) else { return true }
        return shiftOn(educator, d) == s
    }

    /// The night-worker cap holds with shift `s` added, in a month with a night (this one or another).
    func nightWorkerHoursHold(_ a: Int, _ s: Int) -> Bool {
        withinCap(instance.nightWorkerCap(a), a, s) || (!instance.shifts[s].isNight && nightCounts[a] == 0)
    }

    /// The month's hours with shift `s` added stay within `cap` (no cap: always).
    func withinCap(_ cap: Double?, _ a: Int, _ s: Int) -> Bool {
        guard let cap else { return true }
        return hours[a] + instance.shifts[s].hours <= cap + 1e-9
    }
}
