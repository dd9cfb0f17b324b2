/// Bank holidays in England and Wales (Banking and Financial Dealings Act 1971 and royal proclamations).
///
/// The regular days are computed for any year; one-off moves and extra days made by proclamation
/// since 2020 are listed in `proclaimedChanges`, and a hub's rules file can add or remove more.
///
///     BankHolidays.englandAndWales(year: 2026)
///     // 2026-01-01, 04-03, 04-06, 05-04, 05-25, 08-31, 12-25, 12-28
public enum BankHolidays {
    /// A bank holiday with the name a rota shows for it.
    public struct Holiday: Hashable, Sendable {
        public let date: LocalDate
        public let name: String

        public init(date: LocalDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    /// One year's bank holidays in date order, including known proclamations.
    public static func englandAndWales(year: Int) -> [Holiday] {
        var holidays = regular(year: year)
        for change in proclaimedChanges where change.year == year {
            if let removed = change.removes {
                holidays.removeAll { $0.date == removed }
            }
            if let added = change.adds {
                holidays.append(added)
            }
        }
        return holidays.sorted { $0.date < $1.date }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(clampingYear: year, month: month, day: day)
    }

    /// The days the 1971 Act and the standing proclamations give every year, with substitutes.
    static func regular(year: Int) -> [Holiday] {
        let easter = easterSunday(year: year)
        var days: [Holiday] = []
        // New Year's Day moves to the Monday when it falls at a weekend.
        days.append(Holiday(date: nextWeekday(onOrAfter: LocalDate(clampingYear: year, month: 1, day: 1)), name: "New Year's Day"))
        days.append(Holiday(date: easter.adding(days: -2), name: "Good Friday"))
        days.append(Holiday(date: easter.adding(days: 1), name: "Easter Monday"))
        days.append(Holiday(date: firstMonday(year: year, month: 5), name: "Early May bank holiday"))
        days.append(Holiday(date: lastMonday(year: year, month: 5), name: "Spring bank holiday"))
        days.append(Holiday(date: lastMonday(year: year, month: 8), name: "Summer bank holiday"))
        days.append(contentsOf: christmas(year: year))
        return days
    }

    /// Christmas Day and Boxing Day; when either falls at a weekend the next free weekdays stand in.
    private static func christmas(year: Int) -> [Holiday] {
        let christmasDay = LocalDate(clampingYear: year, month: 12, day: 25)
        switch christmasDay.weekday {
        case .friday:
            return [Holiday(date: christmasDay, name: "Christmas Day"),
                    Holiday(date: christmasDay.adding(days: 3), name: "Boxing Day (substitute day)")]
        case .saturday:
            return [Holiday(date: christmasDay.adding(days: 2), name: "Christmas Day (substitute day)"),
                    Holiday(date: christmasDay.adding(days: 3), name: "Boxing Day (substitute day)")]
        case .sunday:
            return [Holiday(date: christmasDay.adding(days: 1), name: "Boxing Day"),
                    Holiday(date: christmasDay.adding(days: 2), name: "Christmas Day (substitute day)")]
        default:
            return [Holiday(date: christmasDay, name: "Christmas Day"),
                    Holiday(date: christmasDay.adding(days: 1), name: "Boxing Day")]
        }
    }

    private static func nextWeekday(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        while day.isWeekend { day = day.adding(days: 1) }
        return day
    }

    private static func firstMonday(year: Int, month: Int) -> LocalDate {
        var day = LocalDate(clampingYear: year, month: month, day: 1)
        while day.weekday != .monday { day = day.adding(days: 1) }
        return day
    }

    private static func lastMonday(year: Int, month: Int) -> LocalDate {
        var day = LocalDate(clampingYear: year, month: month, day: LocalDate.daysIn(month: month, year: year))
        while day.weekday != .monday { day = day.adding(days: -1) }
        return day
    }

    /// A one-off change by royal proclamation: a day moved (removes and adds) or an extra day (adds only).
    struct ProclaimedChange: Sendable {
        let year: Int
        let removes: LocalDate?
        let adds: Holiday?
    }

    /// One-off changes announced on GOV.UK since 2020. Later ones belong in the hub's rules file.
    static let proclaimedChanges: [ProclaimedChange] = [
        // VE Day 75th anniversary: the early May bank holiday moved to Friday 8 May 2020.
        ProclaimedChange(year: 2020, removes: LocalDate(year: 2020, month: 5, day: 4),
                         adds: Holiday(date: LocalDate(clampingYear: 2020, month: 5, day: 8), name: "Early May bank holiday (VE Day)")),
        // Platinum Jubilee: the spring bank holiday moved to Thursday 2 June 2022, and Friday 3 June added.
        ProclaimedChange(year: 2022, removes: LocalDate(year: 2022, month: 5, day: 30),
                         adds: Holiday(date: LocalDate(clampingYear: 2022, month: 6, day: 2), name: "Spring bank holiday")),
        ProclaimedChange(year: 2022, removes: nil,
                         adds: Holiday(date: LocalDate(clampingYear: 2022, month: 6, day: 3), name: "Platinum Jubilee bank holiday")),
        // The State Funeral of Queen Elizabeth II.
        ProclaimedChange(year: 2022, removes: nil,
                         adds: Holiday(date: LocalDate(clampingYear: 2022, month: 9, day: 19), name: "Bank Holiday for the State Funeral of Queen Elizabeth II")),
        // The Coronation of King Charles III.
        ProclaimedChange(year: 2023, removes: nil,
                         adds: Holiday(date: LocalDate(clampingYear: 2023, month: 5, day: 8), name: "Bank holiday for the coronation of King Charles III")),
    ]
}
