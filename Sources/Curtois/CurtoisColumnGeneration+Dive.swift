extension CurtoisColumnGeneration {
    /// A roster by diving: fix the employees whose rota the master LP takes whole and some it leans to
    /// most, re-solve the LP and price the others against it, and repeat until every employee is fixed.
    ///
    /// A fix that makes the LP jump (by more than `diveJump` of its value, and at least 5) is undone: a
    /// batch is retried one rota at a time, and a single rota is kept out of the LP from then on; after
    /// `diveRetries` undone in a row the next fix stays whatever it costs. Without this the dives of instances 8 and 12 held the LP to within 0.5% for most of the way,
    /// then lost 5–10% in the last few fixes, each forcing someone short.
    ///
    /// When time runs out, everyone still unfixed takes their best rota given the others. Nil only if the
    /// master LP fails. The new rotas stay in the pool.
    ///
    /// `pick`, given the weights of the rotas the LP leans to (heaviest first), says which to fix next
    /// (nil: the heaviest); a random pick makes dives after the first take other paths.
    ///
    /// `backtrack: false` never undoes a fix: on a master LP still far above the bound (instance 14) the
    /// undoing only spent the dive's time, and the plain dive gave the search a better start.
    mutating func dive(remaining: () -> Double, roundsPerStep: Int, pick: (([Double]) -> Int)? = nil,
                       backtrack: Bool = true, log: ((String) -> Void)?) throws -> CurtoisRoster? {
        let employeeCount = master.instance.employees.count
        var fixed = [Int?](repeating: nil, count: employeeCount)
        var forbidden = Set<Int>()
        var masterLP = try CurtoisMasterLP(master)
        // The LP's value before the last fractional fix, and that fix, to undo it when the LP jumps.
        var reference: Double?
        var lastBatch: [(employee: Int, column: Int)] = []
        var singleNext = false
        var backtracks = 0, rejectedInARow = 0
        // Steps so far and their seconds: when time is short, each step fixes more, so the dive still ends
        // with everyone fixed by the LP rather than by best response (on instance 14 it ran out at 21 of 32).
        var steps = 0, stepSeconds = 0.0
        hastyDiveSteps = 0
        while fixed.contains(nil) {
            let hurry = remaining() <= 0
            let before = remaining()
            let unfixed = fixed.filter { $0 == nil }.count
            // A dive on a loose LP, with its small share of the time, prices in each step only while the
            // step's share of the time left lasts, so it reaches its last fix by the LP: with ten rounds a
            // step regardless, instance 15's steps took 2.4 s of a 6.4-s dive, and the third step fixed
            // the 44 employees left at once (10,038 against an LP of 3,975). A dive on a tight LP has half
            // the time, and prices in each step as before: its steps need it to keep the LP from jumping.
            let budget = backtrack ? Double.infinity : before / Double(Self.stepsToFix(unfixed))
            guard let (values, objective) = try resolve(&masterLP, fixed: fixed, rounds: hurry ? 1 : roundsPerStep,
                                                        remaining: remaining, stepBudget: budget) else { return nil }
            steps += 1
            stepSeconds += before - remaining()
            let jumped = !hurry && !lastBatch.isEmpty && reference.map { objective > $0 + max(5, Self.diveJump * $0) } ?? false
            if jumped, backtrack, rejectedInARow < Self.diveRetries {
                backtracks += 1
                rejectedInARow += 1
                if lastBatch.count == 1 {
                    forbidden.insert(lastBatch[0].column)
                } else {
                    singleNext = true
                }
                for (e, _) in lastBatch {
                    fixed[e] = nil
                    try masterLP.release(employee: e, in: master, forbidden: forbidden)
                }
                lastBatch = []
                continue
            }
            if !lastBatch.isEmpty { rejectedInARow = 0 }
            reference = objective
            lastBatch = []
            log?("dive step: \(fixed.compactMap { $0 }.count) fixed, LP \(Int(objective.rounded())), \(backtracks) undone, \(CurtoisSolver.format(remaining())) s left")
            // Out of time: everyone unfixed takes their best rota given the others, one at a time.
            if hurry {
                hastyDiveSteps += 1
                var staffed = master.instance.cover.map { [Int](repeating: 0, count: $0.count) }
                for k in fixed.compactMap({ $0 }) { master.columns[k].count(into: &staffed) }
                for e in 0..<employeeCount where fixed[e] == nil {
                    guard let column = try pricing.bestResponse(employee: e, staffed: staffed, timeLimit: 1) else { return nil }
                    add(column)
                    fixed[e] = master.position(of: column)
                    column.count(into: &staffed)
                }
                break
            }
            // Fix every employee whose rota the LP takes whole; if none, the eighth of those left that it
            // leans to most (at least one; more when time is short): one at a time took too many steps
            // on instance 12.
            var leaning: [(employee: Int, column: Int, weight: Double)] = []
            var whole = 0
            for (k, column) in master.columns.enumerated() where fixed[column.employee] == nil && k < values.count {
                // Whole within the hair the requirements are lowered by (see `CurtoisMaster.lpCoverShift`).
                if values[k] > 0.99 {
                    fixed[column.employee] = k
                    try masterLP.fix(employee: column.employee, to: k, in: master)
                    whole += 1
                } else if values[k] > 1e-6 {
                    leaning.append((column.employee, k, values[k]))
                }
            }
            guard whole == 0 else { continue }
            guard !leaning.isEmpty else { return nil }
            // The whole fixes above `continue`, so `unfixed` still counts those left. Without a budget,
            // half the steps the time left affords, to be safe.
            let affordable = max(1, remaining() / (stepSeconds / Double(steps)) / (backtrack ? 2 : 1))
            let even = Self.evenShare(unfixed)
            var quota = singleNext ? 1 : max(even, Int((Double(unfixed) / affordable).rounded(.up)))
            if quota > 2 * even { hastyDiveSteps += 1 }
            singleNext = false
            var candidates = leaning.sorted { $0.weight > $1.weight }
            while quota > 0, !candidates.isEmpty {
                let candidate = candidates.remove(at: pick.map { min($0(candidates.map(\.weight)), candidates.count - 1) } ?? 0)
                guard fixed[candidate.employee] == nil else { continue }
                fixed[candidate.employee] = candidate.column
                try masterLP.fix(employee: candidate.employee, to: candidate.column, in: master)
                lastBatch.append((candidate.employee, candidate.column))
                quota -= 1
            }
        }
        var chosen = [Double](repeating: 0, count: master.columns.count)
        for k in fixed.compactMap({ $0 }) { chosen[k] = 1 }
        log?("dive: \(master.columns.count) rotas in the pool, \(backtracks) fixes undone, \(hastyDiveSteps) steps in haste")
        return master.roster(from: chosen)
    }

    /// How many steps fix `unfixed` employees when each fixes an eighth of those left (at least one), as
    /// a dive step does when the LP takes none whole.
    static func stepsToFix(_ unfixed: Int) -> Int {
        var left = unfixed, steps = 0
        while left > 0 {
            left -= evenShare(left)
            steps += 1
        }
        return max(steps, 1)
    }

    /// A dive step with no whole rota fixes one in eight of the employees left (at least one), unless
    /// time is short.
    static func evenShare(_ unfixed: Int) -> Int { max(1, unfixed / 8) }

    /// The share of the LP's value a single dive step may add before it is undone.
    static let diveJump = 0.002
    /// How many fixes in a row a dive step may undo before it keeps one whatever it costs.
    static let diveRetries = 2

    /// Re-solves the dive's master LP with up to `rounds` rounds of quick pricing for the unfixed employees,
    /// fewer when a round adds nothing or the step has spent `stepBudget` seconds. The LP's values and
    /// objective, or nil if it failed.
    private mutating func resolve(_ masterLP: inout CurtoisMasterLP, fixed: [Int?], rounds: Int,
                                  remaining: () -> Double, stepBudget: Double) throws -> (values: [Double], objective: Double)? {
        var round = 0
        let start = remaining()
        func withinBudget() -> Bool { remaining() > 0 && start - remaining() < stepBudget }
        while true {
            try masterLP.sync(with: master)
            let lp = masterLP.solve(timeLimit: max(remaining(), 1))
            guard lp.status == .optimal, let rowDuals = lp.duals, let solution = lp.values, let objective = lp.objective else { return nil }
            round += 1
            guard round < rounds, withinBudget() else { return (solution, objective) }
            let (convexity, cover) = master.duals(rowDuals)
            var added = 0
            for e in fixed.indices where fixed[e] == nil && withinBudget() {
                if try price(e, at: clamped(cover), lp: (convexity, cover), timeLimit: min(remaining(), 5), quick: true).added {
                    added += 1
                }
            }
            if added == 0 { return (solution, objective) }
        }
    }
}
