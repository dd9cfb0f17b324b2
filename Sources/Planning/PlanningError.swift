/// Why a planning calculation could not be done, said so an AMHP lead can act on it.
public enum PlanningError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The sufficiency model needs referrals and there are none.
    case noReferrals
    /// GLPK returned no solution for one of the planning models (a bug: they are always feasible).
    case solverFailed(model: String, status: String)
    /// A scenario cannot be applied to this hub.
    case scenario(file: String, problem: String)

    public var description: String {
        switch self {
        case .noReferrals:
            "There are no referrals to model demand from. Fix: put referrals.csv in the hub folder (see docs/planning.md), or generate a demo log with amhp sufficiency generate-referrals."
        case .solverFailed(let model, let status):
            "GLPK found no solution to the \(model) model (\(status)). This is a bug: the model is built to be always feasible."
        case .scenario(let file, let problem):
            "\(file): \(problem)"
        }
    }
}
