extension GLPKSolver {
    /// Solves `model` with the `fixed` variables held at their values and taken out of it
    /// (`LinearModel.restricted(fixing:)`), from `start` if given (a full solution), and returns
    /// full solution vectors: the free variables from GLPK, every other from `base`.
    public func solve(_ model: LinearModel, fixing fixed: [Double?], start: [Double]? = nil, base: [Double],
                      parameters: SolverParameters) throws -> SolveResult {
        let restricted = model.restricted(fixing: fixed)
        var parameters = parameters
        parameters.startSolution = start.map(restricted.restrict)
        var result = try solve(restricted.model, parameters: parameters)
        result.values = result.values.map { restricted.expand($0, into: base) }
        result.rootCutValues = result.rootCutValues.map { restricted.expand($0, into: base) }
        return result
    }
}
