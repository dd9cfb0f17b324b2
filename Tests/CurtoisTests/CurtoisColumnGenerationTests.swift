import LinearProgramming
import Testing
import Workforce
@testable import Curtois

/// Column generation on the set-partitioning form: its master agrees with the compact model, its bound
/// is a true lower bound and beats the compact LP's, and the pooled roster keeps every hard rule.
@Suite(.enabled(if: CurtoisFixtures.benchmarksPresent, CurtoisFixtures.skipMessage), .serialized)
struct CurtoisColumnGenerationTests {
    /// A valid roster to start from: the start and a few neighbourhood searches, no column generation.
    private func searchedRoster(_ instance: CurtoisInstance, iterations: Int) throws -> CurtoisRoster {
        var options = CurtoisSolveOptions()
        options.timeLimit = 10
        options.iterationLimit = iterations
        options.columnGenerationEnd = 0
        return try CurtoisSolver(options: options).solve(instance).roster
    }

    /// A roster costs the same in the master (columns plus cover) as in the benchmark's own model.
    @Test(arguments: [1, 2])
    func masterAndCompactModelPriceARosterAlike(_ number: Int) throws {
        let instance = try CurtoisFixtures.instance(number)
        let model = CurtoisModelBuilder.build(instance)
        let roster = try searchedRoster(instance, iterations: 2)
        var master = CurtoisMaster(instance: instance)
        master.add(roster, requestCost: CurtoisRequestCost(instance))
        let masterValues = try #require(master.values(for: roster))
        let compactValues = try #require(model.values(for: roster))
        #expect(master.model(integer: true).objectiveValue(masterValues) == model.linear.objectiveValue(compactValues))
        #expect(master.roster(from: masterValues) == roster)
    }

    /// Converged column generation bounds the proven optimum from below, at least as tightly as the
    /// compact model's LP; the dived and pooled rosters keep every hard rule and cost what the evaluator says.
    @Test(arguments: [(1, 607), (3, 1001)])
    func boundIsValidAndPooledRosterIsFeasible(_ row: (Int, Int)) throws {
        let instance = try CurtoisFixtures.instance(row.0)
        let model = CurtoisModelBuilder.build(instance)
        let start = try searchedRoster(instance, iterations: 1)
        var generation = CurtoisColumnGeneration(instance: instance)
        generation.add(start)
        try generation.run(remaining: { 60 }, maxRounds: 200, log: nil)
        #expect(generation.converged)
        let bound = try #require(generation.bound)
        let compact = try #require(try GLPKSolver().solveRelaxation(model.linear).objective)
        #expect(bound <= Double(row.1) + 1e-6)
        #expect(bound >= compact - 1e-6)

        // Rounding the master LP mixes rotas that each keep the (per-employee) hard rules.
        var generator = SeededGenerator(seed: 5)
        let roundings = generation.roundings(count: 20, using: &generator)
        #expect(roundings.count == 20)
        for roster in roundings {
            #expect(CurtoisEvaluator(instance: instance).evaluate(roster).violations.isEmpty)
        }

        // Diving fixes one rota per employee: the roster keeps every hard rule and respects the bound.
        let dived = try #require(try generation.dive(remaining: { 60 }, roundsPerStep: 3, log: nil))
        let diveEvaluation = CurtoisEvaluator(instance: instance).evaluate(dived)
        #expect(diveEvaluation.violations.isEmpty, "\(diveEvaluation.violations)")
        #expect(Double(diveEvaluation.objective) >= bound - 1e-6)

        let pooled = try #require(try generation.bestPooled(start: start, timeLimit: 20, nodeLimit: 500).roster)
        let evaluation = CurtoisEvaluator(instance: instance).evaluate(pooled)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations)")
        let values = try #require(model.values(for: pooled))
        #expect(evaluation.objective == Int(model.linear.objectiveValue(values).rounded()))
        #expect(Double(evaluation.objective) >= bound - 1e-6)
        let startValues = try #require(model.values(for: start))
        #expect(model.linear.objectiveValue(values) <= model.linear.objectiveValue(startValues))
    }

    /// A dive on a master still far from converged (so it does not backtrack), whose clock runs short:
    /// each step prices only for its share of the time left, so no step fixes many employees at once
    /// for lack of time, and none is left to a best response out of time. The clock ticks once each time it is read, so the test does
    /// not depend on the machine's speed. With ten rounds of pricing a step regardless, the dive's first
    /// steps spent the time and a later one fixed everyone left at once.
    @Test func aDiveShortOfTimeTakesNoStepInHaste() throws {
        let instance = try CurtoisFixtures.instance(5)
        var generation = CurtoisColumnGeneration(instance: instance)
        generation.add(try searchedRoster(instance, iterations: 1))
        try generation.run(remaining: { 60 }, maxRounds: 2, log: nil)
        #expect(!generation.converged)
        var ticks = Double(30 * CurtoisColumnGeneration.stepsToFix(instance.employees.count))
        let dived = try #require(try generation.dive(remaining: {
            ticks -= 1
            return ticks
        }, roundsPerStep: 10, backtrack: false, log: nil))
        #expect(generation.hastyDiveSteps == 0)
        #expect(CurtoisEvaluator(instance: instance).evaluate(dived).violations.isEmpty)
    }

    /// Steps to fix everyone, an eighth of those left at a time (at least one): zero employees take none
    /// but the step that finds so, eight take eight, and the count grows with the logarithm beyond.
    @Test func stepsToFixEveryone() {
        #expect(CurtoisColumnGeneration.stepsToFix(0) == 1)
        #expect(CurtoisColumnGeneration.stepsToFix(1) == 1)
        #expect(CurtoisColumnGeneration.stepsToFix(8) == 8)
        #expect(CurtoisColumnGeneration.stepsToFix(16) == 15)
        #expect(CurtoisColumnGeneration.stepsToFix(120) < 40)
    }

    /// Instance 2's column-generation bound is its optimum (828): enumerating the rotas within the gap
    /// of a roster one worse than optimal pools an optimal roster, and the master MIP finds it.
    @Test func enumerationBelowARosterFindsTheOptimumOfInstance2() throws {
        let instance = try CurtoisFixtures.instance(2)
        var generation = CurtoisColumnGeneration(instance: instance)
        let start = try searchedRoster(instance, iterations: 1)
        generation.add(start)
        try generation.run(remaining: { 60 }, maxRounds: 300, log: nil)
        #expect(generation.converged)
        let complete = try generation.enumerateImproving(below: 829, limit: 300, remaining: { 60 }, log: nil)
        #expect(complete)
        let pooled = try generation.bestPooled(start: start, timeLimit: 60, nodeLimit: nil)
        #expect(pooled.optimal)
        let roster = try #require(pooled.roster)
        let evaluation = CurtoisEvaluator(instance: instance).evaluate(roster)
        #expect(evaluation.violations.isEmpty)
        #expect(evaluation.objective == 828)
    }

    /// With no duals, pricing returns the employee's cheapest rota by requests alone, and its cost is
    /// what `CurtoisRequestCost` charges that rota.
    @Test func pricingWithoutDualsFindsTheCheapestRota() throws {
        let instance = try CurtoisFixtures.instance(1)
        let pricing = CurtoisPricing(instance)
        let noDuals = instance.cover.map { [Double](repeating: 0, count: $0.count) }
        let costs = CurtoisRequestCost(instance)
        for e in instance.employees.indices {
            let priced = try pricing.price(employee: e, coverDual: noDuals, timeLimit: 10)
            let column = try #require(priced.column)
            #expect(column.cost == costs.cost(employee: e, shifts: column.shifts))
            #expect(priced.pricedCost == column.cost)
            #expect(priced.pricedCostBound.map { abs($0 - column.cost) < 1e-6 } == true)
            var roster = CurtoisRoster(for: instance)
            for (d, t) in column.shifts.enumerated() where t >= 0 { roster.add(t, employee: e, day: d) }
            let broken = CurtoisEvaluator(instance: instance).evaluate(roster).violations.filter { $0.employee == e }
            #expect(broken.isEmpty, "\(broken)")
        }
    }
}
