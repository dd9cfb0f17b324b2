import Workforce

/// Whether a rule may never be broken (hard) or is weighed in the objective (soft).
public enum Severity: String, Sendable {
    case hard
    case soft
}

/// One breach of one rule, told as a sentence a team manager can act on.
///
/// Soft violations are itemised (one per short shift, per unmet request, per AMHP's fairness
/// deviation), so the penalties of a rule's violations add up to that rule's penalty in the report.
public struct Violation: Hashable, Sendable {
    /// The rule broken.
    public let ruleID: RuleID
    public let amhpID: String?
    public let date: LocalDate?
    public let shiftCode: String?
    /// Who (name and id), when, which rule, and the numbers.
    public let message: String
    /// Weight × size of the breach; 0 for a hard rule.
    public let penalty: Double

    public init(rule: RuleID, amhpID: String?, date: LocalDate?, shiftCode: String?, message: String, penalty: Double) {
        ruleID = rule
        self.amhpID = amhpID
        self.date = date
        self.shiftCode = shiftCode
        self.message = message
        self.penalty = penalty
    }

    /// The rule id (hard) or weight key (soft) from docs/model.md, e.g. `rest.daily`, `cover_below_minimum`.
    public var rule: String { ruleID.key }

    public var severity: Severity {
        switch ruleID {
        case .hard: .hard
        case .soft: .soft
        }
    }

    /// The hard rule broken, if it is one.
    public var hardRule: HardRule? {
        if case .hard(let rule) = ruleID { rule } else { nil }
    }

    /// The soft rule broken, if it is one.
    public var softRule: SoftRule? {
        if case .soft(let rule) = ruleID { rule } else { nil }
    }

    static func hard(_ rule: HardRule, amhpID: String?, date: LocalDate? = nil, shiftCode: String? = nil,
                     _ message: String) -> Violation {
        Violation(rule: .hard(rule), amhpID: amhpID, date: date, shiftCode: shiftCode,
                  message: message, penalty: 0)
    }

    static func soft(_ rule: SoftRule, amhpID: String? = nil, date: LocalDate? = nil, shiftCode: String? = nil,
                     penalty: Double, _ message: String) -> Violation {
        Violation(rule: .soft(rule), amhpID: amhpID, date: date, shiftCode: shiftCode,
                  message: message, penalty: penalty)
    }
}
