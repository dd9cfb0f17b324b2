import LinearProgramming

/// The pricing problem of column generation: for one employee, the rota of least reduced cost given the
/// master's dual prices. It is the benchmark's model for that employee alone (every hard rule is per
/// employee), with the cover duals subtracted from the assignment costs, solved exactly by GLPK.
struct CurtoisPricing {
    /// One model per employee: the instance cut down to that employee, without cover.
    private let models: [CurtoisModel]
    private let solver = GLPKSolver()

    init(_ instance: CurtoisInstance) {
        models = instance.employees.indices.map { CurtoisModelBuilder.build(instance.alone($0)) }
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
    /// `nodeLimit` trades exactness for speed: the column is then only good, and the bound weaker.
    func price(employee e: Int, coverDual: [[Double]], timeLimit: Double, nodeLimit: Int? = nil) throws -> Priced {
        try price(employee: e, linear: pricedModel(e, coverDual), timeLimit: timeLimit, nodeLimit: nodeLimit)
    }

    /// Every rota of employee `e` whose priced cost is at most `threshold`, cheapest first, each found by
    /// pricing again with the rotas before it cut off (a no-good cut on the assignments), up to `limit`.
    /// `complete` is true when GLPK proved no other rota is that cheap.
    func enumerate(employee e: Int, coverDual: [[Double]], threshold: Double, limit: Int,
                   remaining: () -> Double) throws -> (columns: [CurtoisColumn], complete: Bool) {
        let model = models[e]
        var linear = pricedModel(e, coverDual)
        var columns: [CurtoisColumn] = []
        while columns.count < limit, remaining() > 0 {
            let priced = try price(employee: e, linear: linear, timeLimit: min(remaining(), 5), nodeLimit: nil)
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

    /// Employee `e`'s own model with the cover duals taken off the assignments' costs.
    private func pricedModel(_ e: Int, _ coverDual: [[Double]]) -> LinearModel {
        let model = models[e]
        var linear = model.linear
        for d in 0..<model.instance.dayCount {
            for (t, variable) in model.shiftVariables(0, day: d) where coverDual[d][t] != 0 {
                linear.objective.add(variable, -coverDual[d][t])
            }
        }
        return linear
    }

    private func price(employee e: Int, linear: LinearModel, timeLimit: Double, nodeLimit: Int?) throws -> Priced {
        let model = models[e]
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
