/// The unsocial duties shared out fairly: nights, weekend shifts and bank-holiday shifts.
public enum FairnessCategory: String, CaseIterable, Sendable {
    case nights
    case weekends
    case bankHolidays = "bank_holidays"

    /// The soft rule that prices a share away from fair.
    public var softRule: SoftRule {
        switch self {
        case .nights: .unfairNights
        case .weekends: .unfairWeekends
        case .bankHolidays: .unfairBankHolidays
        }
    }

    /// Whether a shift on a date counts towards this category.
    public func counts(_ shift: ShiftType, on date: LocalDate, calendar: HubCalendar) -> Bool {
        switch self {
        case .nights: shift.isNight
        case .weekends: date.isWeekend
        case .bankHolidays: calendar.isBankHoliday(date)
        }
    }

    /// Who shares this category: AMHPs who count towards cover and can work such shifts.
    /// Night-only staff are out of the nights pool (nights are their job), and so are those who never work nights.
    public func isInPool(_ amhp: AMHP) -> Bool {
        guard amhp.countsTowardsCover else { return false }
        switch self {
        case .nights: return amhp.nightWorking == .yes
        case .weekends, .bankHolidays: return true
        }
    }

    /// Shifts of this category already worked, from the history file.
    public func historicalCount(_ history: FairnessHistory?) -> Int {
        guard let history else { return 0 }
        switch self {
        case .nights: return history.nights
        case .weekends: return history.weekendShifts
        case .bankHolidays: return history.bankHolidayShifts
        }
    }

    /// An AMHP's weight in the share: FTE equivalent × (months of history + this month's available fraction).
    public static func shareWeight(commitment: MonthlyCommitment, history: FairnessHistory?) -> Double {
        commitment.fteEquivalent * (Double(history?.months ?? 0) + commitment.availableFraction)
    }
}
