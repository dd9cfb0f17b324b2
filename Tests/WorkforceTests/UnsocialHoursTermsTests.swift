import Testing
@testable import Workforce

/// The enhancement for one shift: every minute at the highest rate it qualifies for, by the date
/// the minute falls on. December 2026: Tuesday the 1st, Saturday the 5th, Sunday the 6th, Christmas
/// Day a Friday and bank holiday.
@Suite struct UnsocialHoursTermsTests {
    static let calendar = HubCalendar(years: 2026...2027)
    static let terms = UnsocialHoursTerms()
    static let day = shift("D", "09:00", "17:00")
    static let night = shift("N", "21:00", "09:00", night: true)
    static let longDay = shift("LD", "08:00", "20:00")

    /// A shift from `start` to `end`, each "HH:MM".
    static func shift(_ code: String, _ start: String, _ end: String, night: Bool = false) -> ShiftType {
        ShiftType(code: code, name: code, start: time(start), end: time(end), isNight: night)
    }

    static func time(_ text: String) -> ClockTime {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        return ClockTime(wrappingMinutes: (parts.first ?? 0) * 60 + (parts.last ?? 0))
    }

    static func date(_ day: Int) -> LocalDate { LocalDate(clampingYear: 2026, month: 12, day: day) }

    static func pounds(_ shift: ShiftType, _ day: Int, _ rates: EnhancementRates, terms: UnsocialHoursTerms = terms) -> Double {
        terms.enhancement(of: shift, on: date(day), calendar: calendar, rates: rates)
    }

    @Test func anLAWeekdayDayShiftEarnsNothing() {
        #expect(Self.pounds(Self.day, 1, .njc) == 0)
    }

    @Test func anLASaturdayDayShiftIsTimeAndAHalf() {
        #expect(abs(Self.pounds(Self.day, 5, .njc) - 8 * 0.5 * 22.87) < 1e-9)
    }

    /// Sunday 21:00 to midnight at Sunday's time and a half (above the night rate), Monday midnight to
    /// 06:00 at the night rate (time plus a third), 06:00 to 09:00 on a Monday nothing.
    @Test func anLASundayNightCrossesIntoMonday() {
        let expected = 3 * 0.5 * 22.87 + 6 * (1.0 / 3) * 22.87
        #expect(abs(Self.pounds(Self.night, 6, .njc) - expected) < 1e-9)
        #expect(abs(expected - 80.045) < 1e-9)
    }

    @Test func anNHSBankHolidayDayShiftIsTimePlusSixtyPercent() {
        #expect(abs(Self.pounds(Self.day, 25, .agendaForChange) - 8 * 0.6 * 24.96) < 1e-9)
    }

    /// Christmas Eve's night: three hours of Thursday night at 30%, then Christmas Day's hours at the
    /// bank-holiday 60%, night or not.
    @Test func anNHSNightIntoABankHolidayIsPaidByTheDateEachHourFallsOn() {
        let expected = (3 * 0.3 + 9 * 0.6) * 24.96
        #expect(abs(Self.pounds(Self.night, 24, .agendaForChange) - expected) < 1e-9)
    }

    /// docs/model.md's yardstick for `unsocial_hours_cost`: about £274, 14 points at 0.05 a pound.
    @Test func aTwelveHourBankHolidayShiftAtDoubleTime() {
        let pounds = Self.pounds(Self.longDay, 25, .njc)
        #expect(abs(pounds - 12 * 22.87) < 1e-9)
        #expect((13...14).contains(pounds * SoftRule.unsocialHoursCost.defaultWeight))
        #expect(pounds * SoftRule.unsocialHoursCost.defaultWeight < SoftRule.coverBelowTarget.defaultWeight)
    }

    /// Night hours that do not wrap past midnight: from 00:00 to 06:00 only.
    @Test func nightHoursThatDoNotWrap() {
        var terms = UnsocialHoursTerms()
        terms.nightStart = ClockTime(wrappingMinutes: 0)
        terms.nightEnd = ClockTime(wrappingMinutes: 6 * 60)
        #expect(abs(Self.pounds(Self.night, 1, .njc, terms: terms) - 6 * (1.0 / 3) * 22.87) < 1e-9)
        #expect(Self.pounds(Self.shift("E", "18:00", "23:30"), 1, .njc, terms: terms) == 0)
        // With the default 20:00 start the same evening earns three and a half hours at a third.
        #expect(abs(Self.pounds(Self.shift("E", "18:00", "23:30"), 1, .njc) - 3.5 * (1.0 / 3) * 22.87) < 1e-9)
    }

    @Test func noPayNoEnhancement() {
        var rates = EnhancementRates.njc
        rates.hourlyPay = 0
        #expect(Self.pounds(Self.night, 24, rates) == 0)
    }

    @Test func eachEmployerHasItsOwnRates() {
        #expect(Self.terms.rates(for: .localAuthority(fte: 1)) == .njc)
        #expect(Self.terms.rates(for: .nhs(trust: "Trust", shiftsPerMonth: 3)) == .agendaForChange)
    }
}
