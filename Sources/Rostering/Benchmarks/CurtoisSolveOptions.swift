/// How long and how hard `CurtoisSolver` works on an instance.
public struct CurtoisSolveOptions: Sendable {
    /// Wall-clock seconds for the whole solve: model, bound, start and search.
    public var timeLimit: Double = 60
    /// Fixes every random choice, so the same seed repeats the same sequence of neighbourhoods.
    public var seed: UInt64 = 1
    /// Stop after this many neighbourhood searches (nil: only the time limit stops the search).
    /// With a limit, and subproblems that end on their node limit rather than their time limit,
    /// a seed reproduces a run exactly.
    public var iterationLimit: Int? = nil
    /// Branch-and-cut nodes GLPK may spend on one subproblem: the repeatable work limit.
    public var subproblemNodeLimit = 50
    /// Wall-clock seconds for one subproblem, a safety net behind the node limit.
    public var subproblemTimeLimit: Double = 4
    /// Seconds for the LP relaxation that gives the lower bound (nil: a twelfth of the time limit, at most 5).
    public var boundTimeLimit: Double? = nil
    /// The first neighbourhood's number of free assignment variables (nil: chosen from the instance's size).
    public var initialNeighbourhoodSize: Int? = nil
    /// Called with one line per improvement and per phase, for `--verbose` output.
    public var log: (@Sendable (String) -> Void)? = nil

    public init() {}
}
