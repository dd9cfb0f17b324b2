import LinearProgramming
import Workforce

/// Another solver's solution of a month's exported model (`--write-lp`), read back by variable name:
/// its rota and its penalties by rule, so that solvers can be compared rule by rule on one model and
/// the other solver's rota re-checked like ours.
public struct ExternalSolution: Sendable {
    public let rota: Rota
    public let objective: Double
    public let penalties: [SoftRule: Double]

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case missingVariable(String)
        case breaksModel(String)

        public var description: String {
            switch self {
            case .missingVariable(let name):
                "the solution has no value for the integer variable \(name): is it a solution of this month's model (same --amhps, --seed and --month)?"
            case .breaksModel(let place):
                "the solution breaks the model at \(place): is it a solution of this month's model (same --amhps, --seed and --month)?"
            }
        }
    }

    /// `values` maps variable names to values. Only the integer variables are read: the rest
    /// (shortfalls, deviations, hours over and under) are recomputed from them at their least cost.
    public init(instance: RotaInstance, values: [String: Double]) throws {
        let model = RotaModelBuilder.build(instance)
        var integers: [Variable: Double] = [:]
        for (index, definition) in model.linear.variables.enumerated() where definition.kind != .continuous {
            guard let value = values[definition.name] else { throw Failure.missingVariable(definition.name) }
            integers[Variable(index: index)] = value
        }
        guard let full = try GLPKSolver().completeSolution(model.linear, integerValues: integers) else {
            throw Failure.breaksModel("a hard rule (no values of the other variables satisfy every row)")
        }
        if let violation = model.linear.largestViolation(of: full) { throw Failure.breaksModel(violation.place) }
        rota = model.rota(from: full)
        objective = model.linear.objectiveValue(full)
        penalties = model.penalties(full)
    }
}
