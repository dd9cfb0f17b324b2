/// Unsocial shifts an AMHP worked in earlier months, so burdens even out over time.
public struct FairnessHistory: Hashable, Sendable {
    public let amhpID: String
    /// How many months the counts cover.
    public let months: Int
    public let nights: Int
    public let weekendShifts: Int
    public let bankHolidayShifts: Int
    /// Worked Christmas Day, Boxing Day or New Year's Day last year.
    public let workedLastFestive: Bool

    public init(amhpID: String, months: Int, nights: Int, weekendShifts: Int, bankHolidayShifts: Int, workedLastFestive: Bool) {
        self.amhpID = amhpID
        self.months = months
        self.nights = nights
        self.weekendShifts = weekendShifts
        self.bankHolidayShifts = bankHolidayShifts
        self.workedLastFestive = workedLastFestive
    }
}
