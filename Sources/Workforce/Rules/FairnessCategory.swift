/// The duties shared out fairly: nights, weekend shifts, bank-holiday shifts, and LA AMHPs' rota
/// shifts as a whole (so nobody spends the month on duty while others carry the rota).
public enum FairnessCategory: String, CaseIterable, Sendable {
    case nights
    case weekends
    case bankHolidays = "bank_holidays"
    case rotaShifts = "rota_shifts"

    /// The soft rule that prices a share away from fair.
    public var softRule: SoftRule {
        switch self {
        case .nights: .unfairNights
        case .weekends: .unfairWeekends
        case .bankHolidays: .unfairBankHolidays
        case .rotaShifts: .unfairRotaShifts
        }
    }

    /// Whether a shift on a date counts towards this category.
    public func counts(_ shift: ShiftType, on date: LocalDate, calendar: HubCalendar) -> Bool {
        guard !shift.isDuty else { return false }
        switch self {
        case .nights: return shift.isNight
        case .weekends: return date.isWeekend
        case .bankHolidays: return calendar.isBankHoliday(date)
        case .rotaShifts: return true
        }
    }

    /// Who shares this category: AMHPs who count towards cover and can work such shifts.
    /// Night-only staff are out of the nights pool (nights are their job), and so are those who never work nights.
    /// Rota shifts are shared among LA AMHPs: an NHS AMHP's number is set by their agreement.
    public func isInPool(_ amhp: AMHP) -> Bool {
        guard amhp.countsTowardsCover else { return false }
        switch self {
        case .nights: return amhp.nightWorking == .yes
        case .weekends, .bankHolidays: return true
        case .rotaShifts: return !amhp.employment.isNHS
        }
    }

    /// Shifts of this category already worked, from the history file.
    public func historicalCount(_ history: FairnessHistory?) -> Int {
        guard let history else { return 0 }
        switch self {
        case .nights: return history.nights
        case .weekends: return history.weekendShifts
        case .bankHolidays: return history.bankHolidayShifts
        case .rotaShifts: return 0
        }
    }

    /// Whether `history.csv` counts this category, so shares run over past months as well.
    public var hasHistory: Bool { self != .rotaShifts }

    /// An AMHP's weight in the share: FTE equivalent × (months of history + this month's available
    /// fraction); a category without history counts this month alone.
    public func shareWeight(commitment: MonthlyCommitment, history: FairnessHistory?) -> Double {
        commitment.fteEquivalent * (Double(hasHistory ? history?.months ?? 0 : 0) + commitment.availableFraction)
    }
}
