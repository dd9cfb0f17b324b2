import LinearProgramming

/// A model with most variables fixed at a solution's values, written as a small model in the free
/// variables only: fixed terms become constants, and rows without a free variable are dropped
/// (the solution satisfies them). Loading this into GLPK costs time in its size, not the full model's.
struct CurtoisSubproblem {
    let linear: LinearModel
    /// `freeVariables[i]` is the full model's variable behind the subproblem's variable `i`.
    let freeVariables: [Variable]

    /// The full model's rows, by variable, so a subproblem visits only the rows its free variables touch.
    struct RowIndex {
        let rowsOfVariable: [[Int]]
        let objectiveCoefficients: [Double]

        init(_ model: LinearModel) {
            var rows = Array(repeating: [Int](), count: model.variableCount)
            for (row, constraint) in model.constraints.enumerated() {
                for variable in constraint.expression.variables { rows[variable.index].append(row) }
            }
            rowsOfVariable = rows
            var coefficients = [Double](repeating: 0, count: model.variableCount)
            for (variable, coefficient) in zip(model.objective.variables, model.objective.coefficients) {
                coefficients[variable.index] += coefficient
            }
            objectiveCoefficients = coefficients
        }
    }

    /// The subproblem of `model` in which the variables marked in `free` may change and every other
    /// variable keeps its value in `values`.
    init(model: LinearModel, index: RowIndex, free: [Bool], values: [Double]) {
        var position = [Int](repeating: -1, count: model.variableCount)
        var freeVariables: [Variable] = []
        var sub = LinearModel(name: model.name + "-sub")
        for index in model.variables.indices where free[index] {
            let definition = model.variables[index]
            position[index] = freeVariables.count
            freeVariables.append(Variable(index: index))
            sub.addVariable(name: definition.name, kind: definition.kind, lowerBound: definition.lowerBound,
                            upperBound: definition.upperBound)
        }
        var rows = Set<Int>()
        for variable in freeVariables { rows.formUnion(index.rowsOfVariable[variable.index]) }
        for row in rows.sorted() {
            let constraint = model.constraints[row]
            var expression = LinearExpression()
            var fixed = 0.0
            for (variable, coefficient) in zip(constraint.expression.variables, constraint.expression.coefficients) {
                if position[variable.index] >= 0 {
                    expression.add(Variable(index: position[variable.index]), coefficient)
                } else {
                    fixed += coefficient * values[variable.index]
                }
            }
            sub.addConstraint(expression, lowerBound: constraint.lowerBound - fixed,
                              upperBound: constraint.upperBound - fixed, name: constraint.name)
        }
        var objective = LinearExpression(constant: model.objective.constant)
        for variable in 0..<model.variableCount where index.objectiveCoefficients[variable] != 0 {
            if position[variable] >= 0 {
                objective.add(Variable(index: position[variable]), index.objectiveCoefficients[variable])
            } else {
                objective.constant += index.objectiveCoefficients[variable] * values[variable]
            }
        }
        sub.objective = objective
        linear = sub
        self.freeVariables = freeVariables
    }

    /// The subproblem's part of a full solution.
    func restrict(_ values: [Double]) -> [Double] { freeVariables.map { values[$0.index] } }

    /// A full solution: `values` with the free variables replaced by the subproblem's solution.
    func expand(_ subValues: [Double], into values: [Double]) -> [Double] {
        var result = values
        for (position, variable) in freeVariables.enumerated() {
            let value = subValues[position]
            result[variable.index] = linear.variables[position].kind == .continuous ? value : value.rounded()
        }
        return result
    }
}
