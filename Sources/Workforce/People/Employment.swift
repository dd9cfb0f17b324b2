/// Who employs an AMHP and what they owe the hub's rota.
public enum Employment: Hashable, Sendable {
    /// Local-authority hub post: contracted hours are `fte` × the standard week (37 hours = 1.0).
    case localAuthority(fte: Double)
    /// NHS-employed AMHP who agreed to offer at least `shiftsPerMonth` shifts on the rota.
    case nhs(trust: String, shiftsPerMonth: Double)

    public var isNHS: Bool {
        if case .nhs = self { return true }
        return false
    }

    /// The employer's name as the rota shows it.
    public var employerName: String {
        switch self {
        case .localAuthority: "LA"
        case .nhs(let trust, _): trust
        }
    }
}
