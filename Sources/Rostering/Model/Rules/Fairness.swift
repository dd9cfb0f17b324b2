import LinearProgramming
import Workforce

extension RotaModel {
    /// Fair shares (priority 8) of one category (nights, weekend shifts or bank-holiday shifts), pro
    /// rata to FTE and available time, with history: for each AMHP in the pool, |history + this
    /// month − share of the pool's total| is penalised per shift.
    mutating func addFairShare(_ category: FairnessCategory) {
        guard instance.hub.rules.weights[category.softRule] > 0 else { return }
        let pool = instance.amhps.indices.filter { category.isInPool(instance.amhps[$0]) }
        let shareWeights = pool.map { a in
            category.shareWeight(commitment: instance.commitments[a], history: instance.hub.history(for: instance.amhps[a].id))
        }
        let totalWeight = shareWeights.reduce(0, +)
        guard totalWeight > 0 else { return }
        let counts = pool.map { categoryCount(category, of: $0) }
        // One variable for the pool's total keeps each share row short (a dense total in every
        // row would put pool × days × shifts non-zeros in each).
        let total = linear.addVariable(name: "\(category.rawValue)Total", lowerBound: -.infinity)
        var totalRow = LinearExpression()
        for count in counts { totalRow.add(count) }
        linear.addConstraint(totalRow - total, equalTo: 0, name: "\(category.rawValue)PoolTotal")
        var deviations = LinearExpression()
        var shareRows: [ShareRow] = []
        for (position, a) in pool.enumerated() {
            let id = instance.amhps[a].id
            // count − share × total = above − below
            var deviation = counts[position]
            deviation.add(total, -shareWeights[position] / totalWeight)
            let above = linear.addVariable(name: "\(category.rawValue)Above(\(id))")
            let below = linear.addVariable(name: "\(category.rawValue)Below(\(id))")
            linear.addConstraint(deviation - above + below, equalTo: 0, name: "\(category.rawValue)Share(\(id))")
            addPenalty(category.softRule, LinearExpression.sum([above, below]), person: a)
            deviations.add(above)
            deviations.add(below)
            shareRows.append(ShareRow(amhp: a, ratio: shareWeights[position] / totalWeight, count: counts[position], above: above, below: below))
        }
        // Each count's constant is the member's history.
        let history = counts.map { Int($0.constant) }
        let envelope = FairShareEnvelope(members: pool.indices.map { position in
            let days = (0..<instance.dayCount).filter { d in
                variables(pool[position], day: d).contains { category.counts(instance.shifts[$0.shift], on: instance.dates[d], calendar: instance.calendar) }
            }
            return .init(ratio: shareWeights[position] / totalWeight, least: history[position], most: history[position] + days.count)
        }, totalLimit: history.reduce(0, +) + poolCapacity(category, pool: pool))
        addFairShareCuts(envelope, deviations: deviations, total: total, name: category.rawValue)
        addShareRoundingCuts(category, rows: shareRows, pool: pool)
    }

    /// The most shifts of a category the pool can work this month: on each day and shift that counts,
    /// those who count towards cover no more than its maximum (a hard rule), and the rest as many as
    /// could work it.
    private func poolCapacity(_ category: FairnessCategory, pool: [Int]) -> Int {
        var capacity = 0
        for d in 0..<instance.dayCount {
            for s in instance.shifts.indices where category.counts(instance.shifts[s], on: instance.dates[d], calendar: instance.calendar) {
                let able = pool.filter { assignment[$0][d][s] != nil }
                let capped = able.count { instance.amhps[$0].countsTowardsCover }
                capacity += min(capped, instance.coverRules[d][s].maximum) + able.count - capped
            }
        }
        return capacity
    }

    /// History plus this month's shifts of a category, for one AMHP.
    private func categoryCount(_ category: FairnessCategory, of a: Int) -> LinearExpression {
        var count = LinearExpression(constant: Double(category.historicalCount(instance.hub.history(for: instance.amhps[a].id))))
        for d in 0..<instance.dayCount {
            for (s, variable) in variables(a, day: d)
            where category.counts(instance.shifts[s], on: instance.dates[d], calendar: instance.calendar) {
                count.add(variable)
            }
        }
        return count
    }

    /// Festive days again (priority 8): someone who worked Christmas Day, Boxing Day or New Year's
    /// Day last year pays per shift on one of those days this year.
    mutating func addFestiveAgain() {
        for a in instance.amhps.indices where instance.hub.history(for: instance.amhps[a].id)?.workedLastFestive == true {
            for d in 0..<instance.dayCount where HubCalendar.isFestiveDay(instance.dates[d]) {
                addPenalty(.festiveAgain, LinearExpression.sum(variables(a, day: d).map(\.variable)), person: a, day: d)
            }
        }
    }
}
