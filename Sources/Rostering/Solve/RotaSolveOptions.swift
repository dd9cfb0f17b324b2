import Workforce

/// How hard and how long to work on a rota.
public struct RotaSolveOptions: Sendable {
    /// Wall-clock seconds for the whole solve.
    public var timeLimit: Double = RotaRunDefaults.timeLimit
    /// Stop when the relative gap between the rota and the bound is at most this.
    public var relativeGap: Double = 0.005
    /// Fixes the heuristics' random choices, so the same seed gives the same rota.
    public var seed: UInt64 = RotaRunDefaults.seed
    /// Start GLPK from the greedy rota (recommended); off gives GLPK the model alone.
    public var useGreedyStart = true
    /// The share of the time limit given to GLPK on the whole model before neighbourhood search.
    public var fullModelShare: Double = 0.25
    /// Models with more binary variables than this skip GLPK on the whole model (its root LP alone
    /// would take most of the time); the bound then comes from the LP relaxation, with presolve.
    public var largeModelBinaries = 9_000
    /// The most AMHP-day-shift cells a month may have (AMHPs × days × shift types): about 1,300 AMHPs
    /// on three shift types, far beyond any hub, and far below what would exhaust memory.
    public var maximumCells = 120_000
    /// The share of the time limit the LP relaxation may take on the clock: a large model's bound,
    /// and for every model what `RelaxationRounding` rounds into a start. On 150 AMHPs it needs about
    /// 14 s, so a 120-s plan of three months (40 s each) needs more than the third it once had.
    public var boundShare: Double = 0.5
    /// `boundShare` for a model over `largeModelBinaries`: without its LP such a model has neither a bound
    /// nor RENS's start, and the search alone ends far off (150 AMHPs at 30 s: 69,802 and no bound, where
    /// with its LP, 11–23 s on a slower machine, it comes to 58,269), so the LP may take longer.
    public var largeModelBoundShare: Double = 0.7
    /// The share of the time limit GLPK may take to round a large model's LP relaxation into a rota
    /// (`RelaxationRounding`), before neighbourhood search.
    public var roundingShare: Double = 0.1
    /// Run neighbourhood search after the full-model solve (off: GLPK alone).
    public var useNeighbourhoodSearch = true
    /// A fixed number of neighbourhood-search iterations, with node limits in place of time limits,
    /// makes a run repeatable for its seed; the time limit still stops it on a slow machine.
    public var iterations: Int? = nil
    /// Print what each stage reached and when.
    public var verbose = false
    /// Print GLPK's own log of the whole-model solve.
    public var glpkLog = false
    /// Receives each stage's progress as it is reached, and GLPK's incumbent and bound during its
    /// search (`amhp rota --progress json`); called on the solving thread.
    public var observer: (@Sendable (RotaProgress) -> Void)? = nil

    public init() {}
}
