import LinearProgramming

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
    /// Branch-and-cut nodes GLPK may spend on one subproblem: the repeatable work limit
    /// (nil: 400 on small models, 50 on the others; see `smallModelAssignmentLimit`).
    public var subproblemNodeLimit: Int? = nil
    /// GLPK's MIR, cover and clique cuts in the subproblems (nil: on for small models only).
    public var subproblemCuts: Bool? = nil
    /// Models with at most this many assignment variables count as small: their subproblems get deep,
    /// cut-heavy searches (400 nodes with cuts took instance 2 from 925 to 832 in 60 s), while larger ones
    /// do better with many shallow, cut-free searches (instances 7 and 12 got worse with deep ones).
    public var smallModelAssignmentLimit = 850
    /// Wall-clock seconds for one subproblem, a safety net behind the node limit.
    public var subproblemTimeLimit: Double = 4
    /// Seconds for the compact LP relaxation that gives the lower bound (nil: a twelfth of the time limit,
    /// at most 5).
    public var boundTimeLimit: Double? = nil
    /// The compact LP is skipped on models with more assignment variables than this, when column
    /// generation runs: on instances 12 and 13 (about 12,000 and 47,000) GLPK's simplex did not finish it
    /// in 5 s, and only interior point did, in 40.
    public var compactBoundAssignmentLimit = 10_000
    /// The simplex for the compact LP. The dual's every step is a bound, so where the clock stops it,
    /// as on the larger instances, it still bounds (60-s runs, 5 s for the LP, primal / dual: 15 ended
    /// at 3,052 / 3,632, best known 3,928; 14 at 1,256 / 1,249, and primal at 5.1 s once gave 394); where
    /// both finish the bound is the same (8, 9, 16, 12 and 10, 11 by column generation).
    public var compactBoundMethod: SimplexMethod = .dual
    /// The first neighbourhood's number of free assignment variables (nil: chosen from the instance's size).
    public var initialNeighbourhoodSize: Int? = nil
    /// Column generation runs from this share of the time limit (after a neighbourhood search from the
    /// start, whose rosters seed its pool, when above 0) to `columnGenerationEnd` (equal shares: none).
    /// Its bound replaces the compact LP's when higher, its master LP is rounded into rosters and guides
    /// the `relaxation` neighbourhood. First is best: on instance 7 the search from column generation's
    /// roster reached 1068 and 1171 (seeds 2 and 1), from the greedy start with column generation after
    /// a quarter of the time 1369.
    public var columnGenerationStart: Double = 0
    public var columnGenerationEnd: Double = 0.35
    /// Column generation is skipped when the greedy start took more than this share of the time limit
    /// (in the thread's processor time, which a busy machine does not inflate):
    /// its pricing is then too slow to get anywhere (instance 13: 2–3 s since shift classes, and 5,972
    /// with column generation against 5,101 without; instances 12 and 14: under 0.5 s).
    public var slowStartShare: Double = 0.02
    /// Rounds of column generation when `iterationLimit` makes the run repeatable.
    public var columnGenerationRounds = 20
    /// Rosters rounded from column generation's master LP (each employee's rota drawn by its weight);
    /// the best is taken when it beats the search's.
    public var roundings = 200
    /// The share of the time limit for diving on the master LP after column generation (0: none).
    /// With backtracking the dive of instance 12 reaches 4,041 (optimum 4,040) in 17–20 s; with 9 s it ran
    /// out of time and the rest took their best rotas (about 5,870), and with 21 s (35%) it still did
    /// under load.
    public var diveShare: Double = 0.5
    /// The dive's share when the master LP is still more than 1% above the bound (pricing not converged).
    public var looseDiveShare: Double = 0.15
    /// Master LP solves (with pricing between them) per step of the dive, fewer when pricing adds
    /// nothing or the step has spent its share of the dive's time left (10 took instance 8's dive from
    /// 1922 to 1413).
    public var diveRoundsPerStep = 10
    /// The share of the time limit for the master MIP over the pooled rotas, after column generation.
    public var pooledRosterShare: Double = 0.05
    /// Reduced-cost enumeration runs when the gap to the bound is at most this share of the objective.
    public var enumerationGap: Double = 0.02
    /// The share of the time limit for reduced-cost enumeration.
    public var enumerationShare: Double = 0.3
    /// The most rotas enumerated per employee (more and the enumeration is cut short, not exact).
    public var enumerationLimit = 20
    /// When column generation proved no bound above 0 (a long horizon, or pricing too slow), the
    /// Lagrangian bound (`CurtoisLagrangianBound`) gets this share of the time limit, or this many
    /// subgradient steps when `iterationLimit` makes the run repeatable.
    public var lagrangianShare: Double = 0.1
    public var lagrangianIterations = 30
    /// Called with one line per improvement and per phase, for `--verbose` output.
    public var log: (@Sendable (String) -> Void)? = nil

    public init() {}
}
