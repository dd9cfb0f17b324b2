import Testing
@testable import LinearProgramming

/// The growing LP gives what a fresh solve of the whole model gives, after columns are added and bounds
/// changed, and refuses a column GLPK would abort on.
@Suite struct GLPKGrowingLPTests {
    /// Cover three items at least once each, at least cost, from sets priced as given: a small
    /// set-covering LP, as column generation grows one.
    private func model(_ sets: [(cost: Double, items: [Int])]) -> LinearModel {
        var model = LinearModel(name: "cover")
        var rows = Array(repeating: LinearExpression(), count: 3)
        for (k, set) in sets.enumerated() {
            let x = model.addVariable(name: "x\(k)")
            model.objective.add(x, set.cost)
            for item in set.items { rows[item].add(x) }
        }
        for (item, row) in rows.enumerated() { model.addConstraint(row, atLeast: 1, name: "item\(item)") }
        return model
    }

    @Test func addedColumnsSolveAsAFreshModel() throws {
        let first: [(cost: Double, items: [Int])] = [(1, [0]), (1, [1]), (1, [2])]
        let lp = try GLPKGrowingLP(model(first))
        let start = lp.solve()
        #expect(start.status == .optimal && start.objective == 3)
        let added: [(cost: Double, items: [Int])] = [(1.5, [0, 1]), (1.2, [1, 2]), (1.2, [0, 2])]
        for (k, set) in added.enumerated() {
            let index = try lp.addColumn(name: "y\(k)", cost: set.cost, rows: set.items.map { ($0, 1.0) })
            #expect(index == 3 + k)
        }
        let grown = lp.solve()
        let fresh = try GLPKSolver().solveRelaxation(model(first + added))
        #expect(grown.status == .optimal)
        #expect(abs((grown.objective ?? 0) - (fresh.objective ?? 1)) < 1e-9)
        // Half of each pair covers every item once: (1.5 + 1.2 + 1.2) / 2, less than a pair and a single (2.2).
        #expect(abs((grown.objective ?? 0) - 1.95) < 1e-9)
        #expect(grown.values?.count == 6)
        #expect(grown.duals?.count == 3)

        // Forbidding the pairs takes the LP back to the singles.
        for column in 3..<6 { try lp.setBounds(column: column, lowerBound: 0, upperBound: 0) }
        #expect(lp.solve().objective == 3)
    }

    @Test func refusesColumnsGLPKWouldAbortOn() throws {
        let lp = try GLPKGrowingLP(model([(1, [0, 1, 2])]))
        #expect(throws: GLPKGrowingLP.Failure.self) { try lp.addColumn(name: "far", cost: 1, rows: [(3, 1)]) }
        #expect(throws: GLPKGrowingLP.Failure.self) { try lp.addColumn(name: "twice", cost: 1, rows: [(0, 1), (0, 1)]) }
        #expect(throws: GLPKGrowingLP.Failure.self) { try lp.addColumn(name: "nan", cost: .nan, rows: [(0, 1)]) }
        #expect(throws: GLPKGrowingLP.Failure.self) { try lp.setBounds(column: 1, lowerBound: 0, upperBound: 1) }
        #expect(lp.columnCount == 1)
        #expect(lp.solve().objective == 1)
    }
}
