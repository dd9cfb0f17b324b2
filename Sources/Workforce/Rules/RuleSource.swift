/// Where a rule comes from, so a manager can tell the law from a local choice.
public enum RuleSource: Hashable, Sendable {
    /// The Working Time Regulations 1998, with the regulation and any note ("reg. 10").
    case workingTimeRegulations(String)
    /// The national AMHP Service Standards, by number ("2.1").
    case serviceStandard(String)
    /// Mental health law: the Act and the approval regulations.
    case mentalHealthLaw(String)
    /// The hub's own policy or agreement, written in its rules or people files.
    case local(String)
    /// What a rota is: one shift a day, rows naming people and shifts the hub has.
    case rotaDefinition

    /// The source as docs/model.md and reports print it; empty for the rota's own definition.
    public var citation: String {
        switch self {
        case .workingTimeRegulations(let regulation): "WTR 1998 \(regulation)"
        case .serviceStandard(let number): "Service Standard \(number)"
        case .mentalHealthLaw(let text): text
        case .local(let text): text
        case .rotaDefinition: ""
        }
    }
}
