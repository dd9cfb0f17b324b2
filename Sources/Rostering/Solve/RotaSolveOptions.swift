/// How hard and how long to work on a rota.
public struct RotaSolveOptions: Sendable {
    /// Wall-clock seconds for the whole solve.
    public var timeLimit: Double = 60
    /// Stop when the relative gap between the rota and the bound is at most this.
    public var relativeGap: Double = 0.005
    /// Fixes the heuristics' random choices, so the same seed gives the same rota.
    public var seed: UInt64 = 1
    /// Start GLPK from the greedy rota (recommended); off gives GLPK the model alone.
    public var useGreedyStart = true
    /// Print GLPK's own log.
    public var verbose = false

    public init() {}
}
