/// The rules no rota may break, each named once, in the order of docs/model.md's table.
///
/// The raw value is the id a checker violation carries. The model builder, the greedy start and
/// the checker each switch over every case, so a new rule cannot be forgotten by any of them, and
/// docs/model.md's table is generated from `name`, `sentence` and `source` (`amhp rules --markdown`).
public enum HardRule: String, CaseIterable, Sendable, Codable {
    /// A rota row names an AMHP the hub does not have.
    case unknownAMHP = "rota.unknown_amhp"
    /// A rota row names a shift type the hub does not have.
    case unknownShift = "rota.unknown_shift"
    /// A rota row is dated outside the month being checked.
    case dateOutsideMonth = "rota.date_outside_month"
    case approval = "eligibility.approval"
    case absence = "eligibility.absence"
    case nights = "eligibility.nights"
    case duty = "eligibility.duty"
    case oneShiftPerDay = "one_shift_per_day"
    case coverMaximum = "cover.maximum"
    case dailyRest = "rest.daily"
    case consecutiveNights = "sequence.nights"
    case consecutiveWorkingDays = "sequence.working_days"
    case weeklyRest = "rest.weekly"
    case traineeWithEducator = "trainee.educator"
    case average48HourWeek = "working_time.average_48"
    case nightWorkerHours = "working_time.night_worker"
    case coordinatorEligible = "coordinator.eligible"

    /// The rule's id, as rota checks, reports and the API name it.
    public var key: String { rawValue }

    /// Errors in a rota file itself rather than in anyone's shifts; only a file can break them.
    public var isRotaFileError: Bool {
        switch self {
        case .unknownAMHP, .unknownShift, .dateOutsideMonth: true
        default: false
        }
    }

    /// Rules about one AMHP's own shifts, used to explain why someone could not fill a gap.
    public var isPersonal: Bool { !isRotaFileError && self != .coverMaximum }

    /// A few words for tables: "daily rest".
    public var name: String {
        switch self {
        case .unknownAMHP: "unknown AMHP"
        case .unknownShift: "unknown shift"
        case .dateOutsideMonth: "date outside the month"
        case .approval: "warrant"
        case .absence: "leave"
        case .nights: "nights"
        case .duty: "duty"
        case .oneShiftPerDay: "one shift a day"
        case .coverMaximum: "maximum per shift"
        case .dailyRest: "daily rest"
        case .consecutiveNights: "consecutive nights"
        case .consecutiveWorkingDays: "consecutive days"
        case .weeklyRest: "weekly rest"
        case .traineeWithEducator: "trainee with educator"
        case .average48HourWeek: "48-hour week"
        case .nightWorkerHours: "night worker hours"
        case .coordinatorEligible: "coordinator role"
        }
    }

    /// The rule in words, as a team manager reads it.
    public var sentence: String {
        switch self {
        case .unknownAMHP: "Every rota row names an AMHP the hub has (`amhps.csv`)."
        case .unknownShift: "Every rota row names a shift type the hub has (`shifts.csv`)."
        case .dateOutsideMonth: "Every rota row is dated in the month being planned."
        case .approval: "An AMHP is rostered only while their approval (warrant) is in force and not suspended. A trainee needs no warrant but may not be rostered while suspended."
        case .absence: "Nobody is rostered on a day of leave, sickness, training, TOIL or other absence (`leave.csv`)."
        case .nights: "Nobody who does not work nights (`nights = no`) gets a night shift; nobody who works only nights (`nights = only`) gets any other shift."
        case .duty: "Only LA AMHPs, who have contracted hours, work a duty shift (`kind = duty`); an NHS AMHP's time off the rota belongs to their trust."
        case .oneShiftPerDay: "At most one shift per AMHP per date."
        case .coverMaximum: "No rota shift has more AMHPs counting towards cover than its `maximum` (`cover.csv`; the target plus one when blank), and no duty shift more people than its `maximum`, the day's cap on duty."
        case .dailyRest: "Between the end of any shift and the start of the AMHP's next shift there are at least `minimum_rest_hours` (11). Computed from the shift times: a night ending at 09:00 cannot be followed by a day shift at 09:00 or a late at 13:00 the same day."
        case .consecutiveNights: "No more than `maximum_consecutive_nights` dates in a row with a night shift."
        case .consecutiveWorkingDays: "No more than `maximum_consecutive_working_days` dates in a row with any shift."
        case .weeklyRest: "Every run of `weekly_rest_window_days` (7) consecutive dates that ends in the month contains a **rest day**: a date on which the AMHP starts no shift and the time from the end of their previous shift to the start of their next is at least `weekly_rest_hours` (24, at most 24)."
        case .traineeWithEducator: "A trainee works a shift only when their practice educator works the same shift on the same date."
        case .average48HourWeek: "When `average_48_hour_week` is on, an AMHP who has not opted out works at most 48 × days / 7 hours in the 17-week (119-day) reference period ending on the month's last day, carry-in hours counting from the first earlier month chained in (`--previous`, or the service's earlier rotas); with none, the period is the month alone (212.6 hours in a 31-day month)."
        case .nightWorkerHours: "An AMHP who works any night shift in the month works at most `night_worker_maximum_hours_per_24` (8) × (days in month) hours in it."
        case .coordinatorEligible: "Someone marked as coordinator (`role = coordinator` in a rota file) can coordinate that kind of shift (day or night)."
        }
    }

    public var source: RuleSource {
        switch self {
        case .unknownAMHP, .unknownShift, .dateOutsideMonth, .oneShiftPerDay: .rotaDefinition
        case .approval: .mentalHealthLaw("MHA 1983 s.114; Approval Regulations 2008")
        case .absence: .local("local policy")
        case .nights: .local("local agreement")
        case .duty: .local("agreement with the NHS trust")
        case .coverMaximum: .local("use of time")
        case .dailyRest: .workingTimeRegulations("reg. 10")
        case .consecutiveNights, .consecutiveWorkingDays: .local("local rule")
        case .weeklyRest: .workingTimeRegulations("reg. 11")
        case .traineeWithEducator: .local("AMHP training placements")
        case .average48HourWeek: .workingTimeRegulations("reg. 4 (17-week reference period)")
        case .nightWorkerHours: .workingTimeRegulations("reg. 6")
        case .coordinatorEligible: .serviceStandard("2.1")
        }
    }

    /// Why someone free that day could not fill a short shift, for shortfall explanations.
    public var shortfallPhrase: String {
        switch self {
        case .dailyRest: "would break daily rest"
        case .weeklyRest: "would lose their weekly rest day"
        case .consecutiveNights: "at the most nights in a row"
        case .consecutiveWorkingDays: "at the most days in a row"
        case .average48HourWeek: "at the 48-hour limit"
        case .nightWorkerHours: "at the night-worker hours limit"
        case .oneShiftPerDay: "already working that day"
        case .coverMaximum: "the shift is at its maximum"
        case .duty: "duty is for LA AMHPs"
        default: "would break \(rawValue)"
        }
    }
}
