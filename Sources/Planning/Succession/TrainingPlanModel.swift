import LinearProgramming

/// The succession plan as an integer programme, solved by GLPK: trainees, qualified hires, agency
/// and extra NHS shifts, meeting each quarter's target at least cost without running ahead of it.
///
///     minimise   Σ_y (traineeCost + 1) × trainees[y] + Σ_h (recruitCost + 1) × hires[h]
///              + Σ_q years[q] × (agencyCost × agency[q] + nhsCost × nhs[q] + overshootCost × over[q])
///              + 10,000,000 × Σ_q short[q]
///     subject to Σ_y gain[y][q] × trainees[y] + Σ_h hireGain[h][q] × hires[h]
///                  + agency[q] + nhs[q] + short[q] ≥ needed[q]                             each quarter q
///                over[q] ≥ Σ_y gain[y][q] × trainees[y] + Σ_h hireGain[h][q] × hires[h] − max(needed[q], 0)
///                0 ≤ trainees[y] ≤ capacity, 0 ≤ hires[h] ≤ recruitPerYear, whole numbers;
///                0 ≤ agency[q] ≤ agencyMax, 0 ≤ nhs[q] ≤ nhsMax; short, over ≥ 0
///
/// `gain[y][q]` is the rota FTE one trainee of intake y is expected to add by the end of quarter q
/// (pass rate × FTE × the chance they have not left since approval), `hireGain[h][q]` the same for
/// a qualified AMHP hired in year h (no course, no pass rate), and `needed[q]` what the target asks
/// beyond the projection without a plan. Agency and extra NHS shifts help only in the quarter
/// bought. `over` prices permanent FTE beyond the target, so the plan does not train early to run
/// ahead. The `+ 1`s make the cheapest plan also the one with fewest people when costs tie. `short`
/// keeps the model feasible when no lever helps in time or all are used up, and says by how much.
enum TrainingPlanModel {
    struct Inputs {
        var needed: [Double]
        /// Each quarter's length in years, which prices agency, NHS shifts and overshoot pro rata.
        var years: [Double]
        var gain: [[Double]]
        var hireGain: [[Double]] = []
        var capacity: Int
        var traineeCost: Double
        var levers = SuccessionLevers.trainingOnly
    }

    struct Solution {
        let trainees: [Int]
        let hires: [Int]
        let agency: [Double]
        let nhsExtra: [Double]
        let short: [Double]
    }

    static let shortPenalty = 10_000_000.0

    static func solve(_ inputs: Inputs) throws -> Solution {
        let levers = inputs.levers
        var model = LinearModel(name: "succession-plan")
        var objective = LinearExpression()
        let intakes = inputs.gain.indices.map { year -> Variable in
            let variable = model.addVariable(name: "trainees(intake=\(year + 1))", kind: .integer, lowerBound: 0, upperBound: Double(inputs.capacity))
            objective.add(variable, inputs.traineeCost + 1)
            return variable
        }
        let hires = inputs.hireGain.indices.map { year -> Variable in
            let variable = model.addVariable(name: "hires(year=\(year + 1))", kind: .integer, lowerBound: 0, upperBound: Double(levers.recruitPerYear))
            objective.add(variable, levers.recruitCost + 1)
            return variable
        }
        var agency: [Variable] = [], nhs: [Variable] = [], shorts: [Variable] = []
        for quarter in inputs.needed.indices {
            let years = inputs.years[quarter]
            let bought = model.addVariable(name: "agency(quarter=\(quarter + 1))", lowerBound: 0, upperBound: levers.agencyMaxFTE)
            objective.add(bought, levers.agencyCostPerFTEYear * years)
            let extra = model.addVariable(name: "nhs_extra(quarter=\(quarter + 1))", lowerBound: 0, upperBound: levers.nhsExtraMaxFTE)
            objective.add(extra, levers.nhsExtraCostPerFTEYear * years)
            let short = model.addVariable(name: "short(quarter=\(quarter + 1))", lowerBound: 0)
            objective.add(short, shortPenalty)
            var permanent = LinearExpression()
            for (year, variable) in intakes.enumerated() where inputs.gain[year][quarter] > 0 { permanent.add(variable, inputs.gain[year][quarter]) }
            for (year, variable) in hires.enumerated() where inputs.hireGain[year][quarter] > 0 { permanent.add(variable, inputs.hireGain[year][quarter]) }
            if inputs.needed[quarter] > 1e-9 {
                var supply = permanent
                supply.add(bought, 1)
                supply.add(extra, 1)
                supply.add(short, 1)
                model.addConstraint(supply, atLeast: inputs.needed[quarter], name: "target(quarter=\(quarter + 1))")
            }
            if levers.overshootCostPerFTEYear > 0 && !permanent.isEmpty {
                let over = model.addVariable(name: "over(quarter=\(quarter + 1))", lowerBound: 0)
                objective.add(over, levers.overshootCostPerFTEYear * years)
                var excess = LinearExpression(over)
                excess.add(permanent, scaledBy: -1)
                model.addConstraint(excess, atLeast: -max(inputs.needed[quarter], 0), name: "overshoot(quarter=\(quarter + 1))")
            }
            (agency, nhs, shorts) = (agency + [bought], nhs + [extra], shorts + [short])
        }
        model.objective = objective
        var parameters = SolverParameters()
        // At most 31 nodes on the tests' hubs; capped by nodes, not seconds, so a busy machine plans the same.
        parameters.timeLimit = nil
        parameters.nodeLimit = 20_000
        parameters.relativeGap = 0
        let result = try GLPKSolver().solve(model, parameters: parameters)
        guard let values = result.values else { throw PlanningError.solverFailed(model: "succession plan", status: result.rawStatus) }
        let value = { (variable: Variable) in max(0, values[variable.index]) }
        return Solution(trainees: intakes.map { Int(values[$0.index].rounded()) }, hires: hires.map { Int(values[$0.index].rounded()) },
                        agency: agency.map(value), nhsExtra: nhs.map(value), short: shorts.map(value))
    }
}
