import Foundation
import Testing
@testable import Workforce

@Suite struct LocalDateTests {
    @Test(arguments: [
        ("2026-12-25", 2026, 12, 25),
        ("25/12/2026", 2026, 12, 25),
        ("2024-02-29", 2024, 2, 29),
        ("29/02/2000", 2000, 2, 29),
        ("01/01/1900", 1900, 1, 1),
        (" 2026-12-01 ", 2026, 12, 1),
        ("1/2/2026", 2026, 2, 1),
    ])
    func parsesISOAndUKDates(text: String, year: Int, month: Int, day: Int) throws {
        let date = try #require(LocalDate(text))
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(date == LocalDate(year: year, month: month, day: day))
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-12-32", "2026-04-31", "31/04/2026", "29/02/2100",
                      "12/25/2026", "2026/12/25", "25-12-2026", "26-12-25", "20261225", "", "Christmas", "2026-12", "2026-12-25-1"])
    func rejectsDatesThatDoNotExist(text: String) {
        #expect(LocalDate(text) == nil)
    }

    /// Stored dates take a byte-level path (exactly YYYY-MM-DD): every day of a span of years reads as
    /// itself, padded (the general path) or not; near-misses of that shape are refused.
    @Test func theExactISOPathAgreesWithTheCalendar() {
        var day = LocalDate(clampingYear: 1999, month: 12, day: 25)
        let last = LocalDate(clampingYear: 2031, month: 1, day: 5)
        var checked = 0
        while day <= last {
            let text = day.description
            #expect(LocalDate(text) == day, "\(text)")
            #expect(LocalDate(" " + text) == day && LocalDate(text + "\t") == day, "padded \(text)")
            day = day.adding(days: 1)
            checked += 1
        }
        #expect(checked > 11_000)
        #expect(LocalDate("2026-12-5") == LocalDate(year: 2026, month: 12, day: 5), "a one-digit day still reads, by the general path")
        for text in ["2026-1２-05", "2026-12-0a", "0999-12-05", "2026-12-05x", "2026_12_05", "+026-12-05", "2026-12--5", "2026-02-30"] {
            #expect(LocalDate(text) == nil, "\(text)")
        }
    }

    @Test func rejectsImpossibleComponents() {
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 0, day: 1) == nil)
        #expect(LocalDate(year: 2026, month: 1, day: 0) == nil)
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
    }

    @Test func leapYears() {
        #expect(LocalDate.isLeapYear(2024) && LocalDate.isLeapYear(2028) && LocalDate.isLeapYear(2000) && LocalDate.isLeapYear(2400))
        #expect(!LocalDate.isLeapYear(2026) && !LocalDate.isLeapYear(1900) && !LocalDate.isLeapYear(2100))
        #expect(LocalDate.daysIn(month: 2, year: 2024) == 29)
        #expect(LocalDate.daysIn(month: 2, year: 2100) == 28)
        #expect((1...12).map { LocalDate.daysIn(month: $0, year: 2026) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test(arguments: [
        ("1970-01-01", Weekday.thursday), ("1969-12-31", .wednesday), ("1900-01-01", .monday), ("2000-01-01", .saturday),
        ("2026-12-01", .tuesday), ("2026-12-25", .friday), ("2026-12-26", .saturday), ("2026-12-27", .sunday),
        ("2026-12-28", .monday), ("2100-12-31", .friday),
    ])
    func weekday(text: String, weekday: Weekday) throws {
        let date = try #require(LocalDate(text))
        #expect(date.weekday == weekday)
        #expect(date.isWeekend == (weekday == .saturday || weekday == .sunday))
    }

    @Test func addingDaysAcrossMonthsAndYears() throws {
        let newYearsEve = try #require(LocalDate("2026-12-31"))
        #expect(newYearsEve.adding(days: 1) == LocalDate("2027-01-01"))
        #expect(newYearsEve.adding(days: -365) == LocalDate("2025-12-31"))
        #expect(newYearsEve.adding(days: 366 + 365) == LocalDate("2028-12-31"), "2028 is a leap year")
        #expect(LocalDate("2027-01-01")!.adding(days: -1) == newYearsEve)
        #expect(LocalDate("2024-02-28")!.adding(days: 1) == LocalDate("2024-02-29"))
        #expect(LocalDate("2026-02-28")!.adding(days: 1) == LocalDate("2026-03-01"))
        #expect(LocalDate("2026-11-30")!.adding(days: 1) == LocalDate("2026-12-01"))
        #expect(LocalDate("1970-01-01")!.adding(days: -1) == LocalDate("1969-12-31"))
        #expect(LocalDate("2026-11-24")!.days(to: LocalDate("2026-12-01")!) == 7)
        #expect(LocalDate("2026-12-01")!.days(to: LocalDate("2026-11-24")!) == -7)
        #expect(LocalDate("1970-01-01")!.dayNumber == 0)
    }

    /// Every date from 1900 to 2100, counted with an independent calendar, round-trips through the day number.
    @Test func dayNumbersRoundTripFrom1900To2100() {
        func isLeap(_ year: Int) -> Bool { year % 400 == 0 || (year % 4 == 0 && year % 100 != 0) }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        // 1900-01-01 is 25,567 days before 1970-01-01 (70 years, 17 of them leap years), and a Monday.
        var dayNumber = -25_567
        var weekday = 1
        var mismatches = 0
        for year in 1900...2100 {
            for month in 1...12 {
                let length = lengths[month - 1] + (month == 2 && isLeap(year) ? 1 : 0)
                #expect(LocalDate(year: year, month: month, day: length + 1) == nil)
                for day in 1...length {
                    let date = LocalDate(year: year, month: month, day: day)
                    let fromNumber = LocalDate(dayNumber: dayNumber)
                    if date?.dayNumber != dayNumber || fromNumber.year != year || fromNumber.month != month
                        || fromNumber.day != day || fromNumber.weekday.rawValue != weekday {
                        mismatches += 1
                        if mismatches < 5 { Issue.record("\(year)-\(month)-\(day) is not day \(dayNumber)") }
                    }
                    dayNumber += 1
                    weekday = weekday % 7 + 1
                }
            }
        }
        #expect(mismatches == 0)
        #expect(dayNumber == LocalDate(year: 2101, month: 1, day: 1)!.dayNumber)
    }

    @Test func descriptionIsISO() {
        #expect(LocalDate(year: 2026, month: 1, day: 5)!.description == "2026-01-05")
        #expect(LocalDate(year: 2026, month: 12, day: 25)!.description == "2026-12-25")
        #expect(LocalDate("25/12/2026")!.description == "2026-12-25")
    }

    @Test func orderAndRanges() throws {
        let first = try #require(LocalDate("2026-12-24")), last = try #require(LocalDate("2026-12-29"))
        #expect(first < last)
        let range = try #require(DateRange(first: first, last: last))
        #expect(range.dayCount == 6)
        #expect(range.dates.first == first && range.dates.last == last)
        #expect(range.contains(LocalDate("2026-12-25")!) && !range.contains(LocalDate("2026-12-30")!))
        #expect(DateRange(first: last, last: first) == nil)
        #expect(DateRange(first: first, last: first)?.dayCount == 1)
    }

    @Test func months() throws {
        let december = try #require(Month("2026-12"))
        #expect(december.dayCount == 31 && december.firstDay == LocalDate("2026-12-01") && december.lastDay == LocalDate("2026-12-31"))
        #expect(december.dates.count == 31 && december.description == "2026-12")
        #expect(Month("2028-02")?.dayCount == 29)
        #expect(Month("2026-13") == nil && Month("2026-1") == nil && Month("12-2026") == nil && Month("") == nil)
        #expect(Month(year: 2026, month: 11)! < december)
    }

    /// Dates from outside keep to 1900-2199, so each prints as it was written and reads back once stored.
    @Test(arguments: ["0000-06-15", "0001-01-01", "0999-12-31", "1899-12-31", "2200-01-01", "9999-12-31", "+2026-12-25",
                      "2026-+1-01", "01/01/0000", "-001-01-01", "2026-012-01", "2026-1-001", "２０２６-12-25"])
    func refusesDatesOutsideTheSupportedYears(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func supportedYearsAtTheirEdges() throws {
        #expect(LocalDate("1900-01-01")?.description == "1900-01-01")
        #expect(LocalDate("2199-12-31")?.description == "2199-12-31")
        #expect(Month("1900-01") != nil && Month("2199-12") != nil)
        #expect(Month("1899-12") == nil && Month("2200-01") == nil && Month("0000-06") == nil && Month("9999-12") == nil)
        // Arithmetic may leave the range; the text still has four-digit years and the next month exists.
        let last = try #require(Month("2199-12"))
        #expect(last.next.description == "2200-01" && last.next.firstDay.description == "2200-01-01")
        #expect(try #require(Month("1900-01")).previous.description == "1899-12")
        #expect(LocalDate(year: 999, month: 12, day: 31)?.description == "0999-12-31")
        #expect(LocalDate(year: 999, month: 12, day: 31)?.isSupported == false)
    }

    @Test func monthContainingADateAndClampedDays() {
        #expect(Month(containing: LocalDate(clampingYear: 2026, month: 12, day: 31)).description == "2026-12")
        #expect(LocalDate(clampingYear: 2026, month: 2, day: 31).description == "2026-02-28")
        #expect(LocalDate(clampingYear: 2026, month: 13, day: 0).description == "2026-12-01")
    }

    @Test func todayInATimeZone() throws {
        let moment = try #require(ISO8601Moment.parse("2026-06-30T23:30:00Z"))
        let london = try #require(TimeZone(identifier: "Europe/London"))
        #expect(LocalDate(moment: moment, timeZone: london).description == "2026-07-01", "British Summer Time is an hour ahead")
        #expect(LocalDate(moment: moment, timeZone: TimeZone(secondsFromGMT: 0) ?? london).description == "2026-06-30")
    }
}

/// A moment from its ISO 8601 text, for the tests.
enum ISO8601Moment {
    static func parse(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }
}
