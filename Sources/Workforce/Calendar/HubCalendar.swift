/// The calendar a rota is planned on: the bank holidays of England and Wales,
/// adjusted by the hub's rules file (days added or removed by later proclamations or local agreement).
public struct HubCalendar: Sendable {
    private let holidays: [LocalDate: String]

    public init(addedDays: [BankHolidays.Holiday] = [], removedDays: Set<LocalDate> = [], years: ClosedRange<Int>) {
        var holidays: [LocalDate: String] = [:]
        for year in years {
            for holiday in BankHolidays.englandAndWales(year: year) {
                holidays[holiday.date] = holiday.name
            }
        }
        for removed in removedDays { holidays[removed] = nil }
        for added in addedDays { holidays[added.date] = added.name }
        self.holidays = holidays
    }

    public func isBankHoliday(_ date: LocalDate) -> Bool { holidays[date] != nil }

    public func bankHolidayName(_ date: LocalDate) -> String? { holidays[date] }

    /// How cover is set on a date: bank holidays first, then Saturday, Sunday, weekday.
    public func dayType(_ date: LocalDate) -> DayType {
        if isBankHoliday(date) { return .bankHoliday }
        switch date.weekday {
        case .saturday: return .saturday
        case .sunday: return .sunday
        default: return .weekday
        }
    }

    /// Weekdays that are not bank holidays: the days an LA contract's weekly hours are spread over.
    public func isWorkingWeekday(_ date: LocalDate) -> Bool { !date.isWeekend && !isBankHoliday(date) }

    /// Christmas Day, Boxing Day and New Year's Day themselves (not substitutes): the days people remember working.
    public static func isFestiveDay(_ date: LocalDate) -> Bool {
        (date.month == 12 && (date.day == 25 || date.day == 26)) || (date.month == 1 && date.day == 1)
    }
}

/// The kinds of day that cover rules are written for.
public enum DayType: String, CaseIterable, Sendable, Hashable {
    case weekday
    case saturday
    case sunday
    case bankHoliday = "bank_holiday"
}
