/// Any rule of the rota model: what a violation, an explanation or a report is about.
public enum RuleID: Hashable, Sendable {
    case hard(HardRule)
    case soft(SoftRule)

    /// The rule's id (hard) or weight key (soft), as reports and the API print it.
    public var key: String {
        switch self {
        case .hard(let rule): rule.rawValue
        case .soft(let rule): rule.rawValue
        }
    }

    /// Reads an id or weight key back; nil when no rule has it.
    public init?(key: String) {
        if let hard = HardRule(rawValue: key) {
            self = .hard(hard)
        } else if let soft = SoftRule(rawValue: key) {
            self = .soft(soft)
        } else {
            return nil
        }
    }
}
