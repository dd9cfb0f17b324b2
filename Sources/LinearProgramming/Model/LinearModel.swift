/// A mixed-integer linear programme, built in Swift and independent of any solver.
///
/// Names are kept for people: they appear in LP exports and in explanations of penalties,
/// so name variables after what they mean (`short(date=2026-12-25,shift=N)`).
///
///     var model = LinearModel()
///     let x = model.addVariable(name: "x", kind: .binary)
///     let y = model.addVariable(name: "y", kind: .binary)
///     model.addConstraint(LinearExpression.sum([x, y]), atMost: 1, name: "one")
///     model.objective = LinearExpression(x, -2) + LinearExpression(y, -1)
public struct LinearModel: Sendable {
    public private(set) var variables: [VariableDefinition] = []
    public private(set) var constraints: [Constraint] = []
    /// Minimised. Negate it to maximise.
    public var objective = LinearExpression()
    public var name: String

    public init(name: String = "model") {
        self.name = name
    }

    public var variableCount: Int { variables.count }
    public var constraintCount: Int { constraints.count }
    public var nonZeroCount: Int { constraints.reduce(0) { $0 + $1.expression.variables.count } }

    @discardableResult
    public mutating func addVariable(name: String, kind: VariableKind = .continuous,
                                     lowerBound: Double = 0, upperBound: Double = .infinity) -> Variable {
        let isBinary = kind == .binary
        variables.append(VariableDefinition(name: name, kind: kind,
                                            lowerBound: isBinary ? max(0, lowerBound) : lowerBound,
                                            upperBound: isBinary ? min(1, upperBound) : upperBound))
        return Variable(index: variables.count - 1)
    }

    public func definition(of variable: Variable) -> VariableDefinition { variables[variable.index] }

    /// Narrows a variable's bounds; fixing a binary to 0 or 1 is how a sub-model is made.
    public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) {
        variables[variable.index].lowerBound = lower
        variables[variable.index].upperBound = upper
    }

    @discardableResult
    public mutating func addConstraint(_ expression: LinearExpression, lowerBound: Double, upperBound: Double,
                                       name: String) -> ConstraintReference {
        let normalized = expression.normalized()
        var body = normalized
        body.constant = 0
        constraints.append(Constraint(name: name, expression: body,
                                      lowerBound: lowerBound - normalized.constant,
                                      upperBound: upperBound - normalized.constant))
        return ConstraintReference(index: constraints.count - 1)
    }

    @discardableResult
    public mutating func addConstraint(_ expression: LinearExpression, atMost bound: Double, name: String) -> ConstraintReference {
        addConstraint(expression, lowerBound: -.infinity, upperBound: bound, name: name)
    }

    @discardableResult
    public mutating func addConstraint(_ expression: LinearExpression, atLeast bound: Double, name: String) -> ConstraintReference {
        addConstraint(expression, lowerBound: bound, upperBound: .infinity, name: name)
    }

    @discardableResult
    public mutating func addConstraint(_ expression: LinearExpression, equalTo value: Double, name: String) -> ConstraintReference {
        addConstraint(expression, lowerBound: value, upperBound: value, name: name)
    }

    /// Adds a cut: a row every point with whole integer values keeps, which the LP relaxation may
    /// add only once its solution breaks it.
    @discardableResult
    public mutating func addCut(_ expression: LinearExpression, atMost bound: Double, name: String) -> ConstraintReference {
        let reference = addConstraint(expression, atMost: bound, name: name)
        constraints[reference.index].isCut = true
        return reference
    }

    /// The objective's value for a full vector of variable values.
    public func objectiveValue(_ values: [Double]) -> Double { objective.value(values) }
}
