/// What a solve returns: status, solution, objective, best bound, gap, time and effort.
public struct SolveResult: Sendable {
    public var status: TerminationStatus
    /// The solver's own sentence for how it stopped (e.g. GLPK's "time limit exceeded").
    public var rawStatus: String
    /// One value per variable, when `status.hasSolution` (or interrupted with an incumbent).
    public var values: [Double]?
    public var objective: Double?
    /// The best proven lower bound on the objective (minimisation), if known.
    public var bound: Double?
    public var seconds: Double
    /// Branch-and-bound nodes explored, if the solver reports them.
    public var nodes: Int?
    /// One dual value per constraint, from an optimal LP relaxation (`solveRelaxation`): the change in the
    /// objective per unit of the row's bound, so a column's reduced cost is c − Σ dual · a (column generation).
    public var duals: [Double]?
    /// Whether GLPK took the start solution as its incumbent (nil when none was given).
    public var startSolutionAccepted: Bool?
    /// The root LP's solution with the cuts branch and cut had added when its bound was highest (the
    /// model's variables only; nil when the presolver changed the columns or the root was never solved).
    public var rootCutValues: [Double]?

    public init(status: TerminationStatus, rawStatus: String, values: [Double]? = nil, objective: Double? = nil,
                bound: Double? = nil, seconds: Double, nodes: Int? = nil) {
        self.status = status
        self.rawStatus = rawStatus
        self.values = values
        self.objective = objective
        self.bound = bound
        self.seconds = seconds
        self.nodes = nodes
    }

    /// Relative gap |objective − bound| / max(|objective|, 1), as GLPK and most solvers define it.
    public var relativeGap: Double? {
        guard let objective, let bound else { return nil }
        return abs(objective - bound) / max(abs(objective), 1)
    }
}
