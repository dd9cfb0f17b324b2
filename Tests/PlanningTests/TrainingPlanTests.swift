import Testing
import Workforce
@testable import Planning

/// The training plan: the integer programme by hand, and the plan checked in its own projection.
struct TrainingPlanTests {
    let asOf = PlanningFixture.date("2026-11-23")

    @Test func theModelChoosesTheCheapestIntakesByHand() throws {
        // Quarter 2 needs 1.0 FTE and quarter 3 needs 2.0. An early trainee adds 0.5 to every quarter,
        // a late one 0.4 to the third only: four early trainees (cost 4) beat two early and three late (5).
        let solution = try TrainingPlanModel.solve(.init(needed: [0, 1.0, 2.0], years: [0.25, 0.25, 0.25], gain: [[0.5, 0.5, 0.5], [0, 0, 0.4]],
                                                         capacity: 10, traineeCost: 0))
        #expect(solution.trainees == [4, 0])
        #expect(solution.short.allSatisfy { $0 < 1e-9 })
    }

    @Test func theModelSaysByHowMuchItCannot() throws {
        // Capacity 2 gives at most 1.0 FTE in quarter 2; quarter 1 cannot be helped at all.
        let solution = try TrainingPlanModel.solve(.init(needed: [0.7, 1.5], years: [0.25, 0.25], gain: [[0, 0.5]], capacity: 2, traineeCost: 100))
        #expect(solution.trainees == [2])
        #expect(abs(solution.short[0] - 0.7) < 1e-9)
        #expect(abs(solution.short[1] - 0.5) < 1e-9)
    }

    /// Twenty LA AMHPs with warrants spread over the years, and the usual leaver and retirement rates;
    /// training is the only lever (`SuccessionLeversTests` has the others).
    func data(target: Double, capacity: Int = 6) -> PlanningData {
        let amhps = (1...20).map { index in
            let start = PlanningFixture.date("2022-01-01").adding(months: index * 2)
            return PlanningFixture.amhp("A\(index)", employment: .localAuthority(fte: index % 2 == 0 ? 1.0 : 0.8),
                                        approval: DateRange(first: start, last: start.adding(months: 60).adding(days: -1))!)
        }
        var settings = PlanningSettings()
        settings.succession.target = .fixed(target)
        settings.training.capacityPerYear = capacity
        settings.levers = .trainingOnly
        let people = (1...20).map { PersonFacts(amhpID: "A\($0)", dateOfBirth: LocalDate(year: 1960 + $0, month: 6, day: 1)) }
        return PlanningFixture.data(PlanningFixture.hub(amhps), settings: settings, people: people)
    }

    func plan(_ data: PlanningData) throws -> SuccessionPlan {
        let target = try SuccessionTarget.make(data, asOf: asOf)
        return try TrainingPlanner(data: data, asOf: asOf, simulations: 200, seed: 5, target: target).plan()
    }

    @Test func thePlanMeetsItsTargetInTheProjectionItCameFrom() throws {
        let data = data(target: 13)
        let plan = try plan(data)
        #expect(plan.totalTrainees > 0)
        let median = plan.projection.fte.map(\.median)
        // Every quarter the plan claims is met really is met in its projection...
        let shortQuarters = Set(plan.shortfalls.map(\.period.index))
        for index in plan.periods.indices where !shortQuarters.contains(index) {
            #expect(median[index] >= plan.targets[index] - 1e-9, "\(plan.periods[index].label)")
        }
        // ...and every quarter after the first intake can be approved is met.
        let first = plan.firstQualification!
        for short in plan.shortfalls { #expect(short.period.last < first, "\(short.period.label) is short after \(first)") }
        // The projection it reports is the one its intakes give, run again from the same seed.
        let planner = TrainingPlanner(data: data, asOf: asOf, simulations: 200, seed: 5, target: plan.target)
        let basis = RotaFTEBasis(hub: data.hub, abstractions: data.settings.abstractions, from: asOf)
        let again = planner.projection(periods: plan.periods, people: ProjectionPerson.current(data, asOf: asOf, basis: basis),
                                       intakes: plan.intakes.map(\.start), trainees: plan.intakes.map(\.trainees))
        #expect(again.fte.map(\.median) == median)
    }

    @Test func noTraineesWhenTheWorkforceAlreadyMeetsTheTarget() throws {
        let plan = try plan(data(target: 3))
        #expect(plan.totalTrainees == 0)
        #expect(plan.shortfalls.isEmpty)
        #expect(plan.totalCost == 0)
    }

    @Test func shortfallsBeforeTheFirstIntakeAndWhenCapacityRunsOut() throws {
        let data = data(target: 40, capacity: 2)
        let plan = try plan(data)
        let training = data.settings.training
        #expect(plan.intakes.allSatisfy { $0.trainees == 2 })
        let first = plan.firstQualification!
        #expect(plan.shortfalls.count == plan.periods.count)
        for short in plan.shortfalls {
            let reason = plan.reason(for: short.period, courseMonths: training.courseMonths, capacity: training.capacityPerYear)
            #expect(reason.hasPrefix(short.period.last < first ? "too early" : "training capacity"), "\(short.period.label): \(reason)")
            #expect(short.target - short.median > 0)
        }
    }

    @Test func intakesComeOnceAYearInTheIntakeMonthAndOnlyWhileTheyCanHelp() throws {
        let plan = try plan(data(target: 13))
        // September 2027 to September 2030: a September 2031 start would be approved after the horizon.
        #expect(plan.intakes.map(\.start.description) == ["2027-09-01", "2028-09-01", "2029-09-01", "2030-09-01"])
        #expect(plan.firstQualification == PlanningFixture.date("2028-09-01"))
    }
}
