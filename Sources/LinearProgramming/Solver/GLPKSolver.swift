import CGLPK

/// Solves `LinearModel`s with GLPK's branch-and-cut (`glp_intopt`) and simplex (`glp_simplex`).
///
/// Every model is validated before it reaches GLPK, which aborts the process on bad input.
/// The solver is not thread-safe: GLPK keeps per-thread state; use one solve at a time per thread.
public struct GLPKSolver: Sendable {
    public init() {}

    /// Solves a MIP. `progress` is called when a better solution is found and now and then during the
    /// search; returning false stops the search (the result is then `.interrupted`, with the incumbent).
    public func solve(_ model: LinearModel, parameters: SolverParameters = SolverParameters(),
                      progress: ((SolveProgress) -> Bool)? = nil) throws -> SolveResult {
        try model.validate()
        if let start = parameters.startSolution, start.count != model.variableCount {
            throw ModelError(.solutionLength(expected: model.variableCount, got: start.count))
        }
        let clock = ContinuousClock()
        let started = clock.now
        // Some of GLPK's cut generators print even with msg_lev off; silence the terminal unless asked.
        let previousTerminal = glp_term_out(parameters.verbose ? GLP_ON : GLP_OFF)
        defer { glp_term_out(previousTerminal) }
        let problem = GLPKProblem(model: model)
        guard model.variableCount > 0 else {
            return emptyModelResult(model, seconds: 0)
        }
        let search = SearchState(startSolution: parameters.startSolution, nodeLimit: parameters.nodeLimit,
                                 recordsRootSolution: parameters.recordsRootSolution, progress: progress, clock: clock, started: started)
        // Without GLPK's MIP presolver, glp_intopt needs an optimal LP relaxation first.
        let usePresolve = parameters.presolve && parameters.startSolution == nil
        if !usePresolve {
            var simplex = Self.simplexParameters(parameters, timeLimit: parameters.timeLimit)
            let code = glp_simplex(problem.pointer, &simplex)
            let lpStatus = glp_get_status(problem.pointer)
            if code != 0 || lpStatus != GLP_OPT {
                let (status, raw) = Self.translateRelaxation(code: code, status: lpStatus)
                return SolveResult(status: status, rawStatus: raw, seconds: seconds(since: started, clock))
            }
            search.rootBound = glp_get_obj_val(problem.pointer)
        }
        var control = Self.integerParameters(parameters, presolve: usePresolve, elapsed: seconds(since: started, clock))
        let context = Unmanaged.passRetained(search)
        defer { context.release() }
        control.cb_func = searchCallback
        control.cb_info = context.toOpaque()
        let code = glp_intopt(problem.pointer, &control)
        let mipStatus = glp_mip_status(problem.pointer)
        var (status, raw) = Self.translateIntopt(code: code, mipStatus: mipStatus)
        if search.reachedNodeLimit && code == GLP_ESTOP {
            (status, raw) = (mipStatus == GLP_FEAS ? .nodeLimitWithSolution : .nodeLimitNoSolution, "node limit reached")
        }
        var result = SolveResult(status: status, rawStatus: raw, seconds: seconds(since: started, clock), nodes: search.nodes)
        if parameters.startSolution != nil { result.startSolutionAccepted = search.startSolutionAccepted }
        // With the presolver the tree's columns are its own, not the model's.
        if !usePresolve, let values = search.rootCutValues, values.count == model.variableCount { result.rootCutValues = values }
        if mipStatus == GLP_OPT || mipStatus == GLP_FEAS {
            result.values = problem.mipValues()
            result.objective = glp_mip_obj_val(problem.pointer)
        }
        if status == .optimal {
            result.bound = result.objective
        } else if let bound = [search.bestBound, search.rootCutBound, search.rootBound].compactMap({ $0 }).max() {
            result.bound = min(bound, result.objective ?? bound)
        }
        return result
    }

    /// Solves the LP relaxation (integrality dropped): its objective is a lower bound for the MIP.
    /// With `presolve`, GLPK's LP presolver runs first: often much faster on large models, but no
    /// basis comes back, so use it for bounds rather than to warm-start a branch and cut.
    /// With `cutsWhenBroken`, the model's cuts (`Constraint.isCut`) are
    /// left out at first and added only where the solution breaks them, each round re-solved from the
    /// last basis by the dual simplex: on a 150-AMHP month all of them at once took the LP from 7 s
    /// to 16 s. Should a round not finish in time, the last round's optimum stands (a valid bound).
    /// With `start` (a solution of the model), the simplex starts from a basis at that point when one
    /// can be built there (`GLPKProblem.installBasis`), in place of the presolver's cold start. Should
    /// the clock stop a simplex without the presolver, the result has the bound its duals give
    /// (`LinearModel.dualBound`), and once the simplex is feasible (from `start`, at once) its last
    /// point and objective; should it stop a round of cuts, the better of that round's dual bound and
    /// the last optimum. `method` picks the primal or the dual simplex for the first solve: the dual
    /// one's every step is a bound, so where the clock may stop it, its bound is the nearer.
    public func solveRelaxation(_ model: LinearModel, timeLimit: Double? = nil, presolve: Bool = false,
                                cutsWhenBroken: Bool = false, start: [Double]? = nil,
                                method: SimplexMethod = .primal) throws -> SolveResult {
        try model.validate()
        let clock = ContinuousClock()
        let started = clock.now
        let problem = GLPKProblem(model: model, relaxIntegrality: true)
        guard model.variableCount > 0 else { return emptyModelResult(model, seconds: 0) }
        let heldBack = cutsWhenBroken ? model.constraints.indices.filter { model.constraints[$0].isCut } : []
        for index in heldBack { glp_set_row_bnds(problem.pointer, Int32(index + 1), GLP_FR, 0, 0) }
        var parameters = SolverParameters()
        parameters.timeLimit = timeLimit
        var simplex = Self.simplexParameters(parameters, timeLimit: timeLimit)
        let warm = start.map { problem.installBasis(around: $0, of: model) } ?? false
        simplex.presolve = presolve && !warm ? GLP_ON : GLP_OFF
        let previousTerminal = glp_term_out(GLP_OFF)
        defer { glp_term_out(previousTerminal) }
        simplex.meth = method == .dual ? GLP_DUALP : GLP_PRIMAL
        let code = glp_simplex(problem.pointer, &simplex)
        let lpStatus = glp_get_status(problem.pointer)
        let (status, raw) = Self.translateRelaxation(code: code, status: lpStatus)
        var result = SolveResult(status: status, rawStatus: raw, seconds: seconds(since: started, clock))
        if simplex.presolve == GLP_OFF, code == GLP_ETMLIM {
            stoppedByTheClock(&result, model, problem, heldBack: heldBack)
            return result
        }
        guard status == .optimal else { return result }
        var pending = heldBack
        repeat {
            result.values = problem.primalValues()
            result.duals = problem.rowDuals()
            result.objective = glp_get_obj_val(problem.pointer)
            result.bound = result.objective
            let left = timeLimit.map { $0 - seconds(since: started, clock) } ?? .infinity
            guard left > 0.05, Self.enforceBroken(&pending, of: model, in: problem) else { break }
            var again = Self.simplexParameters(parameters, timeLimit: left)
            again.meth = GLP_DUALP
            let code = glp_simplex(problem.pointer, &again)
            guard Self.translateRelaxation(code: code, status: glp_get_status(problem.pointer)).0 == .optimal else {
                // The dual simplex stopped part way: its duals may already bound above the last optimum.
                if let partial = model.dualBound(rowMultipliers: problem.rowDuals(), excluding: Set(pending)) {
                    result.bound = max(result.bound ?? partial, partial)
                }
                break
            }
        } while true
        result.seconds = seconds(since: started, clock)
        return result
    }

    /// The bound the duals give where the clock stopped the simplex, if above what the columns' own
    /// bounds give (a rota's penalties are never negative: 0 says nothing); once the primal simplex is
    /// feasible it stays so, and its last point is one of the LP's (from `start`: at or below its
    /// objective). After the presolver the model holds neither.
    private func stoppedByTheClock(_ result: inout SolveResult, _ model: LinearModel, _ problem: GLPKProblem, heldBack: [Int]) {
        let fromDuals = model.dualBound(rowMultipliers: problem.rowDuals(), excluding: Set(heldBack))
        let fromColumns = model.dualBound(rowMultipliers: [Double](repeating: 0, count: model.constraintCount))
        if let fromDuals, fromDuals > fromColumns ?? -.infinity { result.bound = fromDuals }
        guard glp_get_prim_stat(problem.pointer) == GLP_FEAS else { return }
        result.status = .timeLimitWithSolution
        result.rawStatus = "time limit exceeded; the simplex's last point is feasible, not optimal"
        result.values = problem.primalValues()
        let objective = glp_get_obj_val(problem.pointer)
        result.objective = objective
        result.bound = result.bound.map { min($0, objective) }
    }

    /// Gives the held-back rows of `pending` that the current solution breaks their bounds again and
    /// drops them from `pending`; false when none is broken.
    private static func enforceBroken(_ pending: inout [Int], of model: LinearModel, in problem: GLPKProblem) -> Bool {
        let broken = Set(pending.filter { index in
            let row = model.constraints[index], activity = glp_get_row_prim(problem.pointer, Int32(index + 1))
            return activity > row.upperBound + 1e-6 || activity < row.lowerBound - 1e-6
        })
        for index in broken {
            let row = model.constraints[index]
            let (type, lower, upper) = GLPKProblem.boundType(row.lowerBound, row.upperBound)
            glp_set_row_bnds(problem.pointer, Int32(index + 1), type, lower, upper)
        }
        pending.removeAll { broken.contains($0) }
        return !broken.isEmpty
    }

    private func emptyModelResult(_ model: LinearModel, seconds: Double) -> SolveResult {
        SolveResult(status: .optimal, rawStatus: "the model has no variables", values: [],
                    objective: model.objective.constant, bound: model.objective.constant, seconds: seconds)
    }

    private func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

/// A snapshot of the search, given to the caller's progress closure.
public struct SolveProgress: Sendable {
    public let seconds: Double
    /// The incumbent's objective, if one is known.
    public let objective: Double?
    public let bound: Double?
    public let nodes: Int
}
