/// How to run a MIP solve. Defaults suit a rota model: presolve, cuts and the feasibility pump on.
///
/// Names follow GLPK's `glp_iocp` fields (documented in GLPK's reference manual, `glp_intopt`).
public struct SolverParameters: Sendable, Hashable {
    public enum Branching: Sendable, Hashable {
        case firstFractional, lastFractional, mostFractional, driebeckTomlin, hybridPseudoCost
    }

    public enum Backtracking: Sendable, Hashable {
        case depthFirst, breadthFirst, bestLocalBound, bestProjection
    }

    /// Wall-clock limit in seconds; nil for none.
    public var timeLimit: Double? = 60
    /// Stop after this many branch-and-bound nodes; unlike a time limit, a node limit repeats
    /// exactly from run to run. GLPK has no such setting, so the search callback enforces it.
    public var nodeLimit: Int? = nil
    /// Stop when |best − bound| / |best| is at most this.
    public var relativeGap: Double = 1e-4
    public var presolve = true
    public var gomoryCuts = false
    public var mixedIntegerRoundingCuts = true
    public var coverCuts = true
    public var cliqueCuts = true
    public var feasibilityPump = true
    public var proximitySearch = false
    /// Seconds the proximity search may run.
    public var proximitySearchTimeLimit: Double = 10
    public var simpleRounding = true
    public var branching: Branching = .driebeckTomlin
    public var backtracking: Backtracking = .bestLocalBound
    /// A full solution to start from (one value per variable). It must be feasible; it is
    /// offered to GLPK as its first incumbent, which turns the MIP presolver off (GLPK takes
    /// heuristic solutions only in the original variables).
    public var startSolution: [Double]? = nil
    /// Keep the root LP's solution with the cuts found (`SolveResult.rootCutValues`), for a heuristic
    /// to round: it is nearer whole than the plain relaxation's.
    public var recordsRootSolution = false
    /// Print GLPK's log to standard output.
    public var verbose = false

    public init() {}
}

/// Which simplex solves an LP: the primal keeps a feasible point once it has one, the dual a bound.
public enum SimplexMethod: Sendable, Hashable {
    case primal, dual
}
