import Testing
@testable import Workforce

@Suite struct HubCalendarTests {
    private func date(_ text: String) -> LocalDate { LocalDate(text)! }

    @Test func dayTypesInDecember2026() {
        let calendar = HubCalendar(years: 2025...2027)
        #expect(calendar.dayType(date("2026-12-24")) == .weekday)
        #expect(calendar.dayType(date("2026-12-25")) == .bankHoliday)
        #expect(calendar.dayType(date("2026-12-26")) == .saturday, "Boxing Day 2026 is a Saturday; its substitute is the 28th")
        #expect(calendar.dayType(date("2026-12-27")) == .sunday)
        #expect(calendar.dayType(date("2026-12-28")) == .bankHoliday)
        #expect(calendar.dayType(date("2027-01-01")) == .bankHoliday)
        #expect(calendar.bankHolidayName(date("2026-12-25")) == "Christmas Day")
        #expect(calendar.bankHolidayName(date("2026-12-24")) == nil)
        let december = Month(year: 2026, month: 12)!
        #expect(december.dates.filter(calendar.isWorkingWeekday).count == 21)
    }

    @Test func addedAndRemovedDays() {
        let calendar = HubCalendar(addedDays: [BankHolidays.Holiday(date: date("2026-12-29"), name: "Extra day"),
                                               BankHolidays.Holiday(date: date("2026-12-19"), name: "Saturday holiday")],
                                   removedDays: [date("2026-12-28")], years: 2026...2026)
        #expect(calendar.isBankHoliday(date("2026-12-29")))
        #expect(calendar.bankHolidayName(date("2026-12-29")) == "Extra day")
        #expect(calendar.dayType(date("2026-12-29")) == .bankHoliday)
        #expect(!calendar.isWorkingWeekday(date("2026-12-29")))
        #expect(!calendar.isBankHoliday(date("2026-12-28")))
        #expect(calendar.dayType(date("2026-12-28")) == .weekday)
        #expect(calendar.isWorkingWeekday(date("2026-12-28")))
        // A bank holiday takes precedence over Saturday for cover.
        #expect(calendar.dayType(date("2026-12-19")) == .bankHoliday)
        // Years outside the range have no bank holidays.
        #expect(!calendar.isBankHoliday(date("2027-01-01")))
    }

    @Test func festiveDaysAreTheDaysThemselves() {
        #expect(HubCalendar.isFestiveDay(date("2026-12-25")))
        #expect(HubCalendar.isFestiveDay(date("2026-12-26")))
        #expect(HubCalendar.isFestiveDay(date("2027-01-01")))
        #expect(!HubCalendar.isFestiveDay(date("2026-12-28")), "a substitute day is not remembered as Christmas")
        #expect(!HubCalendar.isFestiveDay(date("2026-12-24")) && !HubCalendar.isFestiveDay(date("2026-12-31")))
    }

    @Test func hubCalendarFollowsRulesFile() throws {
        let rules = """
            hub:
              name: Test hub
            bank_holidays:
              add:
                - {date: 2026-12-29, name: Extra bank holiday}
                - 2026-12-30
              remove:
                - 2026-12-28

            """
        let hub = try TemporaryHub(replacing: ["rules.yaml": rules]).load()
        let calendar = hub.calendar(for: Month(year: 2026, month: 12)!)
        #expect(calendar.bankHolidayName(date("2026-12-29")) == "Extra bank holiday")
        #expect(calendar.bankHolidayName(date("2026-12-30")) == "Bank holiday")
        #expect(calendar.dayType(date("2026-12-28")) == .weekday)
        #expect(calendar.isBankHoliday(date("2026-12-25")))
        // The calendar spans the neighbouring years, so carry-in and New Year are right.
        #expect(calendar.isBankHoliday(date("2027-01-01")) && calendar.isBankHoliday(date("2025-12-26")))
    }
}
