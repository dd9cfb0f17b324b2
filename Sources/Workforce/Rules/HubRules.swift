/// Everything the hub's rules file sets: contract basis, working time, weights, calendar changes, TOIL policy.
public struct HubRules: Hashable, Sendable {
    public var hubName: String = "AMHP hub"
    /// Hours in a full-time (1.0 FTE) week.
    public var standardWeekHours: Double = 37
    public var workingTime = WorkingTimeRules()
    public var weights = ObjectiveWeights()
    public var addedBankHolidays: [BankHolidays.Holiday] = []
    public var removedBankHolidays: Set<LocalDate> = []
    /// The local TOIL policy (`toil:`); the defaults when the section is left out.
    public var toil = TOILPolicy()
    /// Where hours the rota does not need go (`hub.surplus_hours`); nil follows shifts.csv (`SurplusHours.resolved`).
    public var surplusHours: SurplusHours?
    /// Enhancement rates for nights, weekends and bank holidays by employer (`unsocial_hours:`).
    public var unsocialHours = UnsocialHoursTerms()

    public init() {}

    /// Hours of a full-time working weekday (37 / 5 = 7.4).
    public var standardDayHours: Double { standardWeekHours / 5 }
}

