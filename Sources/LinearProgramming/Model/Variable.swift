/// A decision variable of a `LinearModel`, by index; cheap to copy and hash.
public struct Variable: Hashable, Sendable, Comparable {
    /// 0-based position in the model's variable list.
    public let index: Int

    public init(index: Int) {
        self.index = index
    }

    public static func < (lhs: Variable, rhs: Variable) -> Bool { lhs.index < rhs.index }
}

/// Whether a variable takes any real value in its bounds, whole numbers, or 0 and 1.
public enum VariableKind: Sendable, Hashable {
    case continuous
    case integer
    case binary
}

/// What the model knows about one variable.
public struct VariableDefinition: Sendable, Hashable {
    public var name: String
    public var kind: VariableKind
    /// `-.infinity` for none.
    public var lowerBound: Double
    /// `.infinity` for none.
    public var upperBound: Double
}
