/// Why a model cannot be passed to a solver. GLPK aborts the process on bad input,
/// so every model is checked first and these errors name the cause and the fix.
public struct ModelError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Cause: Sendable, Equatable {
        case notFinite(place: String)
        case emptyBounds(place: String, lower: Double, upper: Double)
        case unknownVariable(place: String, index: Int)
        case nameTooLong(place: String)
        case integerWithFractionalBounds(variable: String)
        case solutionLength(expected: Int, got: Int)
    }

    public let cause: Cause

    public init(_ cause: Cause) {
        self.cause = cause
    }

    public var description: String {
        switch cause {
        case .notFinite(let place):
            "Cause: \(place) holds an infinite or NaN number. Fixing this error: compute the coefficient from finite data."
        case .emptyBounds(let place, let lower, let upper):
            "Cause: \(place) has lower bound \(lower) above upper bound \(upper). Fixing this error: the model is infeasible as built; check the data that set these bounds."
        case .unknownVariable(let place, let index):
            "Cause: \(place) refers to variable \(index), which this model does not have. Fixing this error: build expressions only from this model's variables."
        case .nameTooLong(let place):
            "Cause: \(place) has a name longer than GLPK's 255 characters. Fixing this error: shorten the name."
        case .integerWithFractionalBounds(let variable):
            "Cause: integer variable \(variable) has bounds with no whole number between them. Fixing this error: round the bounds."
        case .solutionLength(let expected, let got):
            "Cause: a start solution has \(got) values for \(expected) variables. Fixing this error: give one value per variable."
        }
    }
}

extension LinearModel {
    /// Checks everything GLPK would abort on; a model that passes can be loaded safely.
    public func validate() throws {
        for (index, variable) in variables.enumerated() {
            let place = "variable \(index) (\(variable.name))"
            if variable.name.utf8.count > 255 { throw ModelError(.nameTooLong(place: place)) }
            if variable.lowerBound.isNaN || variable.upperBound.isNaN || variable.lowerBound == .infinity
                || variable.upperBound == -.infinity {
                throw ModelError(.notFinite(place: place))
            }
            if variable.lowerBound > variable.upperBound {
                throw ModelError(.emptyBounds(place: place, lower: variable.lowerBound, upper: variable.upperBound))
            }
            if variable.kind != .continuous, variable.lowerBound.isFinite, variable.upperBound.isFinite,
               variable.lowerBound.rounded(.up) > variable.upperBound.rounded(.down) {
                throw ModelError(.integerWithFractionalBounds(variable: variable.name))
            }
        }
        try validate(objective, place: "the objective")
        if !objective.constant.isFinite { throw ModelError(.notFinite(place: "the objective's constant")) }
        for (index, constraint) in constraints.enumerated() {
            let place = "constraint \(index) (\(constraint.name))"
            if constraint.name.utf8.count > 255 { throw ModelError(.nameTooLong(place: place)) }
            try validate(constraint.expression, place: place)
            if constraint.lowerBound.isNaN || constraint.upperBound.isNaN || constraint.lowerBound == .infinity
                || constraint.upperBound == -.infinity {
                throw ModelError(.notFinite(place: place))
            }
            if constraint.lowerBound > constraint.upperBound {
                throw ModelError(.emptyBounds(place: place, lower: constraint.lowerBound, upper: constraint.upperBound))
            }
        }
    }

    private func validate(_ expression: LinearExpression, place: String) throws {
        for (variable, coefficient) in zip(expression.variables, expression.coefficients) {
            guard variable.index >= 0 && variable.index < variables.count else {
                throw ModelError(.unknownVariable(place: place, index: variable.index))
            }
            guard coefficient.isFinite else { throw ModelError(.notFinite(place: place)) }
        }
    }

    /// The largest amount by which a full solution breaks a bound, a row or integrality, with where.
    /// Zero (within `tolerance`) means the solution is feasible.
    public func largestViolation(of values: [Double], tolerance: Double = 1e-6) -> (amount: Double, place: String)? {
        guard values.count == variables.count else { return (.infinity, "solution length") }
        var worst: (amount: Double, place: String)?
        func note(_ amount: Double, _ place: @autoclosure () -> String) {
            if amount > tolerance && amount > (worst?.amount ?? 0) { worst = (amount, place()) }
        }
        for (index, variable) in variables.enumerated() {
            let value = values[index]
            note(variable.lowerBound - value, "lower bound of \(variable.name)")
            note(value - variable.upperBound, "upper bound of \(variable.name)")
            if variable.kind != .continuous { note(abs(value - value.rounded()), "integrality of \(variable.name)") }
        }
        for constraint in constraints {
            let activity = constraint.expression.value(values)
            note(constraint.lowerBound - activity, "row \(constraint.name) (below)")
            note(activity - constraint.upperBound, "row \(constraint.name) (above)")
        }
        return worst
    }
}
