/// Exact pricing by dynamic programming: one employee's rota of least priced cost as a
/// resource-constrained shortest path over the days (label setting with dominance), the way branch
/// and price for nurse rostering prices. It is hundreds of times faster than GLPK on the same problem.
///
/// A label is a partial rota up to some day. Labels are grouped by everything that decides which
/// rotas may follow exactly: the last day's shift (or off), the length of the current run of work or
/// rest (only as far as a rule looks at it), whether the run began with the horizon (then no minimum
/// applies to it), and the minutes worked so far (a two-sided limit). Within a group a label dominates
/// another when it costs no more and has used no more of each "at most" resource (shifts of a type
/// whose limit can bind, weekends worked); dominated labels are dropped, which keeps the search exact.
///
/// The rules and their boundary conventions are the model's (`CurtoisModelBuilder`): days before and
/// after the horizon are off, and blocks of work or rest that touch either end of it are never too short.
struct CurtoisLabelling: Sendable {
    let dayCount: Int
    let shiftCount: Int
    /// `isAllowed[d][t]`: whether the employee may work shift `t` on day `d` (not on a fixed day off).
    let isAllowed: [[Bool]]
    /// `transition[state][move]`: the rule state after a day off (move 0) or shift `move − 1` worked from
    /// `state`, or −1 when a rule forbids it; `firstDay[move]` likewise from before the horizon.
    let transition: [[Int]]
    let firstDay: [Int]
    /// Minutes in units of their greatest common divisor, which keeps the groups few.
    private let units: [Int]
    /// Each shift's minutes.
    let shiftMinutes: [Int]
    private let minUnits: Int
    private let maxUnits: Int
    /// The most units the days from `d` to the end can still add, and the days before `d` could have.
    private let unitsAhead: [Int]
    private let unitsBefore: [Int]
    /// The days on which the employee may work at all.
    private let openDays: [Bool]
    let states: RuleStates
    /// What working shift `t` adds to the packed resources, and the packed limits.
    private let shiftIncrement: [Resources]
    private let weekendIncrement: Resources
    private let limits: Resources
    /// For a long horizon, each limit by the start of each day at an even pace, with a little slack (and
    /// never above the limit), for paced searches; nil for shorter horizons.
    private let pacedLimits: [Resources]?
    /// Requests' part of the priced cost that does not depend on the rota: every on request's weight.
    let constant: Double
    /// `requestCost[d][t]`: off-request weight minus on-request weight of working `t` on day `d`.
    let requestCost: [[Double]]

    /// The most "at most" resources packed into labels (16 bits each in eight words), and the largest limit.
    static let resourceCapacity = 32
    static let resourceLimit = 1 << 15

    /// Horizons longer than this are searched within `paceBand` of an even pace by the heuristics.
    static let longHorizon = 84

    /// For a long horizon, how far (in units) the heuristics' rotas may stray from an even pace: so many of
    /// the longest shifts. Nil for shorter horizons, searched in full.
    func paceBand(shifts: Int) -> Int? { dayCount > Self.longHorizon ? shifts * (units.max() ?? 1) : nil }

    /// Nil when the employee has more binding resources than a label packs (GLPK prices them instead).
    init?(_ instance: CurtoisInstance, employee e: Int) {
        let employee = instance.employees[e]
        dayCount = instance.dayCount
        shiftCount = instance.shifts.count
        let allowed = (0..<instance.dayCount).map { d in
            instance.daysOff[e].contains(d) ? [] : instance.shifts.indices.filter { employee.maxShifts[$0] > 0 }
        }
        isAllowed = allowed.map { shifts in instance.shifts.indices.map { shifts.contains($0) } }
        let unit = instance.shifts.map(\.minutes).reduce(0, Self.gcd)
        let step = max(unit, 1)
        let units = instance.shifts.map { $0.minutes / step }
        shiftMinutes = instance.shifts.map(\.minutes)
        self.units = units
        minUnits = Int((Double(employee.minTotalMinutes) / Double(step)).rounded(.up))
        maxUnits = employee.maxTotalMinutes / step
        var ahead = Array(repeating: 0, count: dayCount + 1)
        for d in stride(from: dayCount - 1, through: 0, by: -1) {
            ahead[d] = ahead[d + 1] + (allowed[d].map { units[$0] }.max() ?? 0)
        }
        unitsAhead = ahead
        openDays = allowed.map { !$0.isEmpty }
        unitsBefore = (0...dayCount).map { ahead[0] - ahead[$0] }
        var follows = Array(repeating: Array(repeating: true, count: shiftCount), count: shiftCount)
        for (s, shift) in instance.shifts.enumerated() {
            for t in shift.cannotFollow { follows[s][t] = false }
        }
        let states = RuleStates(shiftCount: shiftCount, maxConsecutive: employee.maxConsecutiveShifts,
                                minConsecutive: employee.minConsecutiveShifts, minDaysOff: employee.minConsecutiveDaysOff,
                                follows: follows, usable: instance.shifts.indices.map { employee.maxShifts[$0] > 0 })
        self.states = states
        transition = (0..<states.count).map { state in
            (0...states.shiftCount).map { states.successor(of: state, move: $0) }
        }
        firstDay = (0...states.shiftCount).map { states.first(move: $0) }

        // Only limits that can bind become resources: a shift type's when the employee could work it
        // more often than allowed, weekends' when more weekends hold a workable day than allowed.
        var fieldLimits: [Int] = []
        var shiftField = [Int?](repeating: nil, count: shiftCount)
        for t in 0..<shiftCount where employee.maxShifts[t] > 0 {
            let workable = allowed.filter { $0.contains(t) }.count
            if workable > employee.maxShifts[t] {
                shiftField[t] = fieldLimits.count
                fieldLimits.append(employee.maxShifts[t])
            }
        }
        let workableWeekends = (0..<instance.weekendCount).filter { w in
            instance.weekendDays(w).contains { !allowed[$0].isEmpty }
        }.count
        var weekendField: Int?
        if workableWeekends > employee.maxWeekends {
            weekendField = fieldLimits.count
            fieldLimits.append(employee.maxWeekends)
        }
        guard fieldLimits.count <= Self.resourceCapacity, fieldLimits.allSatisfy({ $0 < Self.resourceLimit }) else { return nil }
        limits = Resources(fields: fieldLimits)
        let horizon = dayCount
        pacedLimits = horizon > Self.longHorizon ? (0...horizon).map { d in
            let share = Double(d) / Double(horizon)
            return Resources(fields: fieldLimits.map { min($0, Int((Double($0) * share).rounded(.up)) + 2) })
        } : nil
        shiftIncrement = shiftField.map { field in field.map { Resources(unit: $0) } ?? Resources() }
        weekendIncrement = weekendField.map { Resources(unit: $0) } ?? Resources()

        var constant = 0.0
        var requestCost = Array(repeating: Array(repeating: 0.0, count: shiftCount), count: dayCount)
        for request in instance.onRequests where request.employee == e {
            constant += Double(request.weight)
            requestCost[request.day][request.shift] -= Double(request.weight)
        }
        for request in instance.offRequests where request.employee == e {
            requestCost[request.day][request.shift] += Double(request.weight)
        }
        self.constant = constant
        self.requestCost = requestCost
    }

    /// What the search found.
    enum Outcome: Equatable {
        /// A rota (−1 for a day off) and its priced cost, and a lower bound on every rota's priced cost:
        /// the same cost when the search was exact.
        case rota(shifts: [Int], pricedCost: Double, lowerBound: Double)
        /// No rota found below the upper bound given, and a lower bound on every rota's priced cost (the
        /// upper bound itself when the search was exact).
        case noneBelow(lowerBound: Double)
        /// No rota keeps the employee's rules.
        case infeasible
        /// The labels passed the limit before the last day.
        case gaveUp
    }

    /// The rota of least requests cost − Σ `coverDual[d][t]` over its shifts, with that priced cost.
    ///
    /// `upperBound` (the priced cost of a rota known to be legal, such as one in the pool) lets the search
    /// drop every label that cannot end below it: a backward pass over the rule states and minutes alone
    /// (no shift-type or weekend limits) gives each label a lower bound on what its rota can still cost.
    ///
    /// `groupLimit` makes the search a fast heuristic: each group keeps only its cheapest labels, so the
    /// rota found is legal but perhaps not the cheapest, and the lower bound is the backward pass's.
    ///
    /// `band` narrows the search further, to rotas whose units worked stay within `band` of an even pace
    /// (a heuristic for long horizons, where the units make most of the groups: instance 22's 364 days
    /// hold 235). What it finds is legal; its lower bound is then none (−∞).
    func cheapest(coverDual: [[Double]], upperBound: Double = .infinity, groupLimit: Int? = nil, band: Int? = nil,
                  labelLimit: Int = 2_000_000) -> Outcome {
        guard let corridor = corridor(band: band) else {
            return band == nil ? .infeasible : .noneBelow(lowerBound: -.infinity)
        }
        let cost = pricedCosts(coverDual)
        let completion = completionBounds(cost, corridor)
        let start = states.first(move: 0)
        // Rotas costing at least the upper bound are of no use: the caller has one as cheap.
        let cutoff = upperBound - constant - 1e-9
        let relaxed = constant + completion[corridor.index(day: 0, state: start, worked: 0)]
        guard relaxed.isFinite else { return band == nil ? .infeasible : .noneBelow(lowerBound: -.infinity) }
        guard relaxed < upperBound - 1e-9 else { return .noneBelow(lowerBound: band == nil ? upperBound : -.infinity) }
        let lowerBound = band != nil ? -.infinity : groupLimit == nil ? nil : relaxed
        // A paced search paces the limits too: the cheapest labels would spend a tight limit (26 weekends
        // of 52) early and leave no legal way to the minimum minutes.
        let pacedLimits = band == nil ? nil : self.pacedLimits
        // One day's labels at a time; of each, only its step (parent and shift) is kept for the way back,
        // and only for labels no other dominated by the day's end.
        var trail = [Step(parent: -1, shift: -1)]
        var labels = [Label(cost: 0, resources: Resources(), parent: -1, shift: -1)]
        var labelSteps: [Int32] = [0]
        var current = Groups(stateCount: states.count, unitCount: corridor.width(0), limit: groupLimit)
        _ = current.insert(0, label: labels[0], key: corridor.key(day: 0, state: start, worked: 0), labels: labels)
        for d in 0..<dayCount {
            var next = Groups(stateCount: states.count, unitCount: corridor.width(d + 1), limit: groupLimit)
            var nextLabels: [Label] = []
            let ahead = corridor.base[d + 1]
            for (key, members) in current.occupied() {
                let (state, worked) = corridor.decode(day: d, key: key)
                for move in 0...shiftCount {
                    guard let (successor, total, t) = step(day: d, from: state, worked: worked, move: move),
                          corridor.contains(day: d + 1, worked: total) else { continue }
                    let nextKey = corridor.key(day: d + 1, state: successor, worked: total)
                    let stepCost = t < 0 ? 0 : cost[d][t]
                    let rest = completion[ahead + nextKey]
                    let increment = resourcesUsed(day: d, from: state, shift: t)
                    for index in members {
                        let label = labels[index]
                        let reached = label.cost + stepCost
                        guard reached + rest < cutoff else { continue }
                        let resources = label.resources.adding(increment)
                        guard resources.fits(pacedLimits?[d + 1] ?? limits) else { continue }
                        let candidate = Label(cost: reached, resources: resources, parent: labelSteps[index], shift: Int8(t))
                        if next.insert(nextLabels.count, label: candidate, key: nextKey, labels: nextLabels) {
                            nextLabels.append(candidate)
                        }
                    }
                }
            }
            var nextSteps = [Int32](repeating: -1, count: nextLabels.count)
            for (_, members) in next.occupied() {
                for index in members {
                    nextSteps[index] = Int32(trail.count)
                    trail.append(Step(parent: nextLabels[index].parent, shift: nextLabels[index].shift))
                }
            }
            guard trail.count <= labelLimit else { return .gaveUp }
            current = next
            labels = nextLabels
            labelSteps = nextSteps
        }
        var best: Int?
        for (key, members) in current.occupied() where corridor.decode(day: dayCount, key: key).worked >= minUnits {
            for index in members where labels[index].cost < best.map({ labels[$0].cost }) ?? .infinity { best = index }
        }
        guard let best else {
            if let lowerBound { return .noneBelow(lowerBound: min(lowerBound, upperBound)) }
            return upperBound.isInfinite ? .infeasible : .noneBelow(lowerBound: upperBound)
        }
        var shifts = Array(repeating: -1, count: dayCount)
        var step = Int(labelSteps[best])
        for d in stride(from: dayCount - 1, through: 0, by: -1) {
            shifts[d] = Int(trail[step].shift)
            step = Int(trail[step].parent)
        }
        let pricedCost = constant + labels[best].cost
        return .rota(shifts: shifts, pricedCost: pricedCost, lowerBound: lowerBound.map { min($0, pricedCost) } ?? pricedCost)
    }

    /// Every rota whose priced cost is at most `threshold`, up to `limit` of them, cheapest first (by
    /// depth-first search pruned by the backward pass's bound, with no dominance: each rota is its own
    /// path). `complete` is false when the limit, or `nodeLimit` partial rotas visited, stopped it.
    /// Reduced-cost enumeration asks for the few rotas within a small gap of the least, which this finds
    /// in milliseconds where GLPK with no-good cuts took seconds.
    func enumerate(coverDual: [[Double]], threshold: Double, limit: Int,
                   nodeLimit: Int = 1_000_000) -> (rotas: [(shifts: [Int], pricedCost: Double)], complete: Bool) {
        let cost = pricedCosts(coverDual)
        guard let corridor = corridor(band: nil) else { return ([], true) }
        let completion = completionBounds(cost, corridor)
        let cutoff = threshold - constant + 1e-9
        var rotas: [(shifts: [Int], pricedCost: Double)] = []
        var shifts = Array(repeating: -1, count: dayCount)
        var complete = true
        var nodes = 0
        func extend(day d: Int, state: Int, worked: Int, resources: Resources, spent: Double) {
            nodes += 1
            if nodes > nodeLimit { complete = false }
            guard complete else { return }
            if d == dayCount {
                guard rotas.count < limit else { complete = false; return }
                rotas.append((shifts, constant + spent))
                return
            }
            for move in 0...shiftCount {
                guard let (successor, total, t) = step(day: d, from: state, worked: worked, move: move),
                      corridor.contains(day: d + 1, worked: total) else { continue }
                let reached = spent + (t < 0 ? 0 : cost[d][t])
                guard reached + completion[corridor.index(day: d + 1, state: successor, worked: total)] <= cutoff else { continue }
                let next = resources.adding(resourcesUsed(day: d, from: state, shift: t))
                guard next.fits(limits) else { continue }
                shifts[d] = t
                extend(day: d + 1, state: successor, worked: total, resources: next, spent: reached)
            }
            shifts[d] = -1
        }
        extend(day: 0, state: states.first(move: 0), worked: 0, resources: Resources(), spent: 0)
        return (rotas.sorted { $0.pricedCost < $1.pricedCost }, complete)
    }

    /// `cost[d][t]`: the requests' cost of working `t` on day `d` less its cover dual.
    private func pricedCosts(_ coverDual: [[Double]]) -> [[Double]] {
        var cost = requestCost
        for d in 0..<dayCount {
            for t in 0..<min(shiftCount, coverDual[d].count) { cost[d][t] -= coverDual[d][t] }
        }
        return cost
    }

    /// The units each day's labels may hold (`Corridor`), narrowed to `band` of an even pace if given.
    private func corridor(band: Int?) -> Corridor? {
        Corridor(dayCount: dayCount, stateCount: states.count, minUnits: minUnits, maxUnits: maxUnits,
                 unitsAhead: unitsAhead, unitsBefore: unitsBefore, openDays: openDays, band: band)
    }

    /// `bounds[corridor.index(d, state, worked)]`: the least cost of days `d` onwards from that rule state
    /// with those units worked, keeping every rule but the shift-type and weekend limits, and within the
    /// corridor (infinite when the minimum minutes cannot be reached). Exact for employees those limits
    /// never bind, when the corridor is the natural one.
    private func completionBounds(_ cost: [[Double]], _ corridor: Corridor) -> [Double] {
        var bounds = [Double](repeating: .infinity, count: corridor.size)
        for state in 0..<states.count {
            for worked in corridor.lowest[dayCount]...corridor.highest[dayCount] {
                bounds[corridor.index(day: dayCount, state: state, worked: worked)] = 0
            }
        }
        for d in stride(from: dayCount - 1, through: 0, by: -1) {
            for state in 0..<(d == 0 ? 1 : states.count) {
                let from = d == 0 ? states.first(move: 0) : state
                for worked in corridor.lowest[d]...corridor.highest[d] {
                    var best = Double.infinity
                    for move in 0...shiftCount {
                        guard let (successor, total, t) = step(day: d, from: from, worked: worked, move: move),
                              corridor.contains(day: d + 1, worked: total) else { continue }
                        let value = (t < 0 ? 0 : cost[d][t]) + bounds[corridor.index(day: d + 1, state: successor, worked: total)]
                        if value < best { best = value }
                    }
                    bounds[corridor.index(day: d, state: from, worked: worked)] = best
                }
            }
        }
        return bounds
    }

    /// Day `d` taken off (move 0) or with shift `move − 1`, from `state` with `worked` units: the state
    /// and units after it, and the shift (−1 off); nil when a rule or the maximum minutes forbids it.
    /// Shift-type and weekend limits are the caller's (`resourcesUsed`).
    private func step(day d: Int, from state: Int, worked: Int, move: Int) -> (state: Int, units: Int, shift: Int)? {
        let t = move - 1
        guard t < 0 || isAllowed[d][t] else { return nil }
        let successor = d == 0 ? firstDay[move] : transition[state][move]
        guard successor >= 0 else { return nil }
        let total = t < 0 ? worked : worked + units[t]
        guard total <= maxUnits else { return nil }
        return (successor, total, t)
    }

    /// The limited resources working shift `t` (−1: none) on day `d` after `state` uses. A weekend
    /// counts once: on its Saturday, or on its Sunday after a Saturday off.
    private func resourcesUsed(day d: Int, from state: Int, shift t: Int) -> Resources {
        guard t >= 0 else { return Resources() }
        let weekend = d % 7 == 5 || (d % 7 == 6 && states.decode(state).shift < 0)
        return weekend ? shiftIncrement[t].adding(weekendIncrement) : shiftIncrement[t]
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
