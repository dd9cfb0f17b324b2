import CGLPK
import Testing
@testable import LinearProgramming

/// `GLPKProblem.installBasis(around:of:)` and `solveRelaxation(start:)`: the simplex starts at a
/// given solution's basis, and ends at the same optimum as from scratch.
@Suite struct CrashBasisTests {
    /// Four 8-hour shifts, at most one of the first two; 20 hours owed, each hour short costing 10.
    /// Shift costs 1, 2, 3 and 4: the LP works shifts 0 and 2 and half of 3, none short, for 6.
    func hours() -> LinearModel {
        var model = LinearModel(name: "hours")
        let shifts = (0..<4).map { model.addVariable(name: "shift\($0)", kind: .binary) }
        let short = model.addVariable(name: "short", kind: .continuous, lowerBound: 0)
        var worked = LinearExpression()
        for shift in shifts { worked.add(shift, 8) }
        worked.add(short, 1)
        model.addConstraint(worked, atLeast: 20, name: "hours")
        var firstTwo = LinearExpression()
        firstTwo.add(shifts[0], 1)
        firstTwo.add(shifts[1], 1)
        model.addConstraint(firstTwo, atMost: 1, name: "firstTwo")
        for (shift, cost) in zip(shifts, [1, 2, 3, 4] as [Double]) { model.objective.add(shift, cost) }
        model.objective.add(short, 10)
        return model
    }

    @Test func theBasisSitsAtThePointAndIsFeasible() {
        let model = hours()
        let problem = GLPKProblem(model: model, relaxIntegrality: true)
        // Shift 0 alone and 12 hours short: `short` is basic, matched to the hours row.
        let point: [Double] = [1, 0, 0, 0, 12]
        #expect(problem.installBasis(around: point, of: model))
        #expect(glp_get_prim_stat(problem.pointer) == GLP_FEAS)
        #expect(abs(glp_get_obj_val(problem.pointer) - model.objectiveValue(point)) < 1e-9)
        #expect(glp_get_col_stat(problem.pointer, 5) == GLP_BS)
        #expect(glp_get_col_stat(problem.pointer, 1) == GLP_NU)
    }

    @Test func fromThePointTheRelaxationEndsAtTheSameOptimum() throws {
        let model = hours()
        let cold = try GLPKSolver().solveRelaxation(model, presolve: true)
        let warm = try GLPKSolver().solveRelaxation(model, presolve: true, start: [1, 0, 0, 0, 12])
        #expect(warm.status == .optimal)
        #expect(abs((warm.objective ?? 0) - 6) < 1e-9, "warm \(String(describing: warm.objective))")
        #expect(abs((cold.objective ?? 0) - 6) < 1e-9, "cold \(String(describing: cold.objective))")
    }

    @Test(arguments: [
        [2, 0, 0, 0, 4],    // a shift worked twice: outside its bound
        [0, 0, 0, 0, 0],    // 20 hours owed and none worked or short: the hours row broken
        [1, 0, 0, 0],       // a value missing
    ] as [[Double]])
    func noBasisAtAPointThatIsNotASolution(point: [Double]) throws {
        let model = hours()
        let problem = GLPKProblem(model: model, relaxIntegrality: true)
        #expect(!problem.installBasis(around: point, of: model))
        // The relaxation still solves, from scratch.
        let relaxation = try GLPKSolver().solveRelaxation(model, presolve: true, start: point)
        #expect(abs((relaxation.objective ?? 0) - 6) < 1e-9)
    }

    /// `n` people to `n` posts, each person and each post once; person i in post j costs (7i + 13j) mod 97, plus 1.
    func assignment(_ n: Int) -> LinearModel {
        var model = LinearModel(name: "assignment")
        let cells = (0..<n).map { i in (0..<n).map { j in model.addVariable(name: "x\(i)_\(j)", kind: .binary) } }
        for i in 0..<n {
            var person = LinearExpression(), post = LinearExpression()
            for j in 0..<n {
                person.add(cells[i][j], 1)
                post.add(cells[j][i], 1)
                model.objective.add(cells[i][j], Double((7 * i + 13 * j) % 97 + 1))
            }
            model.addConstraint(person, equalTo: 1, name: "person\(i)")
            model.addConstraint(post, equalTo: 1, name: "post\(i)")
        }
        return model
    }

    /// The largest hubs give their LP from the greedy rota's basis most of the time; when the clock stops
    /// it there, RENS still needs the point it reached (120 AMHPs, December: 14,386 against 27,819 without),
    /// and a bound from the duals there, if any, is never above the LP's optimum (`LinearModel.dualBound`).
    @Test func stoppedByTheClockTheRelaxationFromAStartKeepsAFeasiblePointAndNoBoundAboveTheOptimum() throws {
        let n = 200
        let model = assignment(n)
        var start = [Double](repeating: 0, count: n * n)
        for i in 0..<n { start[i * n + i] = 1 }
        let stopped = try GLPKSolver().solveRelaxation(model, timeLimit: 0.001, presolve: true, start: start)
        #expect(stopped.status == .timeLimitWithSolution, "\(stopped.rawStatus)")
        let optimum = try #require(try GLPKSolver().solveRelaxation(model).objective)
        #expect((stopped.bound ?? -.infinity) <= optimum + 1e-6)
        let values = try #require(stopped.values)
        let objective = try #require(stopped.objective)
        #expect(abs(model.objectiveValue(values) - objective) < 1e-6)
        #expect(objective <= model.objectiveValue(start) + 1e-6)
        let broken = model.constraints.filter { row in
            let activity = row.expression.value(values)
            return activity < row.lowerBound - 1e-6 || activity > row.upperBound + 1e-6
        }
        #expect(broken.isEmpty, "\(broken.map(\.name))")
        #expect(values.allSatisfy { $0 >= -1e-6 && $0 <= 1 + 1e-6 })
        // Given the time, the same start ends at the optimum, at or below where the clock stopped.
        let finished = try GLPKSolver().solveRelaxation(model, presolve: true, start: start)
        #expect(finished.status == .optimal)
        #expect((finished.objective ?? .infinity) <= objective + 1e-6)
        #expect(finished.bound == finished.objective)
    }

    @Test func stoppedByTheClockFromScratchTheRelaxationHasNothing() throws {
        let stopped = try GLPKSolver().solveRelaxation(assignment(200), timeLimit: 0.001, presolve: true)
        #expect(stopped.status == .timeLimitNoSolution)
        #expect(stopped.values == nil && stopped.objective == nil && stopped.bound == nil)
    }
}
