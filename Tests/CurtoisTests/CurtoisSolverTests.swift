import Testing
@testable import Curtois

@Suite(.enabled(if: CurtoisFixtures.benchmarksPresent, CurtoisFixtures.skipMessage), .serialized)
struct CurtoisSolverTests {
    /// A short search finds a roster that keeps every hard rule, whose evaluated objective is what the
    /// solver reports, no better than the proven optimum, and no better than the solver's own bound.
    @Test(arguments: [(1, 607), (2, 828), (3, 1001)])
    func shortRunFindsAValidRosterScoredAlikeByModelAndEvaluator(_ row: (Int, Int)) throws {
        var options = CurtoisSolveOptions()
        options.timeLimit = 10
        options.iterationLimit = 40
        let report = try CurtoisBenchmark.run(CurtoisFixtures.instance(row.0), options: options)
        #expect(report.hardViolations.isEmpty, "\(report.hardViolations)")
        #expect(report.objective == report.solverObjective)
        #expect(report.objective >= row.1)
        #expect(report.objective >= report.bound ?? 0)
        #expect(report.bestKnown == row.1)
    }

    /// With an iteration limit and node-limited subproblems, a seed repeats the run exactly.
    @Test func aSeedRepeatsTheRun() throws {
        let instance = try CurtoisFixtures.instance(3)
        var options = CurtoisSolveOptions()
        options.timeLimit = 60
        options.iterationLimit = 15
        options.seed = 7
        let first = try CurtoisSolver(options: options).solve(instance)
        let second = try CurtoisSolver(options: options).solve(instance)
        #expect(first.roster == second.roster)
        #expect(first.objective == second.objective)
        #expect(first.history.map(\.objective) == second.history.map(\.objective))
    }

    @Test func theSummaryNamesTheInstanceAndObjective() throws {
        var options = CurtoisSolveOptions()
        options.timeLimit = 5
        options.iterationLimit = 3
        let report = try CurtoisBenchmark.run(CurtoisFixtures.instance(1), options: options)
        #expect(report.summary.hasPrefix("instance: Instance1\nobjective: \(report.objective)\n"))
        #expect(report.summary.contains("best known: 607"))
    }
}
