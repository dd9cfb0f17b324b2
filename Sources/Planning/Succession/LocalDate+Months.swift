import Workforce

extension LocalDate {
    /// The same day `months` calendar months later (or earlier), clamped to the month's last day:
    /// 31 January plus one month is 28 (or 29) February.
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        return LocalDate(clampingYear: newYear, month: newMonth, day: day)
    }

    /// Years from this date to `other` as a fraction (365.25 days a year).
    public func years(to other: LocalDate) -> Double { Double(days(to: other)) / 365.25 }
}

extension DateRange {
    /// The twelve months ending on `last`: from the day after the same date a year before.
    public static func twelveMonths(endingOn last: LocalDate) -> DateRange {
        DateRange(spanning: last.adding(months: -12).adding(days: 1), last)
    }
}
