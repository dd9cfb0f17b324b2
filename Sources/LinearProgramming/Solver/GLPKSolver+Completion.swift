extension GLPKSolver {
    /// Completes a solution from values for every integer variable: fixes them, solves the LP for the
    /// continuous ones, and returns the full vector (nil when the fixed values admit no solution).
    ///
    /// This turns a heuristic's decisions into a start solution GLPK can take as its incumbent.
    public func completeSolution(_ model: LinearModel, integerValues: [Variable: Double]) throws -> [Double]? {
        var fixed = model
        for (index, definition) in model.variables.enumerated() where definition.kind != .continuous {
            let value = (integerValues[Variable(index: index)] ?? 0).rounded()
            guard value >= definition.lowerBound - 1e-9, value <= definition.upperBound + 1e-9 else { return nil }
            fixed.setBounds(of: Variable(index: index), lower: value, upper: value)
        }
        let result = try solveRelaxation(fixed)
        guard result.status == .optimal, var values = result.values else { return nil }
        for (index, definition) in model.variables.enumerated() where definition.kind != .continuous {
            values[index] = values[index].rounded()
        }
        return values
    }
}
