/// The price of each soft rule (`SoftRule`), in the priority order the rota model honours them.
///
/// Penalties scale with the size of the breach (per AMHP short, per hour, per shift), so a large
/// breach always costs more than a small one of the same rule. A rule the hub does not price
/// costs its `SoftRule.defaultWeight`.
public struct ObjectiveWeights: Hashable, Sendable {
    private var overrides: [SoftRule: Double] = [:]

    public init() {}

    /// The weight of one soft rule.
    public subscript(rule: SoftRule) -> Double {
        get { overrides[rule] ?? rule.defaultWeight }
        set { overrides[rule] = newValue == rule.defaultWeight ? nil : newValue }
    }

    // Key paths are immutable values; the array is never mutated.
    /// Every weight with the key the rules file uses, in priority order (derived from `SoftRule`).
    nonisolated(unsafe) public static let keyPaths: [(key: String, path: WritableKeyPath<ObjectiveWeights, Double>)] =
        SoftRule.allCases.map { ($0.rawValue, \ObjectiveWeights.[$0]) }
}
