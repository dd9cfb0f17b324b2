/// A linear row: `lowerBound ≤ expression ≤ upperBound` (either side may be infinite).
public struct Constraint: Sendable, Hashable {
    public var name: String
    /// Kept normalized (no repeated variables, no zeros) and without a constant term.
    public var expression: LinearExpression
    public var lowerBound: Double
    public var upperBound: Double
}

/// Reference to a row of a `LinearModel`.
public struct ConstraintReference: Hashable, Sendable {
    public let index: Int
}
