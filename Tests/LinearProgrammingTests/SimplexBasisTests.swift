import Testing
@testable import LinearProgramming

/// `SolveResult.basis` and `SolverParameters.startBasis`: a MIP's root LP starts from its relaxation's
/// optimal basis instead of solving the LP again from scratch.
@Suite struct SimplexBasisTests {
    /// Items worth 10, 13, 7 and 8 weighing 5, 6, 3 and 4, capacity 10, and at most two items: the LP
    /// optimum is −22 and the best packing −21 (items 1 and 3).
    func knapsack() -> LinearModel {
        var model = LinearModel(name: "knapsack")
        let items = (0..<4).map { model.addVariable(name: "take\($0)", kind: .binary) }
        var weight = LinearExpression(), count = LinearExpression()
        for (item, w) in zip(items, [5, 6, 3, 4] as [Double]) {
            weight.add(item, w)
            count.add(item, 1)
        }
        model.addConstraint(weight, atMost: 10, name: "capacity")
        model.addConstraint(count, atMost: 2, name: "two items")
        for (item, v) in zip(items, [10, 13, 7, 8] as [Double]) { model.objective.add(item, -v) }
        return model
    }

    func parameters(basis: SimplexBasis?) -> SolverParameters {
        var parameters = SolverParameters()
        parameters.startSolution = [0, 1, 0, 1]
        parameters.timeLimit = 5
        parameters.startBasis = basis
        return parameters
    }

    @Test(arguments: [false, true])
    func fromTheRelaxationsBasisTheRootLPNeedsNoIterations(presolve: Bool) throws {
        let model = knapsack()
        let relaxation = try GLPKSolver().solveRelaxation(model, presolve: presolve)
        let basis = try #require(relaxation.basis)
        #expect(basis.fits(rowCount: 2, columnCount: 4))
        let cold = try GLPKSolver().solve(model, parameters: parameters(basis: nil))
        let warm = try GLPKSolver().solve(model, parameters: parameters(basis: basis))
        #expect(try #require(cold.rootIterations) > 0)
        #expect(warm.rootIterations == 0)
        #expect(warm.objective == -21 && cold.objective == -21)
        #expect(warm.status == .optimal)
    }

    /// Zero case: a basis of another shape, or with the wrong number of basic variables, is not used.
    @Test func aBasisThatDoesNotFitIsIgnored() throws {
        let model = knapsack()
        let wrongShape = SimplexBasis(rows: [.basic], columns: [.atLower, .atLower, .atLower, .atLower])
        let noneBasic = SimplexBasis(rows: [.atUpper, .atUpper], columns: [.atLower, .atLower, .atLower, .atLower])
        #expect(!noneBasic.fits(rowCount: 2, columnCount: 4))
        let cold = try GLPKSolver().solve(model, parameters: parameters(basis: nil))
        for basis in [wrongShape, noneBasic] {
            let result = try GLPKSolver().solve(model, parameters: parameters(basis: basis))
            #expect(result.objective == -21)
            #expect(result.rootIterations == cold.rootIterations)
        }
    }

    /// A basis that fits but is poor (every column basic's worth swapped in) still ends at the optimum.
    @Test func aPoorBasisStillReachesTheOptimum() throws {
        let model = knapsack()
        let poor = SimplexBasis(rows: [.atUpper, .atUpper], columns: [.basic, .basic, .atLower, .atLower])
        #expect(poor.fits(rowCount: 2, columnCount: 4))
        let result = try GLPKSolver().solve(model, parameters: parameters(basis: poor))
        #expect(result.objective == -21)
        #expect(result.status == .optimal)
    }
}
