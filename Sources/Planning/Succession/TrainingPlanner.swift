import Workforce

/// The cheapest mix of trainees, qualified hires, agency and extra NHS shifts (`SuccessionLevers`)
/// that keeps the median projected FTE at or above the target without running ahead of it, or,
/// where it cannot, by how much it falls short.
///
/// The integer programme (`TrainingPlanModel`) works with expected gains, but the target is on the
/// simulated median (with the quarter's agency and NHS shifts added). So the plan is checked in the very projection it came from (same seed, same
/// simulations: each person's fate is their own random stream, so adding trainees changes nothing
/// else) and, in any quarter where the median still falls short, the quarter's need is raised by
/// the difference and the model solved again, until the projection agrees or nothing more helps.
public struct TrainingPlanner: Sendable {
    public let data: PlanningData
    public let asOf: LocalDate
    public let simulations: Int
    public let seed: UInt64
    public let target: SuccessionTarget

    public init(data: PlanningData, asOf: LocalDate, simulations: Int, seed: UInt64, target: SuccessionTarget) {
        self.data = data
        self.asOf = asOf
        self.simulations = simulations
        self.seed = seed
        self.target = target
    }

    public func plan() throws -> SuccessionPlan {
        let settings = data.settings
        let training = settings.training
        let periods = ProjectionPeriod.quarters(from: asOf, years: settings.succession.years)
        let basis = RotaFTEBasis(hub: data.hub, abstractions: settings.abstractions, from: asOf)
        let people = ProjectionPerson.currentAndBooked(data, asOf: asOf, basis: basis)
        let targets = periods.map(target.value)
        let baseline = SuccessionProjection(periods: periods, people: people, assumptions: settings.succession)
            .run(simulations: simulations, seed: seed)
        let intakes = intakeDates(periods: periods)
        let hireStarts = hireDates(periods: periods)
        let levers = settings.levers
        var inputs = TrainingPlanModel.Inputs(
            needed: [], years: periods.map(\.years), gain: intakes.map { start in periods.map { expectedGain(start: start, at: $0) } },
            hireGain: hireStarts.map { start in periods.map { expectedHireGain(start: start, at: $0) } },
            capacity: training.capacityPerYear, traineeCost: training.costPerTrainee, levers: levers)
        let baselineMedian = baseline.fte.map(\.median)
        var adjustment = Array(repeating: 0.0, count: periods.count)
        var best: (solution: TrainingPlanModel.Solution, result: ProjectionResult)?
        var iterations = 0
        for _ in 0..<15 {
            iterations += 1
            inputs.needed = periods.indices.map { targets[$0] - baselineMedian[$0] + adjustment[$0] }
            let solution = try TrainingPlanModel.solve(inputs)
            let result = projection(periods: periods, people: people, intakes: intakes, trainees: solution.trainees,
                                    hires: hireStarts, hired: solution.hires)
            best = (solution, result)
            let median = periods.indices.map { result.fte[$0].median + solution.agency[$0] + solution.nhsExtra[$0] }
            // Quarters the model believes it meets but the simulation does not: ask for the difference.
            let misses = periods.indices.filter { solution.short[$0] < 1e-6 && median[$0] < targets[$0] - 1e-9 }
            if misses.isEmpty { break }
            for quarter in misses { adjustment[quarter] += targets[quarter] - median[quarter] + 0.005 }
        }
        guard let best else { throw PlanningError.solverFailed(model: "succession plan", status: "no iteration ran") }
        let solution = best.solution
        let plannedIntakes = zip(intakes, solution.trainees).map { SuccessionPlan.Intake(start: $0, trainees: $1, cost: Double($1) * training.costPerTrainee) }
        let plannedHires = zip(hireStarts, solution.hires).map { SuccessionPlan.Hire(start: $0, count: $1, cost: Double($1) * levers.recruitCost) }
        return SuccessionPlan(periods: periods, targets: targets, target: target, baseline: baseline, projection: best.result,
                              intakes: plannedIntakes, hires: plannedHires, agencyFTE: solution.agency, nhsExtraFTE: solution.nhsExtra,
                              levers: levers, iterations: iterations,
                              firstQualification: intakes.first.map { $0.adding(months: training.courseMonths) })
    }

    /// The projection with the plan's cohorts and qualified hires added.
    public func projection(periods: [ProjectionPeriod], people: [ProjectionPerson], intakes: [LocalDate], trainees: [Int],
                           hires: [LocalDate] = [], hired: [Int] = []) -> ProjectionResult {
        let training = data.settings.training
        let cohorts = zip(intakes, trainees).filter { $0.1 > 0 }.flatMap { start, count in
            ProjectionPerson.cohort(TrainingCohort(start: start, trainees: count, employer: training.newAMHPEmployer,
                                                   profession: training.newAMHPProfession, rotaFTE: training.newAMHPRotaFTE, origin: "plan"),
                                    training: training, assumptions: data.settings.succession)
        }
        let recruits = zip(hires, hired).filter { $0.1 > 0 }.flatMap { start, count in
            ProjectionPerson.hires(count, from: start, training: training, assumptions: data.settings.succession)
        }
        return SuccessionProjection(periods: periods, people: people + cohorts + recruits, assumptions: data.settings.succession)
            .run(simulations: simulations, seed: seed)
    }

    /// One recruitment round a year, the first starting the lead time after the as-of date; none
    /// when recruitment is off or would start after the horizon.
    func hireDates(periods: [ProjectionPeriod]) -> [LocalDate] {
        let levers = data.settings.levers
        guard levers.recruitPerYear > 0, let horizon = periods.last?.last else { return [] }
        let first = asOf.adding(months: levers.recruitLeadMonths)
        return (0..<data.settings.succession.years).map { first.adding(months: 12 * $0) }.filter { $0 <= horizon }
    }

    /// Rota FTE one qualified AMHP starting on `start` is expected to add by the end of a period.
    func expectedHireGain(start: LocalDate, at period: ProjectionPeriod) -> Double {
        let training = data.settings.training
        guard start <= period.last else { return 0 }
        let leaverRate = data.settings.succession.leaverRate(employer: training.newAMHPEmployer)
        return training.newAMHPRotaFTE * (1 - SuccessionProjection.chance(leaverRate, years: max(0, start.years(to: period.last))))
    }

    /// One intake a year in the intake month, from the first one after the as-of date.
    func intakeDates(periods: [ProjectionPeriod]) -> [LocalDate] {
        let training = data.settings.training
        var first = LocalDate(clampingYear: asOf.year, month: training.intakeMonth, day: 1)
        if first < asOf { first = first.adding(months: 12) }
        // An intake approved after the horizon cannot help the target within it, so it is not offered.
        guard let horizon = periods.last?.last else { return [] }
        return (0..<data.settings.succession.years).map { first.adding(months: 12 * $0) }
            .filter { $0.adding(months: training.courseMonths) <= horizon }
    }

    /// Rota FTE one trainee starting on `start` is expected to add by the end of a period.
    func expectedGain(start: LocalDate, at period: ProjectionPeriod) -> Double {
        let training = data.settings.training
        let approval = start.adding(months: training.courseMonths)
        guard approval <= period.last else { return 0 }
        let leaverRate = data.settings.succession.leaverRate(employer: training.newAMHPEmployer)
        let stay = 1 - SuccessionProjection.chance(leaverRate, years: max(0, approval.years(to: period.last)))
        return training.passRate * training.newAMHPRotaFTE * stay
    }
}
