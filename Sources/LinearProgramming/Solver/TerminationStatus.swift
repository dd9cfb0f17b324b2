/// Why a solve stopped, in one vocabulary for every caller; GLPK's own words are kept in `SolveResult.rawStatus`.
public enum TerminationStatus: String, Sendable, Hashable {
    /// A solution was found and proved optimal (within GLPK's integrality tolerances).
    case optimal
    /// A solution was found whose gap to the best bound is within the requested relative gap.
    case gapReached = "gap_reached"
    /// The time limit was reached with a solution in hand; the gap says how far from optimal it may be.
    case timeLimitWithSolution = "time_limit_with_solution"
    /// The time limit was reached before any solution was found.
    case timeLimitNoSolution = "time_limit_no_solution"
    /// The node limit was reached with a solution in hand.
    case nodeLimitWithSolution = "node_limit_with_solution"
    /// The node limit was reached before any solution was found.
    case nodeLimitNoSolution = "node_limit_no_solution"
    /// The search was stopped by the caller (cancelled) or by a callback error.
    case interrupted
    /// No solution satisfies the constraints.
    case infeasible
    /// The objective can decrease without limit.
    case unbounded
    /// The solver failed (numerical trouble, invalid data); see `rawStatus`.
    case solverError = "solver_error"

    /// Whether a solution came back with the result.
    public var hasSolution: Bool {
        switch self {
        case .optimal, .gapReached, .timeLimitWithSolution, .nodeLimitWithSolution: true
        case .nodeLimitNoSolution, .interrupted, .timeLimitNoSolution, .infeasible, .unbounded, .solverError: false
        }
    }
}
