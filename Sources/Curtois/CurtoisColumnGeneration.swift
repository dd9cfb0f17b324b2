import LinearProgramming
import Workforce

/// Column generation on the set-partitioning form of the benchmark (a rota per employee), as branch and
/// price does, used three ways here: its bound (far stronger than the compact model's LP), rosters from
/// its master LP (rounding and diving), and the master MIP over the rotas it generated ("price and branch").
///
/// Each round solves the master LP over the pool, prices employees against its duals, and adds the
/// rotas of negative reduced cost. Every whole round gives a Lagrangian bound at the duals it priced
/// with: Σ cover terms + Σ least priced cost per employee (GLPK's bound on it when a limit stopped
/// pricing), because each employee works exactly one rota.
struct CurtoisColumnGeneration {
    private(set) var master: CurtoisMaster
    let pricing: CurtoisPricing
    let requestCost: CurtoisRequestCost
    private let solver = GLPKSolver()
    /// The best proven lower bound so far.
    private(set) var bound: Double?
    /// The last master LP's solution (λ per pooled column, then shortfall and excess).
    private(set) var lastSolution: [Double]?
    /// The last master LP's solution, as assignments `x[e][d][t]`.
    var relaxed: [[[Double]]]? { lastSolution.map { master.assignments(from: $0) } }
    private(set) var rounds = 0
    /// The last master LP's objective.
    private(set) var lastObjective: Double?
    /// Whether the master LP is within `share` of the best bound: near enough converged that a dive on it
    /// should land close to the optimum (instances 8 and 12, not 14, whose pricing is still far off).
    func lpIsTight(within share: Double) -> Bool {
        guard let bound, let lastObjective else { return false }
        return lastObjective - bound <= share * max(1, abs(lastObjective))
    }
    /// Seconds spent pricing so far, and how many pricings (for the log and the time kept for a round).
    private(set) var pricingSeconds = 0.0
    private(set) var pricings = 0
    /// Quick pricing's labels per group: halved while a whole round of it would take more than an
    /// eighth of the time left (instance 13's 120 employees took 16 s a round at 16).
    private var groupLimit = CurtoisPricing.quickGroupLimit
    /// Seconds per quick pricing, a moving average (nil before the first).
    private var quickPace: Double?
    /// The duals of the best bound, each employee's least priced cost at them (a bound on it), and the
    /// bound itself: what reduced-cost enumeration needs.
    private var bestDuals: (cover: [[Double]], leastPriced: [Double], bound: Double)?
    /// True when a round found no column of negative reduced cost: the master LP is the full LP's optimum.
    private(set) var converged = false
    /// Steps of the last dive taken in haste: fixing more than twice an even share of those left (an
    /// eighth) for lack of time, or, out of time, giving everyone left their best response.
    var hastyDiveSteps = 0

    init(instance: CurtoisInstance, pricing: CurtoisPricing? = nil) {
        master = CurtoisMaster(instance: instance)
        self.pricing = pricing ?? CurtoisPricing(instance)
        requestCost = CurtoisRequestCost(instance)
    }

    /// Adds a roster's rotas to the pool (the start, and any roster the search finds later).
    mutating func add(_ roster: CurtoisRoster) { master.add(roster, requestCost: requestCost) }

    /// Adds one rota to the pool unless it is there; true when it was new.
    @discardableResult
    mutating func add(_ column: CurtoisColumn) -> Bool { master.add(column) }

    /// Rounds of pricing until converged, `remaining()` runs out or `maxRounds` are done.
    ///
    /// Pricing uses smoothed duals (Wentges): a mix of the master LP's duals and the duals that gave the
    /// best bound so far, which damps the LP's oscillating duals and cuts the rounds needed. A smoothed
    /// round that adds nothing is repeated with the LP's own duals, so convergence is still exact.
    mutating func run(remaining: () -> Double, maxRounds: Int, smoothing: Double = 0.5, log: ((String) -> Void)?) throws {
        let instance = master.instance
        let employeeCount = instance.employees.count
        var center: [[Double]]?
        var mix = 0.0
        // Partial pricing first: a batch of employees per LP solve keeps the duals fresh while the pool is
        // poor; once batches covering everyone add nothing, whole rounds give the bound and convergence.
        var batch = min(employeeCount, max(8, employeeCount / 4))
        var cursor = 0, emptyBatches = 0
        // Whole rounds price with the node limit too (their bound is still valid, GLPK's bound on each
        // pricing) until one adds nothing; then exactly, to prove convergence.
        var exactPricing = false
        var masterLP = try CurtoisMasterLP(master)
        while !converged, rounds < maxRounds, remaining() > 0 {
            // Keep time for one whole round, so a bound comes out even when the partial rounds run long.
            if batch < employeeCount, bound == nil, pricings > 0,
               remaining() < 2 * Double(employeeCount) * pricingSeconds / Double(pricings) {
                batch = employeeCount
            }
            try masterLP.sync(with: master)
            let lp = masterLP.solve(timeLimit: max(remaining(), 0.1))
            while groupLimit > 2, let pace = quickPace, Double(employeeCount) * pace > remaining() / 8 {
                groupLimit /= 2
                quickPace = pace / 2 // a guess at the new pace, until measured
            }
            guard lp.status == .optimal, let rowDuals = lp.duals, let objective = lp.objective, let values = lp.values else { return }
            lastSolution = values
            lastObjective = objective
            rounds += 1
            let (convexity, lpCover) = master.duals(rowDuals)
            if batch < employeeCount {
                var added = 0
                for step in 0..<batch where remaining() > 0 {
                    let e = (cursor + step) % employeeCount
                    if try price(e, at: clamped(lpCover), lp: (convexity, lpCover), timeLimit: min(remaining(), 5),
                                 quick: true).added {
                        added += 1
                    }
                }
                cursor = (cursor + batch) % employeeCount
                emptyBatches = added == 0 ? emptyBatches + 1 : 0
                if emptyBatches * batch >= employeeCount { batch = employeeCount }
                log?("column generation round \(rounds) (partial): LP \(Int(objective.rounded())), \(added) rotas added, \(master.columns.count) in the pool, pricing \(Self.format(pricingSeconds)) s so far")
                continue
            }
            let mixed = center.map { center in
                zip(center, lpCover).map { zip($0, $1).map { mix * $0 + (1 - mix) * $1 } }
            } ?? lpCover
            let duals = clamped(mixed)
            var lagrangian: Double? = coverTerm(duals)
            var leastPriced: [Double] = []
            var exact = true
            var added = 0
            for e in instance.employees.indices {
                guard remaining() > 0 else { lagrangian = nil; break }
                let (result, pooled) = try price(e, at: duals, lp: (convexity, lpCover), timeLimit: min(remaining(), 5),
                                                 quick: !exactPricing)
                exact = exact && result.exact
                if pooled { added += 1 }
                if let sum = lagrangian, let least = result.pricedCostBound {
                    lagrangian = sum + least
                    leastPriced.append(least)
                } else {
                    lagrangian = nil
                }
            }
            if let lagrangian, lagrangian > bound ?? -.infinity {
                bound = lagrangian
                center = duals
                bestDuals = (duals, leastPriced, lagrangian)
            }
            if added == 0 {
                if mix == 0 {
                    if lagrangian != nil, exact {
                        // The Lagrangian bound of this round is the LP's optimum (less the shift's hair).
                        converged = true
                    } else {
                        exactPricing = true
                    }
                } else {
                    mix = 0 // smoothed duals priced out nothing: try the LP's own before calling it converged
                }
            } else {
                mix = smoothing
            }
            log?("column generation round \(rounds): LP \(Int(objective.rounded())), \(added) rotas added, \(master.columns.count) in the pool, bound \(bound.map { String(Int(($0 - 1e-6).rounded(.up))) } ?? "none"), pricing \(Self.format(pricingSeconds)) s so far")
        }
    }

    /// Prices employee `e` at `duals` and pools the rota found when its reduced cost at the master LP's
    /// own duals is negative (smoothed duals may find a rota the LP does not want).
    mutating func price(_ e: Int, at duals: [[Double]], lp: (convexity: [Double], cover: [[Double]]),
                        timeLimit: Double, quick: Bool) throws -> (result: CurtoisPricing.Priced, added: Bool) {
        let clock = ContinuousClock()
        let started = clock.now
        let result = try pricing.price(employee: e, coverDual: duals, timeLimit: timeLimit, quick: quick,
                                       upperBound: master.leastPricedCost(employee: e, coverDual: duals), groupLimit: groupLimit)
        let seconds = Self.seconds(clock.now - started)
        pricingSeconds += seconds
        pricings += 1
        if quick { quickPace = quickPace.map { 0.8 * $0 + 0.2 * seconds } ?? seconds }
        guard let column = result.column, reducedCost(column, lp.cover) - lp.convexity[e] < -1e-6 else { return (result, false) }
        return (result, master.add(column))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    private static func format(_ seconds: Double) -> String { CurtoisSolver.format(seconds) }

    /// The cover duals moved into [−over weight, under weight], where the Lagrangian bound is finite.
    func clamped(_ cover: [[Double]]) -> [[Double]] {
        zip(cover, master.instance.cover).map { duals, requirements in
            zip(duals, requirements).map { min(max($0, -Double($1.overWeight)), Double($1.underWeight)) }
        }
    }

    /// The cover rows' part of the Lagrangian bound at duals π: Σ π·requirement + min(0, under weight − π)·requirement
    /// (the shortfall variable's best value; the excess variable's is 0 while π ≥ −over weight).
    private func coverTerm(_ cover: [[Double]]) -> Double {
        var total = 0.0
        for (duals, requirements) in zip(cover, master.instance.cover) {
            for (dual, requirement) in zip(duals, requirements) {
                total += dual * Double(requirement.requirement)
                    + min(0, Double(requirement.underWeight) - dual) * Double(requirement.requirement)
            }
        }
        return total
    }

    /// A column's cost less its cover duals (before the convexity dual).
    private func reducedCost(_ column: CurtoisColumn, _ cover: [[Double]]) -> Double {
        var cost = column.cost
        for (d, t) in column.shifts.enumerated() where t >= 0 && t < cover[d].count { cost -= cover[d][t] }
        return cost
    }

    /// Reduced-cost enumeration: pools every rota that could be part of a roster cheaper than `objective`.
    ///
    /// At the duals of the best bound L, a roster costs at least L plus, for each employee, how much more
    /// its rota's priced cost is than that employee's least. So a roster below `objective` uses only rotas
    /// within `objective − 1 − L` of their employee's least, and when the gap is small there are few.
    /// Returns true when the enumeration is complete (no employee hit `limit` or the clock): the master
    /// MIP over the pool then finds the optimum.
    mutating func enumerateImproving(below objective: Int, limit: Int, remaining: () -> Double,
                                     log: ((String) -> Void)?) throws -> Bool {
        guard let best = bestDuals else { return false }
        let slack = Double(objective - 1) - best.bound
        guard slack >= 0 else { return true }
        var complete = true
        var added = 0
        for e in master.instance.employees.indices {
            guard remaining() > 0 else {
                complete = false
                break
            }
            let (columns, done) = try pricing.enumerate(employee: e, coverDual: best.cover,
                                                        threshold: best.leastPriced[e] + slack, limit: limit,
                                                        remaining: remaining)
            for column in columns where master.add(column) { added += 1 }
            complete = complete && done
        }
        log?("enumeration within \(Int(slack.rounded(.down))) of the bound: \(added) rotas added, \(master.columns.count) in the pool, \(complete ? "complete" : "cut short")")
        return complete
    }

    /// Rosters rounded from the last master LP (see `CurtoisMaster.roundings`); none before the first round.
    func roundings(count: Int, using generator: inout SeededGenerator) -> [CurtoisRoster] {
        guard let lastSolution else { return [] }
        return master.roundings(of: lastSolution, count: count, using: &generator)
    }

    /// The best roster that uses only pooled rotas (branch and cut on the master MIP), starting from
    /// `start`, whose rotas must be in the pool (nil when GLPK found nothing in its limits), and whether
    /// GLPK proved it the pool's best.
    func bestPooled(start: CurtoisRoster, timeLimit: Double, nodeLimit: Int?) throws -> (roster: CurtoisRoster?, optimal: Bool) {
        var parameters = SolverParameters()
        parameters.timeLimit = max(timeLimit, 0.1)
        parameters.nodeLimit = nodeLimit
        parameters.relativeGap = 0
        parameters.startSolution = master.values(for: start)
        parameters.feasibilityPump = false
        let result = try solver.solve(master.model(integer: true), parameters: parameters)
        return (result.values.map { master.roster(from: $0) }, result.status == .optimal)
    }
}
