/// Local search on whole rotas: coordinate descent by best response. Each employee in turn gets the rota
/// that is best for the whole roster with everyone else's rota kept, until a whole pass changes no one.
///
/// Every hard rule is per employee, so swapping one legal rota for another keeps the roster legal; and the
/// cover penalties are per (day, shift) cell and an employee adds at most one person to a cell, so pricing
/// at each cell's marginal cost (the shortfall weight while the others leave it short, minus the excess
/// weight once they meet it) makes the rota's priced cost exactly the roster's objective less a constant.
/// A step is taken only when it lowers that cost, so the objective never rises.
struct CurtoisRotaDescent {
    let instance: CurtoisInstance
    let pricing: CurtoisPricing
    let requestCost: CurtoisRequestCost

    init(instance: CurtoisInstance, pricing: CurtoisPricing) {
        self.instance = instance
        self.pricing = pricing
        requestCost = CurtoisRequestCost(instance)
    }

    /// Passes over the employees (in `order`) until none improves, `maxPasses` are done or `remaining()` runs
    /// out. `groupLimit` nil prices exactly (each step is then the employee's true best rota); a number
    /// prices quickly with that many labels a group. Returns the roster and how many steps improved it.
    func descend(_ roster: CurtoisRoster, order: [Int], groupLimit: Int?, maxPasses: Int = .max,
                 remaining: () -> Double) throws -> (roster: CurtoisRoster, steps: Int) {
        var shifts = instance.employees.indices.map { e in (0..<instance.dayCount).map { roster[e, $0] ?? -1 } }
        var staffed = instance.cover.map { [Int](repeating: 0, count: $0.count) }
        for e in instance.employees.indices { count(shifts[e], into: &staffed, by: 1) }
        var steps = 0
        var passes = 0
        var changed = true
        while changed, passes < maxPasses, remaining() > 0 {
            changed = false
            passes += 1
            for e in order where remaining() > 0 {
                count(shifts[e], into: &staffed, by: -1)
                let duals = pricing.marginalCoverDuals(staffed: staffed)
                let current = pricedCost(employee: e, shifts: shifts[e], duals: duals)
                // The current rota's priced cost as the upper bound: exact pricing then searches only for
                // strictly better rotas, which prunes most labels.
                let priced = try pricing.price(employee: e, coverDual: duals, timeLimit: min(max(remaining(), 0.01), 2),
                                               quick: groupLimit != nil, upperBound: current - 0.5, groupLimit: groupLimit,
                                               pace: CurtoisPricing.pace)
                if let column = priced.column,
                   pricedCost(employee: e, shifts: column.shifts, duals: duals) < current - 0.5 {
                    shifts[e] = column.shifts
                    steps += 1
                    changed = true
                }
                count(shifts[e], into: &staffed, by: 1)
            }
        }
        var result = CurtoisRoster(for: instance)
        for (e, rota) in shifts.enumerated() {
            for (d, t) in rota.enumerated() where t >= 0 { result.add(t, employee: e, day: d) }
        }
        return (result, steps)
    }

    private func pricedCost(employee e: Int, shifts: [Int], duals: [[Double]]) -> Double {
        var cost = requestCost.cost(employee: e, shifts: shifts)
        for (d, t) in shifts.enumerated() where t >= 0 && t < duals[d].count { cost -= duals[d][t] }
        return cost
    }

    private func count(_ shifts: [Int], into staffed: inout [[Int]], by amount: Int) {
        for (d, t) in shifts.enumerated() where t >= 0 && t < staffed[d].count { staffed[d][t] += amount }
    }
}
