/// A model with some variables fixed and taken out: what neighbourhood search re-solves.
public struct RestrictedModel: Sendable {
    /// The smaller model over the free variables only.
    public let model: LinearModel
    /// `freeVariables[i]` is the original variable behind variable `i` of `model`.
    public let freeVariables: [Variable]

    /// A full solution of the original model from a solution of the restricted one.
    public func expand(_ values: [Double], into full: [Double]) -> [Double] {
        var result = full
        for (index, variable) in freeVariables.enumerated() { result[variable.index] = values[index] }
        return result
    }

    /// The restricted model's solution that matches a full one.
    public func restrict(_ full: [Double]) -> [Double] { freeVariables.map { full[$0.index] } }
}

extension LinearModel {
    /// Fixes the given variables at the given values and removes them: their terms move into the
    /// row bounds and the objective's constant, and rows left with no free variable are dropped
    /// (the caller guarantees the fixed values satisfy them, as a current solution does).
    ///
    /// GLPK's presolver would do the same, but loading the whole model into GLPK for every
    /// neighbourhood costs more than the search itself on large rotas.
    /// - Complexity: O(non-zeros).
    public func restricted(fixing fixed: [Double?]) -> RestrictedModel {
        precondition(fixed.count == variables.count, "one optional value per variable")
        var newIndex = [Int](repeating: -1, count: variables.count)
        var freeVariables: [Variable] = []
        var restricted = LinearModel(name: name + "-restricted")
        for (index, definition) in variables.enumerated() where fixed[index] == nil {
            newIndex[index] = freeVariables.count
            freeVariables.append(Variable(index: index))
            restricted.addVariable(name: definition.name, kind: definition.kind,
                                   lowerBound: definition.lowerBound, upperBound: definition.upperBound)
        }
        for constraint in constraints {
            var body = LinearExpression()
            var shift = 0.0
            for (variable, coefficient) in zip(constraint.expression.variables, constraint.expression.coefficients) {
                if let value = fixed[variable.index] {
                    shift += coefficient * value
                } else {
                    body.add(Variable(index: newIndex[variable.index]), coefficient)
                }
            }
            guard !body.isEmpty else { continue }
            restricted.addConstraint(body, lowerBound: constraint.lowerBound - shift, upperBound: constraint.upperBound - shift,
                                     name: constraint.name)
        }
        var objective = LinearExpression(constant: objective.constant)
        for (variable, coefficient) in zip(self.objective.variables, self.objective.coefficients) {
            if let value = fixed[variable.index] {
                objective.constant += coefficient * value
            } else {
                objective.add(Variable(index: newIndex[variable.index]), coefficient)
            }
        }
        restricted.objective = objective
        return RestrictedModel(model: restricted, freeVariables: freeVariables)
    }
}
