import LinearProgramming
import Workforce

/// Mixed-integer rounding cuts on each AMHP's hours and fair shares (docs/model.md, "Rounding
/// cuts"). The relaxation meets a contract with 6.66 eight-hour shifts and a share of 3.4 nights
/// with 3.4 nights; a rota cannot. The rounding cuts say so for the total alone (the hours
/// reachable, the pool's least distance); these say it for each AMHP against the shifts they work.
/// All are valid for every rota (`LinearModel.mixedIntegerRounding`), so none is lost.
extension RotaModel {
    /// The most shift lengths whose cuts an AMHP's contract gets (hubs have two or three).
    static let hoursCutLengths = 4

    /// Cuts from the contract row `hours + toil + under − over = contracted`, divided by each length
    /// of shift the AMHP may work: hours − over ≤ contracted, and hours + toil + under ≥ contracted;
    /// with TOIL to plan back, also hours + toil − over ≤ contracted, and hours + under ≥ contracted
    /// less all the TOIL. A part-timer owing 53.28 h in 8- and 12-hour shifts, say, works at most 6
    /// shifts unless over, each further shift costing hours over: shifts ≤ 6 + over / 2.72.
    mutating func addHoursRoundingCuts(_ a: Int, hours: LinearExpression, toil: Variable, under: Variable, over: Variable,
                                       contracted: Double, planBack: Double) {
        let id = instance.amhps[a].id
        var lengths = Set<Double>()
        for d in 0..<instance.dayCount {
            for (s, _) in variables(a, day: d) where instance.shifts[s].hours > 0 { lengths.insert(instance.shifts[s].hours) }
        }
        var beyond = hours
        beyond.add(over, -1)
        var shortOfTOIL = LinearExpression()
        shortOfTOIL.add(hours, scaledBy: -1)
        shortOfTOIL.add(under, -1)
        var short = shortOfTOIL
        short.add(toil, -1)
        var rows = [(beyond, contracted, "over"), (short, -contracted, "under")]
        // TOIL fills the row in part; the rounding differs with it taken whole (mixedIntegerRounding
        // complements it at its bound) or not at all. On the demo hub the pair lifts the bound by 74.
        if planBack > 0 {
            var beyondWithTOIL = beyond
            beyondWithTOIL.add(toil)
            rows += [(beyondWithTOIL, contracted, "overWithTOIL"), (shortOfTOIL, planBack - contracted, "underAllTOIL")]
        }
        for length in lengths.sorted().prefix(Self.hoursCutLengths) {
            let tag = CSVNumber.format(length)
            for (row, bound, side) in rows {
                if let cut = linear.mixedIntegerRounding(of: row, atMost: bound, divisor: length) {
                    linear.addCut(cut.expression, atMost: cut.bound, name: "contractMIR(\(id),\(tag),\(side))")
                }
            }
        }
    }

    /// One pool member's share row, `count − ratio × total − above + below = 0`, for the cuts.
    struct ShareRow {
        let amhp: Int
        let ratio: Double
        /// History plus this month's shifts of the category.
        let count: LinearExpression
        let above: Variable
        let below: Variable
    }

    /// Cuts from each member's share row with the pool's total bounded by the cover targets.
    ///
    /// The pool works what the targets ask, less what is under target or worked by those outside the
    /// pool, plus what is over: total ≥ known − outside − short and total ≤ known + over, with `known`
    /// the pool's history and the targets summed, `outside` the most those outside the pool could
    /// work (`mostCounted`, less what they are over their commitments, which goes in `short` with
    /// what is under target). So below ≥ ratio × (known − outside − short) − count and
    /// above ≥ count − ratio × (known + over), each rounded against the whole count. A member whose
    /// share is 3.4 then pays about 0.24 on each side unless the count is whole and the cover pays
    /// instead; without them the relaxation gives every member their share to the fraction.
    mutating func addShareRoundingCuts(_ category: FairnessCategory, rows: [ShareRow], pool: [Int]) {
        let inPool = Set(pool)
        var known = rows.reduce(0) { $0 + $1.count.constant }
        var outside = 0.0
        var shortSum = LinearExpression(), overSum = LinearExpression()
        for d in 0..<instance.dayCount {
            for s in instance.shifts.indices where category.counts(instance.shifts[s], on: instance.dates[d], calendar: instance.calendar) {
                // Every counted shift is a rota shift, with a target row; should one have none, no cut is safe.
                guard coverTarget.indices.contains(d), let slack = coverTarget[d][s] else { return }
                known += slack.target
                shortSum.add(slack.under)
                overSum.add(slack.over)
            }
        }
        for a in instance.amhps.indices where instance.amhps[a].countsTowardsCover && !inPool.contains(a) {
            var most = mostCounted(category, by: a)
            outside += most.constant
            most.constant = 0
            shortSum.add(most)
        }
        let name = category.rawValue
        let short = linear.addVariable(name: "\(name)ShortOfTargets")
        linear.addConstraint(shortSum - short, equalTo: 0, name: "\(name)ShortOfTargetsSum")
        let over = linear.addVariable(name: "\(name)OverTargets")
        linear.addConstraint(overSum - over, equalTo: 0, name: "\(name)OverTargetsSum")
        for row in rows {
            let id = instance.amhps[row.amhp].id
            // below + ratio × short + count ≥ ratio × (known − outside)
            var low = LinearExpression(row.below, -1)
            low.add(short, -row.ratio)
            low.add(row.count, scaledBy: -1)
            if let cut = linear.mixedIntegerRounding(of: low, atMost: -row.ratio * (known - outside), divisor: 1) {
                linear.addCut(cut.expression, atMost: cut.bound, name: "\(name)MIR(\(id),below)")
            }
            // above + ratio × over − count ≥ −ratio × known
            var high = LinearExpression(row.above, -1)
            high.add(over, -row.ratio)
            high.add(row.count)
            if let cut = linear.mixedIntegerRounding(of: high, atMost: row.ratio * known, divisor: 1) {
                linear.addCut(cut.expression, atMost: cut.bound, name: "\(name)MIR(\(id),above)")
            }
        }
    }

    /// The most shifts of a category AMHP `a`, outside its pool, can work: as a constant plus hours
    /// or shifts over their commitment where they have one (counted shifts are at most their hours
    /// over the shortest such shift, or their agreed shifts), else their assignments themselves. On
    /// the demo hub the night-only AMHPs' contracts lift the relaxation by 48 more than their nights.
    private func mostCounted(_ category: FairnessCategory, by a: Int) -> LinearExpression {
        var counted = LinearExpression()
        var shortest = Double.infinity
        for d in 0..<instance.dayCount {
            for (s, variable) in variables(a, day: d) where category.counts(instance.shifts[s], on: instance.dates[d], calendar: instance.calendar) {
                counted.add(variable)
                shortest = min(shortest, instance.shifts[s].hours)
            }
        }
        guard !counted.isEmpty else { return counted }
        if let contract = contractSlack[a], shortest > 0, shortest.isFinite {
            var most = LinearExpression(contract.over, 1 / shortest)
            most.constant = contract.goal / shortest
            return most
        }
        if let agreement = agreementSlack[a] {
            var most = LinearExpression(agreement.over)
            most.constant = agreement.goal
            return most
        }
        return counted
    }
}
