import RotaCheck
import Workforce

/// The effect of changing one cell of a rota: the hard rules it would newly break, the exact change
/// in the checker's objective, and the soft rules it strains.
///
/// The rota is checked once; each change is checked whole by the independent checker, so the
/// numbers are exactly those the grid shows after the change (no second model of the rules to
/// drift from the first). A whole check of the demo hub's month takes a few milliseconds in a
/// release build, which keeps "who can cover" (one check per AMHP) well inside a page's time.
///
///     let evaluator = ChangeEvaluator(hub: hub, rota: rota)
///     let effect = evaluator.effect(of: .shift("N"), for: "A01", on: date)
///     effect.objectiveChange   // after − before
public struct ChangeEvaluator: Sendable {
    public let hub: Hub
    public let rota: Rota
    /// The rota as it stands, checked.
    public let report: CheckReport
    let checker: RotaChecker
    private let hardBefore: Set<ViolationKey>

    public init(hub: Hub, rota: Rota, report: CheckReport? = nil) {
        self.hub = hub
        self.rota = rota
        checker = RotaChecker(hub: hub, month: rota.month)
        let report = report ?? checker.check(rota)
        self.report = report
        hardBefore = Set(report.hardViolations.map(ViolationKey.init))
    }

    /// The rota with one cell set: the AMHP's rows on that date replaced by `choice` (not as coordinator).
    public func rota(setting choice: CellChoice, for amhpID: String, on date: LocalDate) -> Rota {
        var assignments = rota.assignments.filter { !($0.amhpID == amhpID && $0.date == date) }
        if let code = choice.shiftCode { assignments.append(Assignment(amhpID: amhpID, date: date, shiftCode: code)) }
        return Rota(month: rota.month, assignments: assignments)
    }

    /// What setting the cell to `choice` would do; no change (and nothing broken) when it is already so.
    public func effect(of choice: CellChoice, for amhpID: String, on date: LocalDate) -> ChangeEffect {
        let changed = rota(setting: choice, for: amhpID, on: date)
        guard changed != rota else {
            return ChangeEffect(amhpID: amhpID, date: date, choice: choice, newHardViolations: [], objectiveChange: 0, strains: [])
        }
        let after = checker.check(changed)
        let broken = after.hardViolations.filter { !hardBefore.contains(ViolationKey($0)) }
        let changes = SoftRule.allCases.map { rule in (rule, (after.penalties[rule] ?? 0) - (report.penalties[rule] ?? 0)) }
        let strains = changes.filter { $0.1 > Self.tolerance }.map { ChangeEffect.Strain(rule: $0.0, penaltyChange: $0.1) }
        // The objective's change rule by rule, in a fixed order: `CheckReport.objective` adds its
        // penalties in a dictionary's order, which varies in the last bits from one report to the
        // next, so two candidates of equal cost would otherwise rank by rounding noise.
        return ChangeEffect(amhpID: amhpID, date: date, choice: choice, newHardViolations: broken,
                            objectiveChange: changes.map(\.1).reduce(0, +), strains: strains)
    }

    /// Every choice for one cell, each shift type in the hub's order and then off.
    public func choices(for amhpID: String, on date: LocalDate) -> [ChangeEffect] {
        (hub.shiftTypes.map { CellChoice.shift($0.code) } + [.off]).map { effect(of: $0, for: amhpID, on: date) }
    }

    /// Penalties are sums of weights × sizes in doubles; smaller differences are rounding.
    public static let tolerance = 1e-9

    /// A breach by what it is about, not its wording: a rolling rule's message carries numbers that
    /// move with the change although the breach is the one the rota already had.
    private struct ViolationKey: Hashable {
        let rule: RuleID
        let amhpID: String?
        let date: LocalDate?
        let shiftCode: String?

        init(_ violation: Violation) {
            rule = violation.ruleID
            amhpID = violation.amhpID
            date = violation.date
            shiftCode = violation.shiftCode
        }
    }
}
