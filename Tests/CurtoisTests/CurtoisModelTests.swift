import LinearProgramming
import Testing
import Workforce
@testable import Curtois

@Suite(.enabled(if: CurtoisFixtures.benchmarksPresent, CurtoisFixtures.skipMessage))
struct CurtoisModelTests {
    /// Random rosters (almost all breaking some hard rule): the model's objective on the roster's vector
    /// equals the evaluator's, and the model is satisfied exactly when the evaluator finds no violation.
    @Test(arguments: [1, 2, 3])
    func objectiveAndFeasibilityAgreeWithTheEvaluatorOnRandomRosters(_ number: Int) throws {
        let instance = try CurtoisFixtures.instance(number)
        let model = CurtoisModelBuilder.build(instance)
        let evaluator = CurtoisEvaluator(instance: instance)
        var generator = SeededGenerator(seed: UInt64(number))
        for _ in 0..<50 {
            var roster = CurtoisRoster(for: instance)
            for e in instance.employees.indices {
                for d in 0..<instance.dayCount where Double.random(in: 0..<1, using: &generator) < 0.6 {
                    let allowed = model.shiftVariables(e, day: d).map(\.shift)
                    if let shift = allowed.randomElement(using: &generator) { roster[e, d] = shift }
                }
            }
            let values = try #require(model.values(for: roster))
            let evaluation = evaluator.evaluate(roster)
            #expect(model.linear.objectiveValue(values) == Double(evaluation.objective))
            #expect((model.linear.largestViolation(of: values) == nil) == evaluation.isFeasible)
        }
    }

    /// GLPK on the whole model of Instance1 finds the published optimum, 607, and the evaluator agrees.
    @Test func glpkSolvesInstance1ToTheKnownOptimum() throws {
        let instance = try CurtoisFixtures.instance(1)
        let model = CurtoisModelBuilder.build(instance)
        var parameters = SolverParameters()
        parameters.relativeGap = 0
        parameters.timeLimit = 60
        let result = try GLPKSolver().solve(model.linear, parameters: parameters)
        let values = try #require(result.values)
        let evaluation = CurtoisEvaluator(instance: instance).evaluate(model.roster(from: values))
        #expect(result.status == .optimal)
        #expect(evaluation.isFeasible, "\(evaluation.violations)")
        #expect(evaluation.objective == 607)
        #expect(abs(result.objective! - 607) < 1e-6)
    }

    /// The subproblem of a feasible solution with everything fixed but one employee keeps the objective.
    @Test func subproblemKeepsTheObjectiveOfTheFixedPart() throws {
        let instance = try CurtoisFixtures.instance(1)
        let model = CurtoisModelBuilder.build(instance)
        var parameters = SolverParameters()
        parameters.relativeGap = 0
        let values = try #require(try GLPKSolver().solve(model.linear, parameters: parameters).values)
        var free = [Bool](repeating: false, count: model.linear.variableCount)
        for d in 0..<instance.dayCount { for (_, variable) in model.shiftVariables(2, day: d) { free[variable.index] = true } }
        for row in model.coverUnder + model.coverOver { for variable in row { free[variable.index] = true } }
        let subproblem = CurtoisSubproblem(model: model.linear, index: .init(model.linear), free: free, values: values)
        let restricted = subproblem.restrict(values)
        #expect(subproblem.linear.largestViolation(of: restricted) == nil)
        #expect(abs(subproblem.linear.objectiveValue(restricted) - model.linear.objectiveValue(values)) < 1e-6)
        #expect(subproblem.expand(restricted, into: values) == values)
    }
}
