/// The rules weighed against each other, each named once, in the priority order of docs/model.md.
///
/// The raw value is the weight key in `rules.yaml` and the key of every penalty report. The model
/// builder and the checker switch over every case; `ObjectiveWeights` keeps one weight per case.
public enum SoftRule: String, CaseIterable, Sendable, Codable {
    case coverBelowMinimum = "cover_below_minimum"
    case missingCoordinator = "missing_coordinator"
    case coverBelowTarget = "cover_below_target"
    case coverAboveTarget = "cover_above_target"
    case changedCell = "changed_cell"
    case nhsShiftsUnder = "nhs_shifts_under"
    case nhsShiftsOver = "nhs_shifts_over"
    case contractedHoursOver = "contracted_hours_over"
    case contractedHoursUnder = "contracted_hours_under"
    case toilNotPlanned = "toil_not_planned"
    case unfairNights = "unfair_nights"
    case unfairWeekends = "unfair_weekends"
    case unfairBankHolidays = "unfair_bank_holidays"
    case unfairRotaShifts = "unfair_rota_shifts"
    case festiveAgain = "festive_again"
    case requestNotMet = "request_not_met"
    case unsocialHoursCost = "unsocial_hours_cost"

    /// The weight key in `rules.yaml`, and the penalty's key in reports.
    public var key: String { rawValue }

    /// Rules of equal priority are traded against each other at their weights; a higher priority
    /// (smaller number) is never traded for a lower one at the same scale.
    public var priority: Int {
        switch self {
        case .coverBelowMinimum: 1
        case .missingCoordinator: 2
        case .coverBelowTarget, .coverAboveTarget: 3
        case .changedCell: 4
        case .nhsShiftsUnder, .nhsShiftsOver: 5
        case .contractedHoursOver, .contractedHoursUnder: 6
        case .toilNotPlanned: 7
        case .unfairNights, .unfairWeekends, .unfairBankHolidays, .unfairRotaShifts, .festiveAgain: 8
        case .requestNotMet: 9
        case .unsocialHoursCost: 10
        }
    }

    /// The weight when `rules.yaml` does not set one; docs/model.md says why each has its value.
    public var defaultWeight: Double {
        switch self {
        case .coverBelowMinimum: 10_000
        case .missingCoordinator: 3_000
        case .coverBelowTarget: 200
        // Above what one more AMHP on a full shift can earn from every other rule (490 with these
        // defaults and a 12-hour shift: `StackingCheck`), so stacking never pays.
        case .coverAboveTarget: 500
        // Above festive_again (150), the largest weight of fairness and requests, so no such gain
        // pays for a change; below cover_below_target (200), so a change that lifts a shift to its target pays.
        case .changedCell: 180
        case .nhsShiftsUnder: 150
        case .nhsShiftsOver: 120
        case .contractedHoursOver: 30
        case .contractedHoursUnder: 10
        case .toilNotPlanned: 12
        case .unfairNights: 25
        case .unfairWeekends: 20
        case .unfairBankHolidays: 40
        case .unfairRotaShifts: 10
        case .festiveAgain: 150
        case .requestNotMet: 15
        // A 12-hour bank-holiday shift at NJC double time (12 × £22.87 = £274) costs about 14: a
        // tie-break between shifts that would both do, never worth an AMHP below target (200).
        case .unsocialHoursCost: 0.05
        }
    }

    /// What one unit of breach is: the penalty is the weight times the number of units.
    public var unit: String {
        switch self {
        case .coverBelowMinimum, .coverBelowTarget, .coverAboveTarget: "per AMHP"
        case .changedCell: "per cell"
        case .missingCoordinator, .nhsShiftsUnder, .nhsShiftsOver, .unfairWeekends, .unfairBankHolidays, .unfairRotaShifts, .festiveAgain: "per shift"
        case .contractedHoursOver, .contractedHoursUnder, .toilNotPlanned: "per hour"
        case .unfairNights: "per night"
        case .requestNotMet: "× request weight"
        case .unsocialHoursCost: "per £"
        }
    }

    /// The breach in words, as a team manager reads it.
    public var sentence: String {
        switch self {
        case .coverBelowMinimum: "For each date and shift, max(0, minimum − AMHPs on it who count towards cover). This is the sufficiency gap: the shift is short."
        case .missingCoordinator: "For each date and shift whose cover rule requires a coordinator, 1 if nobody on it can coordinate that kind of shift (day or night)."
        case .coverBelowTarget: "max(0, target − AMHPs counting towards cover). A shift below its minimum pays this as well."
        case .coverAboveTarget: "max(0, AMHPs counting towards cover − target): surplus hours stacked on a shift that does not need them."
        case .changedCell: "In a re-plan from a date (`amhp replan`), each AMHP and date from then on whose shift differs from the rota given: another shift, a shift where there was none, or none where there was one."
        case .nhsShiftsUnder: "NHS AMHPs: max(0, committed − rostered shifts), where committed = agreed shifts a month × available days / days in month."
        case .nhsShiftsOver: "NHS AMHPs: max(0, rostered − committed). Their trust needs them too."
        case .contractedHoursOver: "LA AMHPs: max(0, rostered hours − contracted hours)."
        case .contractedHoursUnder: "LA AMHPs: max(0, contracted hours − TOIL to plan back − rostered hours)."
        case .toilNotPlanned: "LA AMHPs: TOIL to plan back − TOIL planned, where TOIL planned = min(plan back, max(0, contracted − rostered))."
        case .unfairNights, .unfairWeekends, .unfairBankHolidays, .unfairRotaShifts: "Fair shares, below."
        case .festiveAgain: "An AMHP who worked Christmas Day, Boxing Day or New Year's Day last year (`history.csv`) is rostered on 25 or 26 December or 1 January again."
        case .requestNotMet: "A request (`requests.csv`) for a date in the month that the rota does not honour."
        case .unsocialHoursCost: "The enhancement paid for the unsocial hours of each shift worked (`unsocial_hours:` in rules.yaml): night, Saturday, Sunday and bank-holiday rates by the employer's terms (NJC, Agenda for Change), each hour at its highest rate, in pounds. Weekday duty by day earns none."
        }
    }

    public var source: RuleSource {
        switch self {
        case .coverBelowMinimum: .mentalHealthLaw("MHA 1983 s.114 (sufficient AMHPs)")
        case .missingCoordinator: .serviceStandard("2.1")
        case .coverBelowTarget: .serviceStandard("2.3 (contingency)")
        case .nhsShiftsUnder, .nhsShiftsOver: .local("agreement with the NHS trust")
        case .contractedHoursOver, .contractedHoursUnder: .local("contract of employment")
        case .toilNotPlanned: .local("TOIL policy")
        case .unfairNights, .unfairWeekends, .unfairBankHolidays, .unfairRotaShifts, .festiveAgain: .local("fairness")
        case .requestNotMet: .local("requests")
        case .coverAboveTarget: .local("use of time")
        case .changedCell: .local("stability of a published rota")
        case .unsocialHoursCost: .local("employers' pay terms")
        }
    }
}

extension Dictionary where Key == SoftRule {
    /// The same values keyed by the rules' weight keys, as files and JSON carry them.
    public var byRuleKey: [String: Value] {
        Dictionary<String, Value>(uniqueKeysWithValues: map { ($0.key.rawValue, $0.value) })
    }
}
