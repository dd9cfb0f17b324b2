import LinearProgramming

/// The training plan as an integer programme, solved by GLPK.
///
///     minimise   Σ_y (cost + 1) × trainees[y] + 1,000,000 × Σ_q short[q]
///     subject to Σ_y gain[y][q] × trainees[y] + short[q] ≥ needed[q]     for each quarter q
///                0 ≤ trainees[y] ≤ capacity, whole numbers;  short[q] ≥ 0
///
/// `gain[y][q]` is the rota FTE one trainee starting in intake y is expected to add by the end of
/// quarter q (pass rate × their FTE × the chance they have not left since approval), and
/// `needed[q]` what the target asks beyond the projection without a plan. The `+ 1` makes the
/// cheapest plan also the one with fewest trainees when costs tie. `short` keeps the model
/// feasible where no intake can help in time or capacity runs out, and says by how much.
enum TrainingPlanModel {
    struct Solution {
        let trainees: [Int]
        let short: [Double]
    }

    static func solve(needed: [Double], gain: [[Double]], capacity: Int, cost: Double) throws -> Solution {
        var model = LinearModel(name: "training-plan")
        var objective = LinearExpression()
        let intakes = gain.indices.map { year -> Variable in
            let variable = model.addVariable(name: "trainees(intake=\(year + 1))", kind: .integer, lowerBound: 0, upperBound: Double(capacity))
            objective.add(variable, cost + 1)
            return variable
        }
        let shorts = needed.indices.map { quarter -> Variable in
            let short = model.addVariable(name: "short(quarter=\(quarter + 1))", lowerBound: 0)
            objective.add(short, 1_000_000)
            guard needed[quarter] > 1e-9 else { return short }
            var supply = LinearExpression(short)
            for (year, variable) in intakes.enumerated() where gain[year][quarter] > 0 {
                supply.add(variable, gain[year][quarter])
            }
            model.addConstraint(supply, atLeast: needed[quarter], name: "target(quarter=\(quarter + 1))")
            return short
        }
        model.objective = objective
        var parameters = SolverParameters()
        parameters.timeLimit = 30
        parameters.relativeGap = 0
        let result = try GLPKSolver().solve(model, parameters: parameters)
        guard let values = result.values else { throw PlanningError.solverFailed(model: "training plan", status: result.rawStatus) }
        return Solution(trainees: intakes.map { Int(values[$0.index].rounded()) }, short: shorts.map { max(0, values[$0.index]) })
    }
}
