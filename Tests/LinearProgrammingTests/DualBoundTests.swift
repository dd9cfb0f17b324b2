import Testing
@testable import LinearProgramming

/// `LinearModel.dualBound`: any row multipliers bound the LP from below; the optimal ones give its optimum.
struct DualBoundTests {
    /// minimise x + 2y subject to x + y ≥ 3 ("demand"), x ≤ 2 ("cap"), x, y ≥ 0: optimum 4 at (2, 1).
    func small() -> LinearModel {
        var model = LinearModel()
        let x = model.addVariable(name: "x"), y = model.addVariable(name: "y")
        model.addConstraint(LinearExpression(x) + y, atLeast: 3, name: "demand")
        model.addConstraint(LinearExpression(x), atMost: 2, name: "cap")
        model.objective = LinearExpression(x) + LinearExpression(y, 2)
        return model
    }

    @Test func theOptimalDualsGiveTheOptimum() throws {
        let model = small()
        let solved = try GLPKSolver().solveRelaxation(model)
        #expect(solved.objective == 4)
        #expect(model.dualBound(rowMultipliers: try #require(solved.duals)) == 4)
        #expect(model.dualBound(rowMultipliers: [2, -1]) == 4)
    }

    /// Multipliers short of optimal bound lower: 1 on demand alone gives 3; the zero case gives the
    /// objective at the cheaper end of every column, 0 here.
    @Test func otherMultipliersBoundLower() {
        let model = small()
        #expect(model.dualBound(rowMultipliers: [1, 0]) == 3)
        #expect(model.dualBound(rowMultipliers: [0, 0]) == 0)
    }

    /// A multiplier pushing on a row's infinite side counts as 0 (demand has no upper side), as does
    /// an excluded row.
    @Test func infiniteSidesAreNeverUsed() {
        let model = small()
        #expect(model.dualBound(rowMultipliers: [-5, 0]) == 0)
        #expect(model.dualBound(rowMultipliers: [2, -1], excluding: [0]) == -2)
        #expect(model.dualBound(rowMultipliers: [1]) == nil, "one multiplier per row")
    }

    /// 3 on demand leaves y's reduced cost 2 − 3 < 0 with y unbounded above: demand's multiplier is
    /// moved back until none needs an infinite side (to 1, bound 3). With no row to move, as for an
    /// unbounded LP (minimise −z, z ≥ 0), there is no bound.
    @Test func aReducedCostNeedingAnInfiniteSideIsRepairedOrLeavesNoBound() {
        #expect(small().dualBound(rowMultipliers: [3, 0]) == 3)
        var unbounded = LinearModel()
        let z = unbounded.addVariable(name: "z")
        unbounded.objective = LinearExpression(z, -1)
        #expect(unbounded.dualBound(rowMultipliers: []) == nil)
    }

    /// Property: on random bounded LPs (each row kept by a random point, so always feasible), random
    /// multipliers never bound above GLPK's optimum, and GLPK's own duals give it to within rounding.
    @Test(arguments: 1...30)
    func noMultipliersBoundAboveTheOptimum(seed: Int) throws {
        var random = SeededTestRandom(UInt64(seed))
        var model = LinearModel()
        let columns = (0..<6).map { model.addVariable(name: "x\($0)", lowerBound: 0, upperBound: Double(random.next(in: 1...5))) }
        let point = columns.map { Double(random.next(in: 0...Int(model.definition(of: $0).upperBound))) }
        for row in 0..<4 {
            var expression = LinearExpression()
            for column in columns where random.next(in: 0...2) > 0 { expression.add(column, Double(random.next(in: -3...4))) }
            if expression.variables.isEmpty { expression.add(columns[row], 1) }
            let atPoint = expression.value(point)
            if random.next(in: 0...1) == 0 {
                model.addConstraint(expression, atLeast: atPoint - Double(random.next(in: 0...3)), name: "lower\(row)")
            } else {
                model.addConstraint(expression, atMost: atPoint + Double(random.next(in: 0...3)), name: "upper\(row)")
            }
        }
        var objective = LinearExpression(constant: Double(random.next(in: -2...2)))
        for column in columns { objective.add(column, Double(random.next(in: -4...6))) }
        model.objective = objective
        let solved = try GLPKSolver().solveRelaxation(model)
        #expect(solved.status == .optimal, "seed \(seed)")
        let optimum = try #require(solved.objective), duals = try #require(solved.duals)
        let own = try #require(model.dualBound(rowMultipliers: duals), "seed \(seed)")
        #expect(abs(own - optimum) <= 1e-6, "seed \(seed)")
        for _ in 0..<20 {
            let multipliers = (0..<4).map { _ in Double(random.next(in: -40...40)) / 8 }
            let bound = try #require(model.dualBound(rowMultipliers: multipliers), "every column is bounded")
            #expect(bound <= optimum + 1e-9, "seed \(seed), multipliers \(multipliers)")
        }
    }
}
