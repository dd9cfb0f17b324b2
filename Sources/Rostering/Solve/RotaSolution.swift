import LinearProgramming
import Workforce

/// A solved rota with the numbers that say how good it is.
public struct RotaSolution: Sendable {
    public let rota: Rota
    public let status: TerminationStatus
    /// GLPK's sentence for how the search ended.
    public let rawStatus: String
    public let objective: Double
    /// The best proven lower bound on the objective, when GLPK reported one.
    public let bound: Double?
    public let seconds: Double
    /// Penalty by weight key (`cover_below_minimum`, ...), as the model prices the rota.
    public let penalties: [SoftRule: Double]
    /// The greedy start's objective, when one was built.
    public let startObjective: Double?
    /// What GLPK reached on the whole model before neighbourhood search.
    public let fullModelObjective: Double?
    public let searchIterations: Int
    public let searchImprovements: Int
    public let modelSize: (variables: Int, constraints: Int, nonZeros: Int)

    public var relativeGap: Double? {
        bound.map { abs(objective - $0) / max(abs(objective), 1) }
    }
}
