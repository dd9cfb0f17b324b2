/// What `CurtoisSolver` found: the best roster, its objective by the model, the bound and the effort.
public struct CurtoisSolveResult: Sendable {
    public var roster: CurtoisRoster
    /// The model's objective for `roster` (the benchmark's penalty; `CurtoisEvaluator` recomputes it).
    public var objective: Int
    /// The objective of the roster built before the neighbourhood search.
    public var startObjective: Int
    /// A proven lower bound, rounded up: the higher of the full model's LP relaxation and column generation's
    /// Lagrangian bound (nil if neither finished in time).
    public var bound: Int?
    public var seconds: Double
    /// Neighbourhood searches done.
    public var iterations: Int
    /// Neighbourhood searches that lowered the objective.
    public var improvements: Int
    /// (seconds, objective) each time the objective went down, starting with the start roster.
    public var history: [(seconds: Double, objective: Int)]
}
