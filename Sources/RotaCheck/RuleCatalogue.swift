import Workforce

/// The hard rules of docs/model.md, in the order of its table, after the rota-file errors.
///
/// The raw value is the rule id a `Violation` carries.
public enum HardRule: String, CaseIterable, Sendable {
    /// A rota row names an AMHP the hub does not have.
    case unknownAMHP = "rota.unknown_amhp"
    /// A rota row names a shift type the hub does not have.
    case unknownShift = "rota.unknown_shift"
    /// A rota row is dated outside the month being checked.
    case dateOutsideMonth = "rota.date_outside_month"
    case approval = "eligibility.approval"
    case absence = "eligibility.absence"
    case nights = "eligibility.nights"
    case oneShiftPerDay = "one_shift_per_day"
    case dailyRest = "rest.daily"
    case consecutiveNights = "sequence.nights"
    case consecutiveWorkingDays = "sequence.working_days"
    case weeklyRest = "rest.weekly"
    case traineeWithEducator = "trainee.educator"
    case average48HourWeek = "working_time.average_48"
    case nightWorkerHours = "working_time.night_worker"
    case coordinatorEligible = "coordinator.eligible"

    /// Rules about one AMHP's own shifts, used to explain why someone could not fill a gap.
    public var isPersonal: Bool {
        switch self {
        case .unknownAMHP, .unknownShift, .dateOutsideMonth: false
        default: true
        }
    }

    /// Position in the report: rota-file errors first, then the table's order.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

/// The soft rules of docs/model.md in its priority order; the raw value is the weight key in `rules.yaml`.
public enum SoftRule: String, CaseIterable, Sendable {
    case coverBelowMinimum = "cover_below_minimum"
    case missingCoordinator = "missing_coordinator"
    case coverBelowTarget = "cover_below_target"
    case nhsShiftsUnder = "nhs_shifts_under"
    case nhsShiftsOver = "nhs_shifts_over"
    case contractedHoursOver = "contracted_hours_over"
    case contractedHoursUnder = "contracted_hours_under"
    case toilNotPlanned = "toil_not_planned"
    case unfairNights = "unfair_nights"
    case unfairWeekends = "unfair_weekends"
    case unfairBankHolidays = "unfair_bank_holidays"
    case festiveAgain = "festive_again"
    case requestNotMet = "request_not_met"
    case coverAboveTarget = "cover_above_target"

    /// The hub's weight for this rule, looked up by the key the rules file uses.
    func weight(in weights: ObjectiveWeights) -> Double {
        guard let path = ObjectiveWeights.keyPaths.first(where: { $0.key == rawValue })?.path else { return 0 }
        return weights[keyPath: path]
    }
}
