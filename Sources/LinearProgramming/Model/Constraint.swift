/// A linear row: `lowerBound ≤ expression ≤ upperBound` (either side may be infinite).
public struct Constraint: Sendable, Hashable {
    public var name: String
    /// Kept normalized (no repeated variables, no zeros) and without a constant term.
    public var expression: LinearExpression
    public var lowerBound: Double
    public var upperBound: Double
    /// A cut: kept by every point with whole integer values, so an LP relaxation may leave it out
    /// until its solution breaks it (`GLPKSolver.solveRelaxation`'s `cutsWhenBroken`).
    public var isCut = false
}

/// Reference to a row of a `LinearModel`.
public struct ConstraintReference: Hashable, Sendable {
    public let index: Int
}
