/// A lower bound for instances on which column generation gives none in the time (a year's horizon,
/// pricing too slow): the Lagrangian relaxation of the cover rows and of each employee's least and most
/// minutes, shift-type limits and weekend limit, which leaves each employee's sequence rules alone
/// (`CurtoisLabelling.cheapestKeepingSequences`), with the multipliers moved by subgradient steps
/// (Polyak's rule against the best roster's objective, the step halved when the bound stalls). Any
/// multipliers in range give a valid bound, so stopping early is safe.
struct CurtoisLagrangianBound {
    let instance: CurtoisInstance
    private let labellings: [CurtoisLabelling]

    /// Nil when an employee has no labelling (too many limits to pack; none does in instances 1–24).
    init?(instance: CurtoisInstance, pricing: CurtoisPricing) {
        var labellings: [CurtoisLabelling] = []
        for e in instance.employees.indices {
            guard let labelling = pricing.labelling(e) else { return nil }
            labellings.append(labelling)
        }
        self.instance = instance
        self.labellings = labellings
    }

    /// The best bound found in `iterations` steps or before `remaining()` runs out; `target` is the
    /// objective of a roster (Polyak's step aims at it).
    ///
    /// The cover multipliers start at half the shortfall weight where `roster` is short, since there
    /// every rota that works the shift lowers the objective by it.
    /// Returns the bound (nil when some employee has no rota at all, or no step ran) and the steps taken.
    func compute(target: Double, roster: CurtoisRoster? = nil, iterations: Int,
                 remaining: () -> Double) -> (bound: Double?, steps: Int) {
        let employees = instance.employees
        // Multipliers: cover per (day, shift) in [−over weight, under weight]; per employee and longest
        // shift's minutes, for the most (μ) and least (ν) minutes, at least 0; per employee for weekends
        // and per shift type, at least 0.
        var cover = instance.cover.map { $0.map { _ in 0.0 } }
        var most = [Double](repeating: 0, count: employees.count)
        var least = most
        var weekend = most
        var perShift = employees.map { _ in instance.shifts.map { _ in 0.0 } }
        if let roster {
            var staffed = instance.cover.map { $0.map { _ in 0 } }
            for e in employees.indices {
                for d in 0..<instance.dayCount {
                    if let t = roster[e, d], t < staffed[d].count { staffed[d][t] += 1 }
                }
            }
            for (d, row) in instance.cover.enumerated() {
                for (t, requirement) in row.enumerated() where staffed[d][t] < requirement.requirement {
                    cover[d][t] = Double(requirement.underWeight) / 2
                }
            }
            // And the most minutes priced alike, or at those prices everyone works every short shift
            // they can, far past their most minutes, and the first bounds are far below 0 (instance 24).
            let price = (cover.joined().max() ?? 0)
            most = most.map { _ in price }
        }
        // Minutes in shifts' worth, so the minutes' subgradients are on the cover rows' scale (people).
        let unit = Double(instance.shifts.map(\.minutes).max() ?? 60)
        var best: Double?
        // Polyak's step scale, halved after `patience` steps without a better bound (instance 20: 1,335
        // after 630 steps; from 2 and 5 steps, 53).
        var scale = 0.5
        let patience = 20
        var stalled = 0
        var steps = 0
        while steps < iterations, remaining() > 0 {
            steps += 1
            var bound = 0.0
            for (d, row) in instance.cover.enumerated() {
                for (t, requirement) in row.enumerated() { bound += cover[d][t] * Double(requirement.requirement) }
            }
            var staffed = instance.cover.map { $0.map { _ in 0 } }
            var mostGradient = most, leastGradient = least, weekendGradient = weekend
            var shiftGradient = perShift
            for (e, employee) in employees.enumerated() {
                guard let (cost, shifts) = labellings[e].cheapestKeepingSequences(
                    coverDual: cover, perMinute: (most[e] - least[e]) / unit, perShift: perShift[e],
                    perWeekend: weekend[e]) else { return (nil, steps) }
                var minutes = 0
                var worked = instance.shifts.map { _ in 0 }
                for (d, t) in shifts.enumerated() where t >= 0 {
                    minutes += instance.shifts[t].minutes
                    worked[t] += 1
                    if t < staffed[d].count { staffed[d][t] += 1 }
                }
                let weekends = (0..<instance.weekendCount).filter { w in
                    instance.weekendDays(w).contains { $0 < shifts.count && shifts[$0] >= 0 }
                }.count
                bound -= weekend[e] * Double(employee.maxWeekends)
                weekendGradient[e] = Double(weekends - employee.maxWeekends)
                for t in instance.shifts.indices {
                    bound -= perShift[e][t] * Double(employee.maxShifts[t])
                    shiftGradient[e][t] = Double(worked[t] - employee.maxShifts[t])
                }
                bound += cost - most[e] * Double(employee.maxTotalMinutes) / unit + least[e] * Double(employee.minTotalMinutes) / unit
                mostGradient[e] = Double(minutes - employee.maxTotalMinutes) / unit
                leastGradient[e] = Double(employee.minTotalMinutes - minutes) / unit
            }
            if bound > (best ?? -.infinity) + 1e-6 {
                best = bound
                stalled = 0
            } else {
                stalled += 1
                if stalled >= patience {
                    scale /= 2
                    stalled = 0
                }
            }
            // Only the directions the multipliers can move in count towards the step.
            var norm = 0.0
            for (d, row) in instance.cover.enumerated() {
                for (t, requirement) in row.enumerated() {
                    let gradient = Double(requirement.requirement - staffed[d][t])
                    let blocked = (gradient > 0 && cover[d][t] >= Double(requirement.underWeight))
                        || (gradient < 0 && cover[d][t] <= -Double(requirement.overWeight))
                    if !blocked { norm += gradient * gradient }
                }
            }
            for e in employees.indices {
                if most[e] > 0 || mostGradient[e] > 0 { norm += mostGradient[e] * mostGradient[e] }
                if least[e] > 0 || leastGradient[e] > 0 { norm += leastGradient[e] * leastGradient[e] }
                if weekend[e] > 0 || weekendGradient[e] > 0 { norm += weekendGradient[e] * weekendGradient[e] }
                for t in instance.shifts.indices where perShift[e][t] > 0 || shiftGradient[e][t] > 0 {
                    norm += shiftGradient[e][t] * shiftGradient[e][t]
                }
            }
            // No direction left: these multipliers are optimal.
            guard norm > 1e-12, scale > 1e-4 else { break }
            let step = scale * max(target - bound, 1) / norm
            for (d, row) in instance.cover.enumerated() {
                for (t, requirement) in row.enumerated() {
                    let moved = cover[d][t] + step * Double(requirement.requirement - staffed[d][t])
                    cover[d][t] = min(max(moved, -Double(requirement.overWeight)), Double(requirement.underWeight))
                }
            }
            for e in employees.indices {
                most[e] = max(0, most[e] + step * mostGradient[e])
                least[e] = max(0, least[e] + step * leastGradient[e])
                weekend[e] = max(0, weekend[e] + step * weekendGradient[e])
                for t in instance.shifts.indices { perShift[e][t] = max(0, perShift[e][t] + step * shiftGradient[e][t]) }
            }
        }
        return (best, steps)
    }
}
