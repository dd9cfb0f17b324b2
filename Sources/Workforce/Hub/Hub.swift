/// An AMHP hub: its people, shifts, cover rules, leave, requests, TOIL, history and rules.
///
/// A hub is read from a folder of CSV files and one rules file (`HubLoader`); every reference
/// between files has been checked by then, so code that plans with a `Hub` can trust its ids.
public struct Hub: Sendable, Equatable {
    public let amhps: [AMHP]
    public let shiftTypes: [ShiftType]
    public let coverRules: [CoverRule]
    public let absences: [Absence]
    public let requests: [ShiftRequest]
    public let toil: [TOILPlan]
    public let history: [FairnessHistory]
    /// Shifts worked in the days before the month, for rest and sequence rules across the boundary.
    public let carryIn: [Assignment]
    /// The first date from which `carryIn` holds every shift worked (the first day of the earliest
    /// earlier month chained in by `MonthChain`), so the 48-hour average may reach back to it; nil
    /// when carry-in is only the last days of `carry_in.csv` and the month stands alone.
    public let carryInCompleteFrom: LocalDate?
    public let rules: HubRules

    public init(amhps: [AMHP], shiftTypes: [ShiftType], coverRules: [CoverRule], absences: [Absence] = [],
                requests: [ShiftRequest] = [], toil: [TOILPlan] = [], history: [FairnessHistory] = [],
                carryIn: [Assignment] = [], carryInCompleteFrom: LocalDate? = nil, rules: HubRules = HubRules()) {
        self.amhps = amhps
        self.shiftTypes = shiftTypes
        self.coverRules = coverRules
        self.absences = absences
        self.requests = requests
        self.toil = toil
        self.history = history
        self.carryIn = carryIn
        self.carryInCompleteFrom = carryInCompleteFrom
        self.rules = rules
    }

    public func amhp(_ id: String) -> AMHP? { amhps.first { $0.id == id } }

    /// Every AMHP id of the hub.
    public var amhpIDs: Set<String> { Set(amhps.map(\.id)) }

    public func shiftType(_ code: String) -> ShiftType? { shiftTypes.first { $0.code == code } }

    public func calendar(for month: Month) -> HubCalendar {
        HubCalendar(addedDays: rules.addedBankHolidays, removedDays: rules.removedBankHolidays,
                    years: (month.year - 1)...(month.year + 1))
    }

    public func coverRule(for dayType: DayType, shift code: String) -> CoverRule? {
        coverRules.first { $0.dayType == dayType && $0.shiftCode == code }
    }

    /// The absence that keeps an AMHP off the rota on a date, if any.
    public func absence(of amhpID: String, on date: LocalDate) -> Absence? {
        absences.first { $0.amhpID == amhpID && $0.dates.contains(date) }
    }

    public func toilPlan(for amhpID: String) -> TOILPlan? { toil.first { $0.amhpID == amhpID } }

    public func history(for amhpID: String) -> FairnessHistory? { history.first { $0.amhpID == amhpID } }
}
