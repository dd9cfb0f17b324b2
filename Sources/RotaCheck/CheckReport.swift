import Workforce

/// The cover on one shift of one date, as the report's coverage grid shows it.
public struct CoverageLine: Hashable, Sendable {
    public let date: LocalDate
    public let shiftCode: String
    public let dayType: DayType
    public let minimum: Int
    public let target: Int
    /// The most AMHPs counting towards cover the shift may have (hard); for duty, the day's cap.
    public let maximum: Int
    /// A duty shift: `assigned` counts people on duty, and no cover rule applies.
    public let isDuty: Bool
    /// AMHPs on the shift who count towards cover (trainees do not).
    public let assigned: Int
    public let trainees: Int
    public let coordinatorRequired: Bool
    /// Someone on the shift can coordinate that kind of shift (day or night).
    public let coordinatorPresent: Bool

    public init(date: LocalDate, shiftCode: String, dayType: DayType, minimum: Int, target: Int, maximum: Int? = nil,
                isDuty: Bool = false, assigned: Int, trainees: Int, coordinatorRequired: Bool, coordinatorPresent: Bool) {
        self.date = date
        self.shiftCode = shiftCode
        self.dayType = dayType
        self.minimum = minimum
        self.target = target
        self.maximum = maximum ?? CoverRule.defaultMaximum(target: target)
        self.isDuty = isDuty
        self.assigned = assigned
        self.trainees = trainees
        self.coordinatorRequired = coordinatorRequired
        self.coordinatorPresent = coordinatorPresent
    }

    /// AMHPs short of the minimum: the sufficiency gap.
    public var shortfall: Int { max(0, minimum - assigned) }
}

/// One AMHP's month on the rota: shifts, hours against contract, unsocial shifts, requests and TOIL.
public struct PersonSummary: Hashable, Sendable {
    public let amhpID: String
    public let shifts: Int
    public let rosteredHours: Double
    /// LA: contracted hours for the month before TOIL (from `MonthlyCommitment`); nil for NHS AMHPs.
    public let contractedHours: Double?
    /// NHS: shifts owed this month, pro rata to availability; nil for LA AMHPs.
    public let committedShifts: Double?
    public let nights: Int
    public let weekendShifts: Int
    public let bankHolidayShifts: Int
    /// Requests for dates in the month that the rota honours, and those it does not.
    public let requestsMet: Int
    public let requestsMissed: Int
    /// TOIL hours to plan back this month (`toil.csv`); NHS AMHPs' TOIL is only reported.
    public let toilPlanBackHours: Double
    /// LA: min(plan back, max(0, contracted − rostered)); 0 for NHS AMHPs.
    public let toilPlannedHours: Double
    /// Duty shifts among `shifts`, and their hours among `rosteredHours`.
    public let dutyShifts: Int
    public let dutyHours: Double
    /// The enhancement for unsocial hours paid on the AMHP's shifts, in pounds (`unsocial_hours:`).
    public let enhancement: Double
    /// Days of the month the AMHP may be rostered (approved, not suspended, not absent).
    public let availableDays: Int

    /// Shifts on the rota itself, without duty.
    public var rotaShifts: Int { shifts - dutyShifts }

    public init(amhpID: String, shifts: Int, rosteredHours: Double, contractedHours: Double?, committedShifts: Double?,
                nights: Int, weekendShifts: Int, bankHolidayShifts: Int, requestsMet: Int, requestsMissed: Int,
                toilPlanBackHours: Double, toilPlannedHours: Double, dutyShifts: Int = 0, dutyHours: Double = 0,
                enhancement: Double = 0, availableDays: Int = 0) {
        self.availableDays = availableDays
        self.dutyShifts = dutyShifts
        self.dutyHours = dutyHours
        self.enhancement = enhancement
        self.amhpID = amhpID
        self.shifts = shifts
        self.rosteredHours = rosteredHours
        self.contractedHours = contractedHours
        self.committedShifts = committedShifts
        self.nights = nights
        self.weekendShifts = weekendShifts
        self.bankHolidayShifts = bankHolidayShifts
        self.requestsMet = requestsMet
        self.requestsMissed = requestsMissed
        self.toilPlanBackHours = toilPlanBackHours
        self.toilPlannedHours = toilPlannedHours
    }
}

/// Everything the checker found in one month's rota.
public struct CheckReport: Sendable {
    public let month: Month
    /// Hard violations first, then soft ones in the priority order of docs/model.md.
    public let violations: [Violation]
    /// Each soft rule's total penalty; every rule is present, 0 when unbroken.
    public let penalties: [SoftRule: Double]
    /// One line per date × shift type, in date then shift-file order.
    public let coverage: [CoverageLine]
    /// One summary per AMHP, in hub order.
    public let people: [PersonSummary]

    public init(month: Month, violations: [Violation], penalties: [SoftRule: Double], coverage: [CoverageLine],
                people: [PersonSummary]) {
        self.month = month
        self.violations = violations
        self.penalties = penalties
        self.coverage = coverage
        self.people = people
    }

    public var hardViolations: [Violation] { violations.filter { $0.severity == .hard } }

    public var softViolations: [Violation] { violations.filter { $0.severity == .soft } }

    /// The sum of all penalties: lower is better, 0 is perfect.
    public var objective: Double { penalties.values.reduce(0, +) }

    /// The share of shifts at or above minimum cover (1 when there are none).
    public var coverMetFraction: Double {
        let rota = rotaCoverage
        guard !rota.isEmpty else { return 1 }
        return Double(rota.filter { $0.assigned >= $0.minimum }.count) / Double(rota.count)
    }

    /// Coverage of the rota's shifts, without duty.
    public var rotaCoverage: [CoverageLine] { coverage.filter { !$0.isDuty } }

    /// Violations of one rule.
    public func violations(of rule: RuleID) -> [Violation] { violations.filter { $0.ruleID == rule } }

    /// Violations of one rule, by its id or weight key.
    public func violations(of rule: String) -> [Violation] { violations.filter { $0.rule == rule } }
}
