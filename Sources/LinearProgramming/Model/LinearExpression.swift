/// A sum of coefficient × variable terms plus a constant.
///
///     var cover = LinearExpression()
///     for amhp in available { cover.add(x[amhp], 1) }
///     model.addConstraint(cover + shortfall, atLeast: 2, name: "cover(day=3,shift=N)")
///
/// Terms are kept as written; `normalized()` merges repeats and drops zeros, as GLPK requires.
public struct LinearExpression: Sendable, Hashable {
    public private(set) var variables: [Variable] = []
    public private(set) var coefficients: [Double] = []
    public var constant: Double = 0

    public init() {}

    public init(_ variable: Variable, _ coefficient: Double = 1) {
        variables = [variable]
        coefficients = [coefficient]
    }

    public init(constant: Double) {
        self.constant = constant
    }

    public var isEmpty: Bool { variables.isEmpty }

    public mutating func add(_ variable: Variable, _ coefficient: Double = 1) {
        variables.append(variable)
        coefficients.append(coefficient)
    }

    public mutating func add(_ other: LinearExpression, scaledBy factor: Double = 1) {
        variables.append(contentsOf: other.variables)
        coefficients.append(contentsOf: other.coefficients.map { $0 * factor })
        constant += other.constant * factor
    }

    /// Repeated variables merged (coefficients summed), zero terms dropped, sorted by variable.
    /// - Complexity: O(n log n) in the number of terms.
    public func normalized() -> LinearExpression {
        var merged: [Int: Double] = [:]
        merged.reserveCapacity(variables.count)
        for (variable, coefficient) in zip(variables, coefficients) {
            merged[variable.index, default: 0] += coefficient
        }
        var result = LinearExpression(constant: constant)
        for (index, coefficient) in merged.sorted(by: { $0.key < $1.key }) where coefficient != 0 {
            result.add(Variable(index: index), coefficient)
        }
        return result
    }

    /// The expression's value for a full vector of variable values.
    public func value(_ values: [Double]) -> Double {
        var total = constant
        for (variable, coefficient) in zip(variables, coefficients) {
            total += coefficient * values[variable.index]
        }
        return total
    }

    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs)
        return result
    }

    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(rhs)
        return result
    }

    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(rhs, -1)
        return result
    }

    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs, scaledBy: -1)
        return result
    }

    public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        var result = LinearExpression()
        result.add(rhs, scaledBy: lhs)
        return result
    }
}

extension LinearExpression {
    /// The sum of the given variables, each with coefficient 1.
    public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
        var result = LinearExpression()
        for variable in variables { result.add(variable) }
        return result
    }
}
