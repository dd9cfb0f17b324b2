import Testing
@testable import LinearProgramming

/// `SolverParameters.recordsRootSolution`: branch and cut hands back its root LP's solution with the
/// cuts it added, in the model's variables, for a heuristic to round.
@Suite struct RootSolutionTests {
    /// Items worth 10, 13, 7 and 8 weighing 5, 6, 3 and 4, capacity 10: the LP takes items 2 and 1
    /// and a fifth of item 0 (−22); the best packing is items 1 and 3 (−21).
    func knapsack() -> LinearModel {
        var model = LinearModel(name: "knapsack")
        let items = (0..<4).map { model.addVariable(name: "take\($0)", kind: .binary) }
        var weight = LinearExpression()
        for (item, w) in zip(items, [5, 6, 3, 4] as [Double]) { weight.add(item, w) }
        model.addConstraint(weight, atMost: 10, name: "capacity")
        for (item, v) in zip(items, [10, 13, 7, 8] as [Double]) { model.objective.add(item, -v) }
        return model
    }

    func parameters(recording: Bool) -> SolverParameters {
        var parameters = SolverParameters()
        parameters.startSolution = [1, 0, 0, 1]
        parameters.timeLimit = 5
        parameters.recordsRootSolution = recording
        return parameters
    }

    @Test func theRootSolutionKeepsTheRowsAndLiesBetweenTheRelaxationAndTheOptimum() throws {
        let model = knapsack()
        let result = try GLPKSolver().solve(model, parameters: parameters(recording: true))
        #expect(result.objective == -21)
        let root = try #require(result.rootCutValues)
        #expect(root.count == model.variableCount)
        #expect(root.allSatisfy { $0 >= -1e-9 && $0 <= 1 + 1e-9 })
        let weight = zip(root, [5, 6, 3, 4] as [Double]).map { $0 * $1 }.reduce(0, +)
        #expect(weight <= 10 + 1e-6)
        let value = model.objectiveValue(root)
        #expect(value >= -22 - 1e-6 && value <= -21 + 1e-6, "root LP \(value)")
    }

    @Test func nothingIsKeptUnlessAskedOrWhenThePresolverRenumbers() throws {
        let model = knapsack()
        #expect(try GLPKSolver().solve(model, parameters: parameters(recording: false)).rootCutValues == nil)
        var presolved = SolverParameters()
        presolved.recordsRootSolution = true
        presolved.timeLimit = 5
        #expect(try GLPKSolver().solve(model, parameters: presolved).rootCutValues == nil)
    }

    @Test func aRestrictedSolveExpandsItIntoTheWholeModel() throws {
        // Item 2 fixed out: the LP takes items 1 and 3 whole (−21), and item 2's value comes from the base.
        let model = knapsack()
        var parameters = parameters(recording: true)
        parameters.startSolution = nil
        parameters.presolve = false
        let result = try GLPKSolver().solve(model, fixing: [nil, nil, 0, nil], start: [0, 1, 0, 1], base: [0, 0, 0, 0],
                                            parameters: parameters)
        let root = try #require(result.rootCutValues)
        #expect(root.count == 4)
        #expect(root[2] == 0)
        #expect(model.objectiveValue(root) <= -21 + 1e-6)
    }
}
