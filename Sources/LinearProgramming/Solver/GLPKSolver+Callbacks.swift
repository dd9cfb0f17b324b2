import CGLPK

/// State shared with GLPK's branch-and-cut callback through `cb_info`.
///
/// The callback never lets a Swift error or a stop unwind through C: it records what happened
/// and calls `glp_ios_terminate`, and the solver reads the record after `glp_intopt` returns.
final class SearchState {
    let startSolution: [Double]?
    let nodeLimit: Int?
    /// Set when the node limit stopped the search.
    var reachedNodeLimit = false
    let progress: ((SolveProgress) -> Bool)?
    let clock: ContinuousClock
    let started: ContinuousClock.Instant
    var startSolutionOffered = false
    var startSolutionAccepted = false
    var rootBound: Double?
    var bestBound: Double?
    /// The root's LP objective with the cuts found so far: a bound on the whole problem that GLPK
    /// sets as the root's own only once its cut rounds end, which a time limit may stop first.
    var rootCutBound: Double?
    /// Whether to keep `rootCutValues`.
    let recordsRootSolution: Bool
    /// The root LP's solution at `rootCutBound` (the structural columns, in the model's order).
    var rootCutValues: [Double]?
    var incumbent: Double?
    var nodes = 0
    private var lastReport: ContinuousClock.Instant?

    init(startSolution: [Double]?, nodeLimit: Int?, recordsRootSolution: Bool = false, progress: ((SolveProgress) -> Bool)?,
         clock: ContinuousClock, started: ContinuousClock.Instant) {
        self.startSolution = startSolution
        self.recordsRootSolution = recordsRootSolution
        self.nodeLimit = nodeLimit
        self.progress = progress
        self.clock = clock
        self.started = started
    }

    var elapsedSeconds: Double {
        let elapsed = clock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Records the best bound and node count; GLPK reports them only during the search.
    func observe(_ tree: OpaquePointer) {
        let best = glp_ios_best_node(tree)
        // A node whose LP is not yet solved reports -DBL_MAX: no bound at all, not a number to print.
        if best != 0 {
            let bound = glp_ios_node_bound(tree, best)
            if bound.isFinite && abs(bound) < 1e100 { bestBound = bound }
        }
        // GLPK calls for these reasons just after solving the current subproblem's LP to optimality.
        let solved = [GLP_IROWGEN, GLP_IHEUR, GLP_ICUTGEN, GLP_IBRANCH].contains(glp_ios_reason(tree))
        let node = glp_ios_curr_node(tree), problem = glp_ios_get_prob(tree)
        if solved, node != 0, glp_ios_up_node(tree, node) == 0, glp_get_obj_dir(problem) == GLP_MIN,
           glp_get_status(problem) == GLP_OPT {
            let objective = glp_get_obj_val(problem)
            if objective.isFinite && abs(objective) < 1e100, objective >= rootCutBound ?? -.infinity {
                rootCutBound = objective
                // Cuts are rows, so the columns are still the model's (without the presolver).
                if recordsRootSolution {
                    let columns = glp_get_num_cols(problem)
                    rootCutValues = columns > 0 ? (1...columns).map { glp_get_col_prim(problem, $0) } : []
                }
            }
        }
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        nodes = Int(total)
    }

    /// Asks the caller whether to go on; at most every half second unless something improved.
    func shouldContinue(force: Bool) -> Bool {
        guard let progress else { return true }
        let now = clock.now
        if !force, let lastReport, now - lastReport < .milliseconds(500) { return true }
        lastReport = now
        return progress(SolveProgress(seconds: elapsedSeconds, objective: incumbent, bound: bestBound, nodes: nodes))
    }
}

/// GLPK's callback: a plain C function pointer, so it takes no Swift context but `info`.
let searchCallback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
    guard let tree, let info else { return }
    let state = Unmanaged<SearchState>.fromOpaque(info).takeUnretainedValue()
    state.observe(tree)
    if let limit = state.nodeLimit, state.nodes >= limit {
        state.reachedNodeLimit = true
        glp_ios_terminate(tree)
        return
    }
    switch glp_ios_reason(tree) {
    case GLP_IHEUR:
        if let start = state.startSolution, !state.startSolutionOffered {
            state.startSolutionOffered = true
            // GLPK's arrays are 1-based; element 0 is ignored.
            let values = [0] + start
            state.startSolutionAccepted = values.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) } == 0
        }
    case GLP_IBINGO:
        let problem = glp_ios_get_prob(tree)
        state.incumbent = glp_mip_obj_val(problem)
        if !state.shouldContinue(force: true) { glp_ios_terminate(tree) }
        return
    default:
        break
    }
    if !state.shouldContinue(force: false) { glp_ios_terminate(tree) }
}
