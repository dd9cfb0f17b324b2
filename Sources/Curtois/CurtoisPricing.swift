import LinearProgramming

/// The pricing problem of column generation: for one employee, the rota of least reduced cost given the
/// master's dual prices. It is the benchmark's model for that employee alone (every hard rule is per
/// employee), with the cover duals subtracted from the assignment costs, solved exactly by dynamic
/// programming (`CurtoisLabelling`), or by GLPK when the labels would not fit or grow too many.
/// Enumeration lists rotas by depth-first search, or with GLPK and no-good cuts.
struct CurtoisPricing {
    /// One labelling per employee (nil: GLPK prices that employee).
    private let labellings: [CurtoisLabelling?]
    private let requestCost: CurtoisRequestCost
    private let instance: CurtoisInstance
    private let solver = GLPKSolver()

    /// Quick pricing's limits. GLPK: any rota of negative reduced cost helps, and exact pricing of a 42-day
    /// rota can take a quarter of a second (instance 14). Labelling: a few labels per group find a good
    /// rota in a fraction of the exact search's time; with 4, column generation on instance 14 stalled
    /// at an LP of 1762, with 16 it reached 1354. The greedy start and the dive's finish use 4: with 16
    /// the start of instance 13 took 17 s instead of 7.
    static let quickNodeLimit = 20
    static let quickGroupLimit = 16
    static let greedyGroupLimit = 4
    /// How many of the longest shifts a long horizon's heuristic rotas may stray from an even pace.
    static let pace = 6

    /// Employee `e`'s labelling (nil when GLPK prices them).
    func labelling(_ e: Int) -> CurtoisLabelling? { labellings[e] }

    /// `labelling: false` prices every employee with GLPK (tests compare the two).
    init(_ instance: CurtoisInstance, labelling: Bool = true) {
        labellings = instance.employees.indices.map { labelling ? CurtoisLabelling(instance, employee: $0) : nil }
        requestCost = CurtoisRequestCost(instance)
        self.instance = instance
    }

    /// What pricing found for one employee.
    struct Priced {
        /// The best rota found, as a column (nil if GLPK found none in time).
        var column: CurtoisColumn?
        /// The column's priced cost: requests cost − Σ cover duals over the shifts it works.
        var pricedCost: Double
        /// A lower bound on every rota's priced cost for this employee (equal when solved to optimality;
        /// nil when GLPK stopped without one).
        var pricedCostBound: Double?
        /// Whether GLPK proved the column the least (false when a limit stopped it).
        var exact: Bool
    }

    /// The employee's rota of least requests cost − Σ `coverDual[d][t]` over the shifts it works.
    /// `quick` trades exactness for speed: the labelling keeps few labels per group, GLPK stops after a
    /// few nodes; the column is then only good, and the bound weaker. `upperBound`, the priced cost of a
    /// legal rota the caller has (a pooled one), speeds the labelling up: when no rota is cheaper, no
    /// column comes back.
    /// `groupLimit` overrides quick pricing's labels per group.
    /// `pace` (with `quick`) searches a long horizon's rotas within so many of the longest shifts of an even
    /// pace first (`CurtoisLabelling.paceBand`): for heuristics, which need a good rota fast and no bound.
    func price(employee e: Int, coverDual: [[Double]], timeLimit: Double, quick: Bool = false,
               upperBound: Double = .infinity, groupLimit: Int? = nil, pace: Int? = nil) throws -> Priced {
        if let labelling = labellings[e] {
            let limit = quick ? groupLimit ?? Self.quickGroupLimit : nil
            if let pace, quick, let band = labelling.paceBand(shifts: pace) {
                // A year's labels: up to 16 million steps (128 MB) on the way back.
                let outcome = labelling.cheapest(coverDual: coverDual, upperBound: upperBound, groupLimit: limit, band: band,
                                                 labelLimit: 16_000_000)
                if case .rota(let shifts, let pricedCost, _) = outcome {
                    let column = CurtoisColumn(employee: e, shifts: shifts, cost: requestCost.cost(employee: e, shifts: shifts))
                    return Priced(column: column, pricedCost: pricedCost, pricedCostBound: nil, exact: false)
                }
                // Nothing better than the rota the caller has, near an even pace: a heuristic takes that as
                // its answer; only a caller with no rota at all goes on to the full search.
                if upperBound.isFinite { return Priced(column: nil, pricedCost: upperBound, pricedCostBound: nil, exact: false) }
            }
            switch labelling.cheapest(coverDual: coverDual, upperBound: upperBound, groupLimit: limit) {
            case .rota(let shifts, let pricedCost, let lowerBound):
                let column = CurtoisColumn(employee: e, shifts: shifts, cost: requestCost.cost(employee: e, shifts: shifts))
                return Priced(column: column, pricedCost: pricedCost, pricedCostBound: lowerBound, exact: !quick)
            case .noneBelow(let lowerBound):
                return Priced(column: nil, pricedCost: upperBound, pricedCostBound: lowerBound, exact: !quick)
            case .infeasible:
                return Priced(column: nil, pricedCost: .infinity, pricedCostBound: .infinity, exact: true)
            case .gaveUp:
                break
            }
        }
        let model = model(e)
        return try price(employee: e, model: model, linear: pricedModel(model, coverDual), timeLimit: timeLimit,
                         nodeLimit: quick ? Self.quickNodeLimit : nil)
    }

    /// Employee `e`'s best rota given how many others work each (day, shift): priced at each cell's
    /// marginal cover cost, the shortfall weight while short and minus the excess weight once met. Nil
    /// when the employee has no legal rota (or none was found in time).
    func bestResponse(employee e: Int, staffed: [[Int]], timeLimit: Double) throws -> CurtoisColumn? {
        let duals = marginalCoverDuals(staffed: staffed)
        // Quick pricing is near enough here, and exact pricing with no rota to beat can be slow
        // (instance 13); it runs only when the quick search misses every legal rota.
        // A long horizon: one label a group within one shift of an even pace first (instance 24: 150
        // employees of 364 days), then wider. Few labels a group can lose every rota that keeps a tight
        // limit (weekends, a shift type): more labels before the exact search, which may not finish.
        for (labels, pace) in [(1, 1), (Self.greedyGroupLimit, Self.pace), (Self.quickGroupLimit * 4, Self.pace)] {
            guard labellings[e]?.paceBand(shifts: pace) != nil else { break }
            if let column = try price(employee: e, coverDual: duals, timeLimit: timeLimit, quick: true,
                                      groupLimit: labels, pace: pace).column {
                return column
            }
        }
        if let column = try price(employee: e, coverDual: duals, timeLimit: timeLimit, quick: true,
                                  groupLimit: Self.greedyGroupLimit).column {
            return column
        }
        return try price(employee: e, coverDual: duals, timeLimit: timeLimit).column
    }

    /// Each (day, shift)'s price for one more person, given how many others work it: the shortfall
    /// weight while short, minus the excess weight once met.
    func marginalCoverDuals(staffed: [[Int]]) -> [[Double]] {
        instance.cover.enumerated().map { d, row in
            row.enumerated().map { t, cover in
                staffed[d][t] < cover.requirement ? Double(cover.underWeight) : -Double(cover.overWeight)
            }
        }
    }

    /// Every rota of employee `e` whose priced cost is at most `threshold`, cheapest first, up to `limit`:
    /// by the labelling's depth-first search, or (when that is cut short by its node limit or the
    /// employee has no labelling) by pricing again with the rotas before it cut off (a no-good cut on the
    /// assignments). `complete` is true when no other rota is that cheap.
    func enumerate(employee e: Int, coverDual: [[Double]], threshold: Double, limit: Int,
                   remaining: () -> Double) throws -> (columns: [CurtoisColumn], complete: Bool) {
        if let labelling = labellings[e] {
            let found = labelling.enumerate(coverDual: coverDual, threshold: threshold, limit: limit)
            let columns = found.rotas.map {
                CurtoisColumn(employee: e, shifts: $0.shifts, cost: requestCost.cost(employee: e, shifts: $0.shifts))
            }
            // Cut short by its node limit rather than by `limit`: GLPK may still list them all.
            if found.complete || columns.count >= limit { return (columns, found.complete) }
        }
        let model = model(e)
        var linear = pricedModel(model, coverDual)
        var columns: [CurtoisColumn] = []
        while columns.count < limit, remaining() > 0 {
            let priced = try price(employee: e, model: model, linear: linear, timeLimit: min(remaining(), 5), nodeLimit: nil)
            guard priced.exact else { return (columns, false) }
            guard let column = priced.column, priced.pricedCost <= threshold + 1e-6 else { return (columns, true) }
            columns.append(column)
            // Σ over worked cells (1 − x) + Σ over the others x ≥ 1: this rota, and only it, is cut off.
            var cut = LinearExpression()
            var worked = 0
            for d in 0..<model.instance.dayCount {
                for (t, variable) in model.shiftVariables(0, day: d) {
                    if column.shifts[d] == t {
                        cut.add(variable, -1)
                        worked += 1
                    } else {
                        cut.add(variable, 1)
                    }
                }
            }
            linear.addConstraint(cut, atLeast: Double(1 - worked), name: "notAgain(\(columns.count))")
        }
        return (columns, false)
    }

    /// Employee `e`'s own model: the instance cut down to that employee, without cover. Built when GLPK
    /// prices them (rarely: the labelling prices nearly everyone), since a year's models for 150
    /// employees took 2 GB (instance 24).
    private func model(_ e: Int) -> CurtoisModel { CurtoisModelBuilder.build(instance.alone(e)) }

    /// An employee's own model with the cover duals taken off the assignments' costs.
    private func pricedModel(_ model: CurtoisModel, _ coverDual: [[Double]]) -> LinearModel {
        var linear = model.linear
        for d in 0..<model.instance.dayCount {
            for (t, variable) in model.shiftVariables(0, day: d) where coverDual[d][t] != 0 {
                linear.objective.add(variable, -coverDual[d][t])
            }
        }
        return linear
    }

    /// `linear` priced from the employee's own `model`, by GLPK.
    private func price(employee e: Int, model: CurtoisModel, linear: LinearModel, timeLimit: Double, nodeLimit: Int?) throws -> Priced {
        var parameters = SolverParameters()
        parameters.timeLimit = max(timeLimit, 0.01)
        parameters.relativeGap = 0
        parameters.nodeLimit = nodeLimit
        parameters.feasibilityPump = false
        let result = try solver.solve(linear, parameters: parameters)
        let bound = result.status == .infeasible ? .infinity : result.bound
        guard let values = result.values, let objective = result.objective else {
            return Priced(column: nil, pricedCost: .infinity, pricedCostBound: bound, exact: result.status == .infeasible)
        }
        let roster = model.roster(from: values)
        let shifts = (0..<model.instance.dayCount).map { roster[0, $0] ?? -1 }
        let cost = model.linear.objectiveValue(Array(values.prefix(model.linear.variableCount))).rounded()
        return Priced(column: CurtoisColumn(employee: e, shifts: shifts, cost: cost), pricedCost: objective,
                      pricedCostBound: bound, exact: result.status == .optimal)
    }
}

extension CurtoisInstance {
    /// The instance for employee `e` alone, without cover: the pricing problem's rules and requests.
    func alone(_ e: Int) -> CurtoisInstance {
        func own(_ requests: [Request]) -> [Request] {
            requests.filter { $0.employee == e }.map { request in
                var request = request
                request.employee = 0
                return request
            }
        }
        return CurtoisInstance(name: "\(name)-\(employees[e].id)", dayCount: dayCount, shifts: shifts,
                               employees: [employees[e]], daysOff: [daysOff[e]], onRequests: own(onRequests),
                               offRequests: own(offRequests), cover: Array(repeating: [], count: dayCount))
    }
}
