extension LinearModel {
    /// A lower bound on the LP relaxation's optimum, so on every solution's objective, from any row
    /// multipliers `y`: c·x = y·Ax + (c − Aᵀy)·x, and each row's and each column's term is at least
    /// its value at the bound its sign picks. Weak duality needs no optimal `y`: the duals where the
    /// clock stopped a simplex give a bound too, the nearer optimal the tighter.
    ///
    /// A multiplier whose sign needs a row's infinite side counts as 0, as do the rows in
    /// `excluding` (rows the solver had dropped). A column whose reduced cost needs its infinite
    /// bound (an unbounded slack the simplex had yet to bring in) is repaired: one of its rows'
    /// multipliers moves until its reduced cost is 0, a few passes at most; if one is left, there is
    /// no bound (nil). Reduced costs within GLPK's own dual tolerance of 0 count as 0 there, as they
    /// do in GLPK's optimal objective: otherwise a basic unbounded column's rounding error of 1e-15
    /// would leave no bound at an optimum.
    public func dualBound(rowMultipliers multipliers: [Double], excluding: Set<Int> = []) -> Double? {
        guard multipliers.count == constraints.count, multipliers.allSatisfy(\.isFinite) else { return nil }
        var y = multipliers.indices.map { excluding.contains($0) ? 0 : Self.allowed(multipliers[$0], by: constraints[$0]) }
        var reducedCosts = [Double](repeating: 0, count: variables.count)
        let objective = self.objective.normalized()
        for (variable, coefficient) in zip(objective.variables, objective.coefficients) { reducedCosts[variable.index] += coefficient }
        for (index, row) in constraints.enumerated() where y[index] != 0 {
            for (variable, coefficient) in zip(row.expression.variables, row.expression.coefficients) {
                reducedCosts[variable.index] -= coefficient * y[index]
            }
        }
        var rowsOfColumn: [[(row: Int, coefficient: Double)]]?
        for _ in 0..<Self.repairPasses {
            let broken = variables.indices.filter { needsInfiniteSide(reducedCosts[$0], of: variables[$0]) }
            if broken.isEmpty { return bound(y, reducedCosts: reducedCosts, constant: objective.constant) }
            let columns = rowsOfColumn ?? columnEntries(excluding: excluding)
            rowsOfColumn = columns
            for column in broken where needsInfiniteSide(reducedCosts[column], of: variables[column]) {
                // Moving y_i by Δ moves this reduced cost by −a·Δ: Δ = d / a brings it to 0. Take the row
                // whose multiplier may go there and moves least.
                let moves = columns[column].compactMap { entry -> (row: Int, change: Double)? in
                    let change = reducedCosts[column] / entry.coefficient
                    let moved = y[entry.row] + change
                    return Self.allowed(moved, by: constraints[entry.row]) == moved ? (entry.row, change) : nil
                }
                guard let move = moves.min(by: { abs($0.change) < abs($1.change) }) else { continue }
                y[move.row] += move.change
                let row = constraints[move.row].expression
                for (variable, coefficient) in zip(row.variables, row.coefficients) { reducedCosts[variable.index] -= coefficient * move.change }
                reducedCosts[column] = 0
            }
        }
        return nil
    }

    /// GLPK's default tolerance on reduced costs (`glp_smcp.tol_dj`).
    static let dualTolerance = 1e-7

    /// Passes over the columns that need an infinite side before giving up.
    static let repairPasses = 4

    /// `multiplier`, or 0 where its sign would need the row's infinite side.
    private static func allowed(_ multiplier: Double, by row: Constraint) -> Double {
        if multiplier > 0 && !row.lowerBound.isFinite { return 0 }
        if multiplier < 0 && !row.upperBound.isFinite { return 0 }
        return multiplier
    }

    private func needsInfiniteSide(_ reducedCost: Double, of variable: VariableDefinition) -> Bool {
        abs(reducedCost) > Self.dualTolerance && !(reducedCost > 0 ? variable.lowerBound : variable.upperBound).isFinite
    }

    private func bound(_ y: [Double], reducedCosts: [Double], constant: Double) -> Double? {
        var bound = constant
        for (index, row) in constraints.enumerated() where y[index] != 0 {
            bound += y[index] * (y[index] > 0 ? row.lowerBound : row.upperBound)
        }
        for (index, variable) in variables.enumerated() {
            let side = reducedCosts[index] > 0 ? variable.lowerBound : variable.upperBound
            if side.isFinite { bound += reducedCosts[index] * side }
        }
        return bound.isFinite ? bound : nil
    }

    /// Each column's rows and coefficients, leaving out `excluding`.
    private func columnEntries(excluding: Set<Int>) -> [[(row: Int, coefficient: Double)]] {
        var entries = [[(row: Int, coefficient: Double)]](repeating: [], count: variables.count)
        for (index, row) in constraints.enumerated() where !excluding.contains(index) {
            for (variable, coefficient) in zip(row.expression.variables, row.expression.coefficients) {
                entries[variable.index].append((index, coefficient))
            }
        }
        return entries
    }
}
