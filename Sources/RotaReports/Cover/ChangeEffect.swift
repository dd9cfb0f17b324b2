import RotaCheck
import Workforce

/// What setting one cell would do to a rota, by the checker's own numbers.
public struct ChangeEffect: Hashable, Sendable {
    /// A soft rule whose penalty the change raises, and by how much.
    public struct Strain: Hashable, Sendable {
        public let rule: SoftRule
        public let penaltyChange: Double

        public init(rule: SoftRule, penaltyChange: Double) {
            self.rule = rule
            self.penaltyChange = penaltyChange
        }
    }

    public let amhpID: String
    public let date: LocalDate
    public let choice: CellChoice
    /// Hard-rule breaches the change would add (none the rota already has), in the checker's order.
    public let newHardViolations: [Violation]
    /// The checker's objective after the change minus before: negative is better.
    public let objectiveChange: Double
    /// Soft rules whose penalty goes up, in the priority order of docs/model.md.
    public let strains: [Strain]

    public var breaksHardRule: Bool { !newHardViolations.isEmpty }

    /// The rule keys broken, each once, in order: "rest.daily".
    public var brokenRuleKeys: [String] {
        var seen = Set<String>()
        return newHardViolations.map(\.rule).filter { seen.insert($0).inserted }
    }
}
